import type { LoaderFunctionArgs } from "@remix-run/node";
import { loadCandidateContext } from "#app/cards/pages.server";
import { recordAudit } from "#app/models/audit.server";
import { scorecardsForExport } from "#app/models/scorecard.server";
import { RECRUITERS } from "#app/workspaces/roles";

/** Everything held about one candidate (the right of access), as a JSON download. */
export async function loader(args: LoaderFunctionArgs) {
  const { db, scope, card, candidate } = await loadCandidateContext(args, RECRUITERS);
  const scorecards = await scorecardsForExport(db, scope, candidate.id);
  await recordAudit(db, { workspaceId: scope.workspaceId, userId: scope.userId, action: "candidate.export", targetType: "candidate", targetId: candidate.id });
  const body = {
    exportedAt: new Date().toISOString(),
    candidate: {
      id: candidate.id,
      name: candidate.name,
      email: candidate.email,
      stage: candidate.stage,
      createdAt: candidate.createdAt.toISOString(),
      updatedAt: candidate.updatedAt.toISOString(),
    },
    roleCard: { id: card.id, titleFr: card.content.titleFr, titleEn: card.content.titleEn },
    scorecards: scorecards.map((s) => ({
      interviewer: s.interviewerName,
      kitLanguage: s.kitLang,
      cardRevision: s.cardRevision,
      ratings: s.ratings,
      recommendation: s.recommendation,
      notes: s.notes,
      submittedAt: s.submittedAt?.toISOString() ?? null,
      updatedAt: s.updatedAt.toISOString(),
    })),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="candidate-${candidate.id}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
