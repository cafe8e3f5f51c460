// npm run user:create -- [--admin] --email a@b.c
// The password is typed at a prompt that does not echo it, or comes from USER_PASSWORD or
// standard input; never from the command line, which npm prints back and the shell keeps.
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { databaseOptionsFromEnv, openDatabase } from "#db/client";
import { migrateOrThrow } from "#db/migrate";
import { NewAccountSchema, PASSWORD_MIN } from "#app/auth/auth-schema";
import { createUser, DuplicateEmailError } from "#app/models/user.server";
import { createWorkspace, defaultWorkspaceName } from "#app/models/workspace.server";

const USAGE = "usage: npm run user:create -- [--admin] --email <address>   (password: prompt, USER_PASSWORD or standard input)";

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

/** Asks on the terminal without echoing what is typed. */
async function promptHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, encoding, done) {
      if (!muted) process.stdout.write(chunk, encoding);
      done();
    },
  });
  const prompt = createInterface({ input: process.stdin, output, terminal: true });
  const answer = new Promise<string>((resolve) => prompt.question(question, resolve));
  muted = true;
  const value = await answer;
  prompt.close();
  process.stdout.write("\n");
  return value;
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return promptHidden("Password: ");
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
  const password = process.env.USER_PASSWORD ?? (await readStdin());
  if (!password) fail("no password: type it at the prompt, set USER_PASSWORD or pipe it on standard input");
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
