import { sql } from "kysely";
import type { DB } from "#app/db.server";

/** Load balancers give up on a health check after a couple of seconds: answer before that. */
const HEALTH_TIMEOUT_MS = 1_500;

export async function databaseAnswers(db: DB): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silent = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS);
  });
  const answered = sql`select 1`.execute(db).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([answered, silent]);
  } finally {
    clearTimeout(timer);
  }
}
