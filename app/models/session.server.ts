import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { DB } from "#app/db.server";
import { readJson } from "./json.server";

// Server-side session records for Remix's createSessionStorage (app/session.server.ts).

const DataJson = z.record(z.string(), z.unknown());
type Data = z.output<typeof DataJson>;

/** 256 random bits: the only thing the cookie carries, so it must not be guessable. */
const newSessionId = () => randomBytes(32).toString("base64url");

function userIdOf(data: Data): number | null {
  return typeof data.userId === "number" ? data.userId : null;
}

export async function createSessionRecord(db: DB, data: Data, expires: Date): Promise<string> {
  const id = newSessionId();
  await db
    .insertInto("sessions")
    .values({ id, data: JSON.stringify(data), user_id: userIdOf(data), expires_at: expires })
    .execute();
  return id;
}

/** The session's data, or null when it is unknown, revoked or expired. */
export async function readSessionRecord(db: DB, id: string): Promise<Data | null> {
  const row = await db
    .selectFrom("sessions")
    .select("data")
    .where("id", "=", id)
    .where("expires_at", ">", new Date())
    .executeTakeFirst();
  return row ? readJson(DataJson, row.data) : null;
}

export async function updateSessionRecord(db: DB, id: string, data: Data, expires: Date): Promise<void> {
  // An update never brings a revoked session back: only rows that still exist are touched.
  await db
    .updateTable("sessions")
    .set({ data: JSON.stringify(data), user_id: userIdOf(data), expires_at: expires })
    .where("id", "=", id)
    .execute();
}

export async function deleteSessionRecord(db: DB, id: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", id).execute();
}

/** "Log out everywhere": every session of the user, on every device, ends now. */
export async function deleteUserSessions(db: DB, userId: number): Promise<number> {
  const result = await db.deleteFrom("sessions").where("user_id", "=", userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: DB): Promise<void> {
  await db.deleteFrom("sessions").where("expires_at", "<=", new Date()).execute();
}

/** The secret that signs session cookies, made on first use and shared by every process from then on. */
export async function storedSessionSecret(db: DB): Promise<string> {
  await db
    .insertInto("app_settings")
    .values({ key: "session_secret", value: randomBytes(32).toString("base64url") })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  const row = await db.selectFrom("app_settings").select("value").where("key", "=", "session_secret").executeTakeFirstOrThrow();
  return row.value;
}
