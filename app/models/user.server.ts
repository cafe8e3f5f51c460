import type { DB } from "#app/db.server";
import { hashPassword, verifyPassword } from "./password.server";

export type User = { id: number; email: string; isAdmin: boolean };

export class DuplicateEmailError extends Error {
  constructor(email: string) {
    super(`an account already exists for ${email}`);
    this.name = "DuplicateEmailError";
  }
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function toUser(row: { id: number; email: string; is_admin: boolean }): User {
  return { id: row.id, email: row.email, isAdmin: row.is_admin };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "23505";
}

export async function createUser(db: DB, input: { email: string; password: string; isAdmin?: boolean }): Promise<User> {
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  try {
    const row = await db
      .insertInto("users")
      .values({ email, password_hash: passwordHash, is_admin: input.isAdmin ?? false })
      .returning(["id", "email", "is_admin"])
      .executeTakeFirstOrThrow();
    return toUser(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw new DuplicateEmailError(email);
    throw error;
  }
}

export async function findUserById(db: DB, id: number): Promise<User | null> {
  const row = await db.selectFrom("users").select(["id", "email", "is_admin"]).where("id", "=", id).executeTakeFirst();
  return row ? toUser(row) : null;
}

export async function findUserByEmail(db: DB, email: string): Promise<User | null> {
  const row = await db
    .selectFrom("users")
    .select(["id", "email", "is_admin"])
    .where("email", "=", normalizeEmail(email))
    .executeTakeFirst();
  return row ? toUser(row) : null;
}

// A hash of a throwaway password, checked when the email is unknown, so that a wrong
// email and a wrong password take the same time to answer.
let decoyHash: Promise<string> | undefined;

/** The user when the email and password match, else null (without saying which was wrong). */
export async function verifyLogin(db: DB, email: string, password: string): Promise<User | null> {
  const row = await db
    .selectFrom("users")
    .select(["id", "email", "is_admin", "password_hash"])
    .where("email", "=", normalizeEmail(email))
    .executeTakeFirst();
  if (!row) {
    decoyHash ??= hashPassword("decoy password, never valid");
    await verifyPassword(password, await decoyHash);
    return null;
  }
  return (await verifyPassword(password, row.password_hash)) ? toUser(row) : null;
}
