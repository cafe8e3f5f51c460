// npm run user:create -- [--admin] --email a@b.c [--password …]
// The password may also come from USER_PASSWORD or standard input, which keeps it out of
// the shell history and the process list.
import { parseArgs } from "node:util";
import { databaseOptionsFromEnv, openDatabase } from "../../db/client";
import { migrateOrThrow } from "../../db/migrate";
import { NewAccountSchema, PASSWORD_MIN } from "../auth/schemas";
import { createUser, DuplicateEmailError } from "../models/user.server";
import { createWorkspace, defaultWorkspaceName } from "../models/workspace.server";

const USAGE = "usage: npm run user:create -- [--admin] --email <address> [--password <password>]";

const MESSAGES: Record<string, string> = {
  emailRequired: "an --email is required",
  emailInvalid: "the --email is not a valid address",
  passwordShort: `the password must be at least ${PASSWORD_MIN} characters`,
  passwordLong: "the password must be at most 200 characters",
};

function fail(message: string): never {
  console.error(`user:create: ${message}\n${USAGE}`);
  process.exit(1);
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return "";
  let data = "";
  for await (const chunk of process.stdin) data += chunk;
  // One trailing newline is the terminator of `echo`, not part of the password.
  return data.replace(/\r?\n$/, "");
}

async function main() {
  let args;
  try {
    args = parseArgs({
      options: {
        admin: { type: "boolean", default: false },
        email: { type: "string" },
        password: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }).values;
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const password = args.password ?? process.env.USER_PASSWORD ?? (await readStdin());
  if (!password) fail("no password: pass --password, set USER_PASSWORD or pipe it on standard input");
  const parsed = NewAccountSchema.safeParse({ email: args.email ?? "", password });
  if (!parsed.success) fail(parsed.error.issues.map((i) => MESSAGES[i.message] ?? i.message).join("; "));

  const options = databaseOptionsFromEnv();
  const handle = await openDatabase(options);
  try {
    await migrateOrThrow(handle.db);
    const user = await createUser(handle.db, { ...parsed.data, isAdmin: args.admin });
    await createWorkspace(handle.db, { name: defaultWorkspaceName(user.email), ownerId: user.id });
    const where = options.url ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${options.dataDir}`;
    console.log(`created ${user.isAdmin ? "admin" : "user"} #${user.id} ${user.email} — ${where}`);
  } catch (error) {
    if (error instanceof DuplicateEmailError) {
      await handle.close();
      fail(`an account already exists for ${parsed.data.email}`);
    }
    throw error;
  } finally {
    await handle.close().catch(() => {});
  }
}

main().catch((error) => {
  console.error(`user:create: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
