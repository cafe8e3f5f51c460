// The admin forms' server side: permission first, then zod, then one model call. Every
// failure answers 400 with the typed values and localized-by-key field errors.
import { json, redirect } from "@remix-run/node";
import type { z } from "zod";
import { assertSameOrigin } from "#app/auth/same-origin.server";
import type { DB } from "#app/db.server";
import { fieldErrors } from "#app/forms/field-errors";
import { formValues } from "#app/forms/form-values";
import {
  addEntry,
  addSynonym,
  getEntryDetail,
  retireEntry,
  retireSynonym,
  TaxonomyEditError,
  updateEntry,
} from "#app/models/taxonomy-edit.server";
import { requireAdmin } from "#app/session.server";
import { AddEntrySchema, AddSynonymSchema, RetireSynonymSchema, UpdateEntrySchema, type EditErrorKey } from "./entry-edit-schema";
import { readForm } from "#app/http/read-form.server";

export type Claim = { entryId: string; entryLabel: { fr: string; en: string }; familyLabel: { fr: string; en: string } };

export type EditFailure = {
  intent: string;
  values: Record<string, string>;
  errors: Partial<Record<string, EditErrorKey>>;
  claim: Claim | null;
};

function failure(intent: string, values: Record<string, string>, errors: EditFailure["errors"], claim: Claim | null = null) {
  return json<EditFailure>({ intent, values, errors, claim }, { status: 400 });
}

async function fromEditError(db: DB, intent: string, values: Record<string, string>, error: unknown) {
  if (!(error instanceof TaxonomyEditError)) throw error;
  let claim: Claim | null = null;
  if (error.claim) {
    const detail = await getEntryDetail(db, error.claim.entryId);
    if (detail) claim = { entryId: detail.entry.id, entryLabel: detail.entry.label, familyLabel: detail.family.label };
  }
  return failure(intent, values, { [error.field]: error.code }, claim);
}

function parse<S extends z.ZodType>(schema: S, values: Record<string, string>) {
  return schema.safeParse(values) as z.ZodSafeParseResult<z.output<S>>;
}

/** POST /taxonomy/:familyId (intent add-entry). */
export async function addEntryAction(request: Request, db: DB, familyId: string) {
  assertSameOrigin(request);
  const admin = await requireAdmin(request, db);
  const values = formValues(await readForm(request));
  const intent = values.intent ?? "";
  if (intent !== "add-entry") throw new Response("Bad request", { status: 400 });
  const parsed = parse(AddEntrySchema, { ...values, familyId });
  if (!parsed.success) return failure(intent, values, fieldErrors<EditErrorKey>(parsed.error));
  try {
    const id = await addEntry(db, admin.id, parsed.data);
    return redirect(`/taxonomy/entries/${encodeURIComponent(id)}?saved=1`);
  } catch (error) {
    return fromEditError(db, intent, values, error);
  }
}

/** POST /taxonomy/entries/:entryId with intent update, retire, add-synonym or retire-synonym. */
export async function entryAction(request: Request, db: DB, entryId: string) {
  assertSameOrigin(request);
  const admin = await requireAdmin(request, db);
  const values = formValues(await readForm(request));
  const intent = values.intent ?? "";
  const done = redirect(`/taxonomy/entries/${encodeURIComponent(entryId)}?saved=1`);
  try {
    switch (intent) {
      case "update": {
        const parsed = parse(UpdateEntrySchema, values);
        if (!parsed.success) return failure(intent, values, fieldErrors<EditErrorKey>(parsed.error));
        await updateEntry(db, admin.id, entryId, parsed.data);
        return done;
      }
      case "retire": {
        if (values.confirm !== "yes") return failure(intent, values, { confirm: "required" });
        await retireEntry(db, admin.id, entryId);
        return done;
      }
      case "add-synonym": {
        const parsed = parse(AddSynonymSchema, values);
        if (!parsed.success) return failure(intent, values, fieldErrors<EditErrorKey>(parsed.error));
        await addSynonym(db, admin.id, entryId, parsed.data);
        return done;
      }
      case "retire-synonym": {
        const parsed = parse(RetireSynonymSchema, values);
        if (!parsed.success) return failure(intent, values, fieldErrors<EditErrorKey>(parsed.error));
        await retireSynonym(db, admin.id, entryId, parsed.data.synonymId);
        return done;
      }
      default:
        throw new Response("Bad request", { status: 400 });
    }
  } catch (error) {
    if (error instanceof Response) throw error;
    return fromEditError(db, intent, values, error);
  }
}
