import type { CompiledTaxonomy } from "~/analysis/compile";
import type { Lang } from "~/analysis/taxonomy";
import type { DB } from "~/db.server";
import { findRoleCard, type RoleCard } from "~/models/role-card.server";
import type { User } from "~/models/user.server";
import { requireMember } from "~/workspaces/require-member.server";
import { hasRole, RECRUITERS, scopeOf, type Scope, type WorkspaceRole } from "~/workspaces/roles";
import { label, type CardFormValues } from "./card";
import { entryCatalog, entryLabels } from "./catalog";
import { guardFor } from "./builder.server";
import { generateKit, type Kit } from "./kit";
import { cards } from "~/i18n/cards";
import { langFromRequest } from "~/i18n/locale.server";
import { getCompiledTaxonomy } from "~/analysis-service/analyze-offers.server";
import { getQuestionBank } from "~/models/question-bank.server";

/** What every builder page (new, edit) hands its component. */
export function builderPageData(compiled: CompiledTaxonomy, lang: Lang, values: CardFormValues, query = "") {
  const taxonomy = compiled.taxonomy;
  return {
    values,
    guard: guardFor(values, compiled, lang),
    query,
    catalog: entryCatalog(taxonomy, lang),
    labels: entryLabels(taxonomy, lang),
    profiles: taxonomy.profiles.map((p) => ({ id: p.id, label: label(p.label, lang) })),
  };
}

export async function loadCard(db: DB, scope: Scope, idParam: string | undefined): Promise<RoleCard> {
  const id = /^\d{1,9}$/.test(idParam ?? "") ? Number(idParam) : NaN;
  const card = Number.isFinite(id) ? await findRoleCard(db, scope, id) : null;
  if (!card) throw new Response("Not found", { status: 404 });
  return card;
}

export interface CardAccess {
  user: User;
  scope: Scope;
  card: RoleCard;
}

/**
 * The member and the card the route names, in that member's current workspace: 404 when
 * the card is not theirs to see (another workspace, or not assigned to an interviewer),
 * then 403 when their role is not among `roles`.
 */
export async function memberAndCard(
  request: Request,
  db: DB,
  idParam: string | undefined,
  roles?: readonly WorkspaceRole[],
): Promise<CardAccess> {
  const member = await requireMember(request, db);
  const scope = scopeOf(member);
  const card = await loadCard(db, scope, idParam);
  if (roles && !hasRole(scope.role, roles)) throw new Response("Forbidden", { status: 403, statusText: "Forbidden" });
  return { user: member.user, scope, card };
}

/** As `memberAndCard`, for what only owners and recruiters do (edit, archive, restore). */
export function editableCard(request: Request, db: DB, idParam: string | undefined): Promise<CardAccess> {
  return memberAndCard(request, db, idParam, RECRUITERS);
}

/** What a builder loader or action works in: the UI's language and the current taxonomy. */
export async function builderContext(request: Request, db: DB): Promise<{ lang: Lang; compiled: CompiledTaxonomy }> {
  const lang = await langFromRequest(request);
  return { lang, compiled: await getCompiledTaxonomy(db) };
}

export function cardTitle(card: Pick<RoleCard, "content">, lang: Lang): string {
  return (lang === "fr" ? card.content.titleFr : card.content.titleEn) || card.content.titleFr || card.content.titleEn;
}

/** The kit of a card in the kit's language, from the current taxonomy and question bank. */
export async function kitForCard(db: DB, compiled: CompiledTaxonomy, card: RoleCard, kitLang: Lang): Promise<Kit> {
  const bank = await getQuestionBank(db);
  return generateKit(card.content, compiled.taxonomy, bank, kitLang, cards[kitLang].seniority[card.content.seniority]);
}

/** `?lang=` when it names a language, else the UI's. */
export function kitLangFrom(request: Request, fallback: Lang): Lang {
  const asked = new URL(request.url).searchParams.get("lang");
  return asked === "fr" || asked === "en" ? asked : fallback;
}
