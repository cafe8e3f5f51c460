import { json } from "@remix-run/node";
import type { CompiledTaxonomy } from "#app/analysis/compile";
import type { Lang } from "#app/analysis/taxonomy";
import { applyIntent, parseIntent } from "./builder-intents";
import { entryIndex, toFormValues, type CardFormValues, type RoleCardContent } from "./card";
import { fieldErrors } from "#app/forms/field-errors";
import { RoleCardSchema, type CardErrorKey } from "./card-schema";
import { formDataToObject } from "./form-data";
import { guardView, type GuardView } from "./scope-guard";
import { readForm } from "#app/http/read-form.server";

export interface BuilderActionData {
  values: CardFormValues;
  errors: Record<string, CardErrorKey>;
  guard: GuardView;
  query: string;
  /** Changes on every answer: the form remounts with the values the server sent back. */
  nonce: string;
}

/** The schema, then what only the server knows: the profile and duties exist in the taxonomy. */
export function validateCard(
  raw: unknown,
  compiled: CompiledTaxonomy,
): { ok: true; content: RoleCardContent } | { ok: false; errors: Record<string, CardErrorKey> } {
  const parsed = RoleCardSchema.safeParse(raw);
  const errors: Record<string, CardErrorKey> = parsed.success ? {} : fieldErrors<CardErrorKey>(parsed.error, { nested: true });
  const values = raw as Partial<CardFormValues>;
  const profileId = typeof values.profileId === "string" ? values.profileId.trim() : "";
  if (profileId && !compiled.taxonomy.profiles.some((p) => p.id === profileId) && !errors.profileId) {
    errors.profileId = "unknownProfile";
  }
  const entries = entryIndex(compiled.taxonomy);
  (Array.isArray(values.duties) ? values.duties : []).forEach((d, i) => {
    const key = `duties.${i}.entryId`;
    if (d && typeof d.entryId === "string" && d.entryId && !entries.has(d.entryId) && !errors[key]) errors[key] = "unknownDuty";
  });
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, content: parsed.data };
  return { ok: false, errors };
}

/**
 * Every builder POST: "save" validates and hands the content to `save`; any other intent
 * (add, remove, downgrade, spread, search, check) answers the form back with new values.
 */
export async function handleBuilderPost(
  request: Request,
  compiled: CompiledTaxonomy,
  lang: Lang,
  save: (content: RoleCardContent) => Promise<Response>,
): Promise<Response> {
  const form = await readForm(request);
  const field = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : "";
  };
  const raw = formDataToObject(form);
  delete raw.intent;
  delete raw.newDuty;
  delete raw.newShare;
  delete raw.q;
  const intent = parseIntent(field("intent"), { newDuty: field("newDuty"), newShare: field("newShare") });
  const query = field("q").slice(0, 100);
  const nonce = crypto.randomUUID();

  if (intent.kind === "save") {
    const result = validateCard(raw, compiled);
    if (result.ok) return save(result.content);
    const values = toFormValues(raw, lang);
    return json<BuilderActionData>(
      { values, errors: result.errors, guard: guardView(values, compiled, lang), query, nonce },
      { status: 400 },
    );
  }
  const values = applyIntent(toFormValues(raw, lang), intent, compiled.taxonomy, lang);
  return json<BuilderActionData>({ values, errors: {}, guard: guardView(values, compiled, lang), query, nonce });
}
