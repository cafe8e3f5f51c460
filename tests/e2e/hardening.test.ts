import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { expect, it, vi } from "vitest";
import { PASSWORD, useAppAndBrowser } from "#tests/support/app-and-browser";
import { describeInBrowser } from "#tests/support/browser";
import { pgliteFolderFromTemplate } from "#tests/support/test-db";

// Starting a server and a browser takes long on a loaded machine; nothing here is about speed.
vi.setConfig({ hookTimeout: 180_000 });

describeInBrowser("hardening in Chromium", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "rolescope-e2e-hardening-"));
  const e2e = useAppAndBrowser({
    beforeStart: () => pgliteFolderFromTemplate(dataDir),
    start: { dataDir },
    afterStop: () => rmSync(dataDir, { recursive: true, force: true }),
  });
  let accounts = 0;

  /** A new account, signed in through the form, in a context of its own. */
  async function signedInPage(options: { javaScriptEnabled?: boolean } = {}): Promise<{ page: Page; context: BrowserContext; email: string }> {
    const context = await e2e.newContext({ locale: "en-GB", ...options });
    const page = await context.newPage();
    const email = `hardening-${++accounts}@example.com`;
    await e2e.signUp(page, email);
    return { page, context, email };
  }

  it("runs the app's scripts under the CSP, with no violation reported", async () => {
    const context = await e2e.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    page.on("pageerror", (error) => violations.push(error.message));
    await page.goto(e2e.app.baseUrl + "/");
    await page.waitForFunction(() => "__remixRouter" in window);
    // A client-side navigation only happens once React has hydrated the page.
    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Roles" }).click();
    await page.waitForURL(/\/roles$/);
    await page.locator("h1").first().waitFor();
    expect(violations).toEqual([]);
  });

  it("cannot be framed by another site (frame-ancestors 'none')", async () => {
    const context = await e2e.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on("console", (message) => {
      if (/frame-ancestors/.test(message.text())) blocked.push(message.text());
    });
    // Chromium reports the refusal as a console error: here it is the expected outcome.
    e2e.allowBrowserError(/violates the following Content Security Policy directive: "frame-ancestors 'none'"/);
    await page.setContent(`<h1>Another site</h1><iframe src="${e2e.app.baseUrl}/login" width="600" height="400"></iframe>`);
    await page.waitForFunction(() => document.querySelector("iframe") !== null);
    await expect.poll(() => blocked.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    expect(await frame.locator("input[name=email]").count()).toBe(0);
  });

  it("stays on the site after logging in with a tab-trick `next`, with and without JavaScript", async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { context, email } = await signedInPage({ javaScriptEnabled });
      await context.clearCookies();
      const page = await context.newPage();
      await page.goto(`${e2e.app.baseUrl}/login?next=/%09/evil.example`);
      await page.getByLabel("Email address").fill(email);
      await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
      await page.getByRole("button", { name: "Log in" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/login"));
      expect(new URL(page.url()).origin, `JavaScript ${javaScriptEnabled}`).toBe(e2e.app.baseUrl);
      expect(new URL(page.url()).pathname).toBe("/");
    }
  });

  it("kills the session at logout: the old cookie, put back, opens nothing", async () => {
    const { page, context } = await signedInPage();
    const before = await context.cookies();
    await page.getByRole("button", { name: "Log out", exact: true }).click();
    await page.getByRole("link", { name: "Log in" }).waitFor();
    await context.addCookies(before);
    await page.goto(e2e.app.baseUrl + "/cards/new");
    expect(new URL(page.url()).pathname).toBe("/login");
  });

  it("logs out everywhere: another device's session ends too", async () => {
    const { page: laptop, email, context } = await signedInPage();
    const phoneContext = await e2e.newContext({ locale: "en-GB" });
    const phone = await phoneContext.newPage();
    await phone.goto(`${e2e.app.baseUrl}/login`);
    await phone.getByLabel("Email address").fill(email);
    await phone.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await phone.getByRole("button", { name: "Log in" }).click();
    await phone.getByRole("button", { name: "Log out everywhere" }).waitFor();

    await phone.getByRole("button", { name: "Log out everywhere" }).click();
    await phone.getByRole("link", { name: "Log in" }).waitFor();
    await laptop.goto(e2e.app.baseUrl + "/cards/new");
    expect(new URL(laptop.url()).pathname).toBe("/login");
    expect(await context.cookies()).not.toEqual([]);
  });
});
