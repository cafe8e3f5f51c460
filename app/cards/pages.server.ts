import type { LoaderFunctionArgs } from "@remix-run/node";
import type { CompiledTaxonomy } from "#app/analysis/compile";
import type { Lang } from "#app/analysis/taxonomy";
import { dbFrom, type DB } from "#app/db.server";
import { findCandidate, type Candidate } from "#app/models/candidate.server";
import { findRoleCard, type RoleCard } from "#app/models/role-card.server";
import type { User } from "#app/models/user.server";
import { requireMember } from "#app/workspaces/require-member.server";
import { hasRole, scopeOf, type Scope, type WorkspaceRole } from "#app/workspaces/roles";
import { label, type CardFormValues } from "./card";
import { entryCatalog, entryLabels } from "./catalog";
import { guardView } from "./scope-guard";
import { generateKit, type Kit } from "./kit";
import { cards } from "#app/i18n/cards";
import { langFromRequest } from "#app/i18n/locale.server";
import { getCompiledTaxonomy } from "#app/analysis-service/analyze-offers.server";
import { getQuestionBank } from "#app/models/question-bank.server";

/** What every builder page (new, edit) hands its component. */
export function builderPageData(compiled: CompiledTaxonomy, lang: Lang, values: CardFormValues, query = "") {
  const taxonomy = compiled.taxonomy;
  return {
    values,
    guard: guardView(values, compiled, lang),
    query,
    catalog: entryCatalog(taxonomy, lang),
    labels: entryLabels(taxonomy, lang),
    profiles: taxonomy.profiles.map((p) => ({ id: p.id, label: label(p.label, lang) })),
  };
}

/** A route's id parameter, when it is one. */
const idFrom = (param: string | undefined): number | null => (/^\d{1,9}$/.test(param ?? "") ? Number(param) : null);

const notFound = () => new Response("Not found", { status: 404 });

function allow(scope: Scope, roles: readonly WorkspaceRole[] | undefined): void {
  if (roles && !hasRole(scope.role, roles)) throw new Response("Forbidden", { status: 403, statusText: "Forbidden" });
}

/** What every route under /cards/:id works with. */
export interface CardContext {
  db: DB;
  user: User;
  scope: Scope;
  card: RoleCard;
  /** The UI's language. */
  lang: Lang;
  /** The language of the documents made from the card (offer, kit, posting): `?lang=` when it names one, else the UI's. */
  docLang: Lang;
  compiled: CompiledTaxonomy;
}

type RouteArgs = Pick<LoaderFunctionArgs, "request" | "context" | "params">;

async function cardContext({ request, context, params }: RouteArgs): Promise<CardContext> {
  const db = dbFrom(context);
  const member = await requireMember(request, db);
  const scope = scopeOf(member);
  const id = idFrom(params.id);
  const card = id === null ? null : await findRoleCard(db, scope, id);
  if (!card) throw notFound();
  const lang = await langFromRequest(request);
  return { db, user: member.user, scope, card, lang, docLang: kitLangFrom(request, lang), compiled: await getCompiledTaxonomy(db) };
}

/**
 * The member and the card the route names, in that member's current workspace: 404 when
 * the card is not theirs to see (another workspace, or not assigned to an interviewer),
 * then 403 when their role is not among `roles`.
 */
export async function loadCardContext(args: RouteArgs, roles?: readonly WorkspaceRole[]): Promise<CardContext> {
  const ctx = await cardContext(args);
  allow(ctx.scope, roles);
  return ctx;
}

/**
 * As `loadCardContext`, with the candidate the route names: 404 unless the candidate
 * belongs to that card and the card is the member's to see, then 403 when the role is not allowed.
 */
export async function loadCandidateContext(args: RouteArgs, roles?: readonly WorkspaceRole[]): Promise<CardContext & { candidate: Candidate }> {
  const ctx = await cardContext(args);
  const id = idFrom(args.params.candidate);
  const candidate = id === null ? null : await findCandidate(ctx.db, ctx.scope, ctx.card.id, id);
  if (!candidate) throw notFound();
  allow(ctx.scope, roles);
  return { ...ctx, candidate };
}

/** What a builder loader or action works in: the UI's language and the current taxonomy. */
export async function builderContext(request: Request, db: DB): Promise<{ lang: Lang; compiled: CompiledTaxonomy }> {
  const lang = await langFromRequest(request);
  return { lang, compiled: await getCompiledTaxonomy(db) };
}

export function cardTitle(card: Pick<RoleCard, "content">, lang: Lang): string {
  return (lang === "fr" ? card.content.titleFr : card.content.titleEn) || card.content.titleFr || card.content.titleEn;
}

/** The card's interview kit, from the current taxonomy and question bank. */
export async function cardKit({ db, compiled, card, docLang }: CardContext, kitLang: Lang = docLang): Promise<Kit> {
  const bank = await getQuestionBank(db);
  return generateKit(card.content, compiled.taxonomy, bank, kitLang, cards[kitLang].seniority[card.content.seniority]);
}

function kitLangFrom(request: Request, fallback: Lang): Lang {
  const asked = new URL(request.url).searchParams.get("lang");
  return asked === "fr" || asked === "en" ? asked : fallback;
}
