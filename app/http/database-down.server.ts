import type { DatabaseUnavailable } from "#app/db.server";

// The server has the database throw this instead of an error when PostgreSQL is
// unreachable or silent: Remix treats a thrown Response as an answer, so every page
// shows the localized "database not answering" page (root ErrorBoundary, 503) and the
// JSON routes answer 503, with no route having to catch anything.

const STATUS_TEXT = "Service Unavailable: the database is not answering";

export function databaseDownResponse(error: DatabaseUnavailable): Response {
  console.warn(error.message);
  const body = JSON.stringify({ error: { code: "database_unavailable", message: "The database is not answering; try again in a few moments." } });
  return new Response(body, {
    status: 503,
    statusText: STATUS_TEXT,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "5" },
  });
}

/** Whether a caught value means "the database is not answering" rather than a fault in the request or the code. */
export function isDatabaseDown(error: unknown): boolean {
  if (error instanceof Response) return error.status === 503;
  return error instanceof Error && error.name === "DatabaseUnavailable";
}
