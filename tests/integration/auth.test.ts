import { expect, it } from "vitest";
import { hashPassword, verifyPassword } from "#app/models/password.server";
import { createUser, DuplicateEmailError, findUserByEmail, verifyLogin } from "#app/models/user.server";
import { action as loginAction } from "#app/routes/login";
import { action as logoutAction } from "#app/routes/logout";
import { action as signupAction } from "#app/routes/signup";
import { getUser, requireAdmin, requireUser } from "#app/session.server";
import { formPost, settle, signedIn } from "#tests/support/auth";
import { describeEachBackend } from "#tests/support/test-db";

const url = (path: string) => `http://localhost${path}`;

it("hashes passwords with a random salt and checks them", async () => {
  const a = await hashPassword("s3cret passphrase");
  const b = await hashPassword("s3cret passphrase");
  expect(a).not.toBe(b);
  expect(a.startsWith("scrypt$")).toBe(true);
  expect(await verifyPassword("s3cret passphrase", a)).toBe(true);
  expect(await verifyPassword("s3cret passphrasE", a)).toBe(false);
  expect(await verifyPassword("anything", "garbage")).toBe(false);
});

describeEachBackend("accounts and sessions", (db) => {
  it("stores emails lower-cased, refuses duplicates whatever the case, and verifies logins", async () => {
    const user = await createUser(db(), { email: "  Jane.Doe@Example.COM ", password: "a long password" });
    expect(user).toMatchObject({ email: "jane.doe@example.com", isAdmin: false });
    await expect(createUser(db(), { email: "JANE.DOE@example.com", password: "another password" })).rejects.toBeInstanceOf(DuplicateEmailError);
    expect(await verifyLogin(db(), "Jane.Doe@example.com", "a long password")).toEqual(user);
    expect(await verifyLogin(db(), "jane.doe@example.com", "wrong password")).toBeNull();
    expect(await verifyLogin(db(), "nobody@example.com", "a long password")).toBeNull();
    const row = await db().selectFrom("users").select("password_hash").where("id", "=", user.id).executeTakeFirstOrThrow();
    expect(row.password_hash).not.toContain("a long password");
  });

  it("reads the user from the session cookie, and guards pages by role", async () => {
    const { user, cookie } = await signedIn(db());
    const admin = await signedIn(db(), { isAdmin: true });
    const get = (c?: string) => new Request(url("/taxonomy/history?x=1"), { headers: c ? { Cookie: c } : {} });
    expect(await getUser(get(cookie), db())).toEqual(user);
    expect(await getUser(get(), db())).toBeNull();
    expect(await getUser(get("__session=forged"), db())).toBeNull();

    const toLogin = await settle(() => requireUser(get(), db()));
    expect(toLogin.status).toBe(302);
    expect(toLogin.headers.get("Location")).toBe(`/login?next=${encodeURIComponent("/taxonomy/history?x=1")}`);
    expect((await settle(() => requireAdmin(get(), db()))).status).toBe(302);
    expect((await settle(() => requireAdmin(get(cookie), db()))).status).toBe(403);
    expect((await settle(() => requireAdmin(formPost(url("/x"), {}), db()))).status).toBe(403);
    expect(await requireAdmin(get(admin.cookie), db())).toEqual(admin.user);
  });

  it("logs in through the form, keeping the email (not the password) on failure", async () => {
    await createUser(db(), { email: "login@example.com", password: "the right password" });
    const failed = await settle(() =>
      loginAction({ request: formPost(url("/login"), { email: "Login@example.com", password: "the wrong one", next: "/cards" }), context: { db: db() }, params: {} }),
    );
    expect(failed.status).toBe(400);
    expect(await failed.json()).toEqual({ email: "Login@example.com", errors: {}, failed: true });

    const invalid = await settle(() => loginAction({ request: formPost(url("/login"), { email: "not an email", password: "" }), context: { db: db() }, params: {} }));
    expect(await invalid.json()).toMatchObject({ errors: { email: "emailInvalid", password: "passwordRequired" } });

    const ok = await settle(() =>
      loginAction({ request: formPost(url("/login"), { email: "Login@example.com", password: "the right password", next: "/cards" }), context: { db: db() }, params: {} }),
    );
    expect(ok.status).toBe(302);
    expect(ok.headers.get("Location")).toBe("/cards");
    const setCookie = ok.headers.get("Set-Cookie")!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i);
    const cookie = setCookie.split(";")[0]!;
    expect(await getUser(new Request(url("/"), { headers: { Cookie: cookie } }), db())).toMatchObject({ email: "login@example.com" });

    const out = await settle(() => logoutAction({ request: formPost(url("/logout"), {}, cookie), context: { db: db() }, params: {} }));
    expect(out.headers.get("Set-Cookie")).toMatch(/Expires=Thu, 01 Jan 1970/i);
  });

  it("never redirects off-site after login", async () => {
    await createUser(db(), { email: "redirect@example.com", password: "the right password" });
    const response = await settle(() =>
      loginAction({
        request: formPost(url("/login"), { email: "redirect@example.com", password: "the right password", next: "//evil.example/" }),
        context: { db: db() },
        params: {},
      }),
    );
    expect(response.headers.get("Location")).toBe("/");
  });

  it("signs up non-admin accounts, with localized-by-key errors", async () => {
    const short = await settle(() =>
      signupAction({ request: formPost(url("/signup"), { email: "new@example.com", password: "short", confirm: "shorter" }), context: { db: db() }, params: {} }),
    );
    expect(short.status).toBe(400);
    expect(await short.json()).toMatchObject({ email: "new@example.com", errors: { password: "passwordShort", confirm: "passwordMismatch" } });

    const ok = await settle(() =>
      signupAction({
        request: formPost(url("/signup"), { email: "New@example.com", password: "long enough pass", confirm: "long enough pass", isAdmin: "true" }),
        context: { db: db() },
        params: {},
      }),
    );
    expect(ok.status).toBe(302);
    expect(await findUserByEmail(db(), "new@example.com")).toMatchObject({ isAdmin: false });

    const taken = await settle(() =>
      signupAction({
        request: formPost(url("/signup"), { email: "NEW@example.com", password: "long enough pass", confirm: "long enough pass" }),
        context: { db: db() },
        params: {},
      }),
    );
    expect(taken.status).toBe(400);
    expect(await taken.json()).toMatchObject({ taken: true });
  });

  it("keeps one session secret in the database when SESSION_SECRET is unset", async () => {
    const rows = await db().selectFrom("app_settings").selectAll().where("key", "=", "session_secret").execute();
    expect(rows).toHaveLength(process.env.SESSION_SECRET ? 0 : 1);
  });
});
