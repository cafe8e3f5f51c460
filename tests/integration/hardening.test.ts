import type { ActionFunctionArgs } from "@remix-run/node";
import express from "express";
import type { AddressInfo } from "node:net";
import { expect, it } from "vitest";
import { hardenApp } from "#app/http/harden.server";
import { createUser } from "#app/models/user.server";
import * as checkIndex from "#app/routes/check._index";
import { action as loginAction } from "#app/routes/login";
import { action as logoutAction } from "#app/routes/logout";
import { action as signupAction } from "#app/routes/signup";
import { getUser } from "#app/session.server";
import { formPost, settle, signedIn } from "#tests/support/auth";
import { fileOf, makeDocxBomb, makePdf } from "#tests/support/document-fixtures";
import { describeEachBackend } from "#tests/support/test-db";

// Read when the limiters of a database are first made; small enough to reach in a test.
process.env.RATE_LIMIT_SAVES_PER_HOUR = "3";
process.env.RATE_LIMIT_API_PER_MINUTE = "3";

const url = (path: string) => `http://localhost${path}`;
const OFFER = "Community manager H/F. Missions : animer la communauté, modérer les commentaires, répondre aux abonnés.";

describeEachBackend("hardening", (db, backend) => {
  // Every test its own address, so that one test's counters never decide another's result.
  let n = 0;
  const newIp = () => `203.0.113.${backend === "pglite" ? 1 : 101}${++n}`;
  const context = (clientIp: string) => ({ db: db(), clientIp });
  const run = (action: (args: ActionFunctionArgs) => Promise<unknown>, request: Request, clientIp = newIp()) =>
    settle(() => action({ request, context: context(clientIp), params: {} }));
  const cookieOf = (response: Response) => (response.headers.get("Set-Cookie") ?? "").split(";")[0]!;
  const userFor = (cookie: string) => getUser(new Request(url("/cards"), { headers: { Cookie: cookie } }), db());

  it("ends the session for good at logout: the old cookie opens nothing", async () => {
    const { user, cookie } = await signedIn(db());
    expect(await userFor(cookie)).toEqual(user);
    const out = await run(logoutAction, formPost(url("/logout"), {}, cookie));
    expect(out.status).toBe(302);
    // Replaying the cookie the browser was told to forget: the server no longer knows it.
    expect(await userFor(cookie)).toBeNull();
    expect(await db().selectFrom("sessions").select("id").where("user_id", "=", user.id).execute()).toEqual([]);
  });

  it("logs a user out everywhere, and only that user", async () => {
    const email = `everywhere-${backend}@example.com`;
    await createUser(db(), { email, password: "the right password" });
    const login = (ip: string) => run(loginAction, formPost(url("/login"), { email, password: "the right password", next: "/cards" }), ip);
    const phone = cookieOf(await login(newIp()));
    const laptop = cookieOf(await login(newIp()));
    const other = await signedIn(db());
    expect(phone).not.toBe(laptop);
    expect(await userFor(phone)).toMatchObject({ email });

    await run(logoutAction, formPost(url("/logout"), { scope: "everywhere" }, phone));
    expect(await userFor(phone)).toBeNull();
    expect(await userFor(laptop)).toBeNull();
    expect(await userFor(other.cookie)).toEqual(other.user);
  });

  it("keeps only a random id in the cookie, gives a new one at login, and forgets expired sessions", async () => {
    const email = `rotate-${backend}@example.com`;
    await createUser(db(), { email, password: "the right password" });
    const { cookie: before } = await signedIn(db());
    const response = await run(loginAction, formPost(url("/login"), { email, password: "the right password" }, before));
    const after = cookieOf(response);
    expect(after).not.toBe(before);
    expect(decodeURIComponent(after)).not.toContain(email);
    expect(await userFor(before)).toBeNull();
    expect(response.headers.get("Set-Cookie")).toMatch(/HttpOnly/i);
    expect(response.headers.get("Set-Cookie")).toMatch(/SameSite=Lax/i);

    await db().updateTable("sessions").set({ expires_at: new Date(Date.now() - 1000) }).execute();
    expect(await userFor(after)).toBeNull();
  });

  it("answers 429 with Retry-After after repeated wrong passwords, even to the right one", async () => {
    const email = `locked-${backend}@example.com`;
    const user = await createUser(db(), { email, password: "the right password" });
    const ip = newIp();
    const attempt = (password: string, from = ip) => run(loginAction, formPost(url("/login"), { email, password }), from);
    for (let i = 0; i < 5; i++) expect((await attempt(`wrong ${i}`)).status).toBe(400);

    const refused = await attempt("the right password");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ email, waitMinutes: 1 });
    // The account is what is protected: another address gets the same answer.
    expect((await attempt("the right password", newIp())).status).toBe(429);
    expect(await db().selectFrom("sessions").select("id").where("user_id", "=", user.id).execute()).toEqual([]);
  });

  // A server process as `npm start` hardens it, with an API that always answers.
  async function apiServer(processOwnsDatabase: boolean) {
    const app = express();
    hardenApp(app, db(), { processOwnsDatabase });
    app.post("/api/analyze", (_req, res) => res.json({ ok: true }));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const { port } = server.address() as AddressInfo;
    const call = () => fetch(`http://127.0.0.1:${port}/api/analyze`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    return { call, close: () => new Promise((resolve) => server.close(resolve)) };
  }

  it("answers 429 with Retry-After past the API quota, counted in the database that processes share", async () => {
    const [one, two] = [await apiServer(false), await apiServer(false)];
    try {
      const statuses = [(await one.call()).status, (await two.call()).status, (await one.call()).status];
      expect(statuses).toEqual([200, 200, 200]);
      const refused = await two.call();
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
      expect((await refused.json()).error.code).toBe("rate_limited");
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });

  it("counts the API quota in memory when the process owns its database, refusing past it all the same", async () => {
    const server = await apiServer(true);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await server.call()).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await server.close();
    }
  });

  it("makes the delay grow with each failure past the free ones", async () => {
    const { loginDelaySeconds } = await import("#app/http/rate-limit.server");
    expect([4, 5, 6, 7, 12, 30].map((failures) => loginDelaySeconds(failures, 5))).toEqual([0, 30, 60, 120, 3600, 3600]);
  });

  it("slows an address that guesses many accounts", async () => {
    const ip = newIp();
    const guess = (i: number) => run(loginAction, formPost(url("/login"), { email: `nobody-${i}@example.com`, password: "guessing" }), ip);
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await guess(i)).status);
    expect(statuses.slice(0, 30).every((s) => s === 400)).toBe(true);
    expect(statuses[30]).toBe(429);
  });

  it("limits signups per address", async () => {
    const ip = newIp();
    const signup = (i: number) =>
      run(signupAction, formPost(url("/signup"), { email: `new-${backend}-${i}@example.com`, password: "long enough pass", confirm: "long enough pass" }), ip);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await signup(i)).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(302));
    expect(statuses[10]).toBe(429);
  });

  const check = (fields: Record<string, string | File>, ip?: string) => {
    const body = new FormData();
    for (const [k, v] of Object.entries(fields)) body.set(k, v);
    const request = new Request(url("/check?index"), { method: "POST", body, headers: { "Accept-Language": "en" } });
    return run(checkIndex.action as never, request, ip);
  };

  it("keeps a quota of anonymous saves per address, with Retry-After, and still shows what is not kept", async () => {
    const ip = newIp();
    for (let i = 0; i < 3; i++) expect((await check({ text: `${OFFER} ${i}` }, ip)).status).toBe(302);
    const refused = await check({ text: OFFER }, ip);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ status: "error", code: "rate_limited", values: { text: OFFER } });
    expect((await check({ text: OFFER, drop: "on" }, ip)).status).toBe(200);
    expect((await check({ text: OFFER }, newIp())).status).toBe(302);
  });

  it("stores an offer with a NUL byte in it instead of calling the database down", async () => {
    const response = await check({ text: `${OFFER}\u0000 Modération.` });
    expect(response.status).toBe(302);
  });

  it("refuses a real decompression bomb with a 413, without unpacking it", async () => {
    const bomb = await makeDocxBomb(300 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const response = await check({ text: "typed before the upload", file: fileOf("offre.docx", bomb) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: "file_too_complex", values: { text: "typed before the upload" } });
  });

  it("refuses a bomb whose zip headers lie about its size", async () => {
    const bomb = await makeDocxBomb(100 * 1024 * 1024, { declaredSize: 2000 });
    const response = await check({ file: fileOf("offre.docx", bomb) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: "file_too_complex" });
  });

  it("refuses a PDF with far more pages than an offer", async () => {
    const pdf = await makePdf(Array.from({ length: 51 }, (_, i) => `Page ${i + 1} : community manager.`));
    const response = await check({ file: fileOf("offre.pdf", pdf) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: "file_too_complex" });
  });

  it("answers 400 to a broken multipart body and 413 to one with too many parts", async () => {
    const broken = new Request(url("/check?index"), {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=xyz" },
      body: "--xyz\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nno closing boundary",
    });
    expect((await run(checkIndex.action as never, broken)).status).toBe(400);

    const many = new FormData();
    for (let i = 0; i < 60; i++) many.append(`field${i}`, "x");
    const crowded = new Request(url("/check?index"), { method: "POST", body: many });
    expect((await run(checkIndex.action as never, crowded)).status).toBe(413);

    const wrong = new Request(url("/login"), { method: "POST", headers: { "Content-Type": "multipart/form-data; boundary=q" }, body: "garbage" });
    expect((await run(loginAction, wrong)).status).toBe(400);
  });
});
