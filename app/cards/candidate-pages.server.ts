import type { DB } from "~/db.server";
import { findCandidate, type Candidate } from "~/models/candidate.server";
import type { WorkspaceRole } from "~/workspaces/roles";
import { memberAndCard, type CardAccess } from "./pages.server";

/**
 * The member, the card and the candidate a route names: 404 unless the candidate belongs
 * to that card and the card is the member's to see, then 403 when the role is not allowed.
 */
export async function memberCardAndCandidate(
  request: Request,
  db: DB,
  params: { id?: string; candidate?: string },
  roles?: readonly WorkspaceRole[],
): Promise<CardAccess & { candidate: Candidate }> {
  const access = await memberAndCard(request, db, params.id);
  const id = /^\d{1,9}$/.test(params.candidate ?? "") ? Number(params.candidate) : NaN;
  const candidate = Number.isFinite(id) ? await findCandidate(db, access.scope, access.card.id, id) : null;
  if (!candidate) throw new Response("Not found", { status: 404 });
  if (roles && !roles.includes(access.scope.role)) throw new Response("Forbidden", { status: 403, statusText: "Forbidden" });
  return { ...access, candidate };
}
