import { expect, it } from "vitest";
import { useAppWithAdmin } from "#tests/support/app-with-admin";
import { describeInBrowser } from "#tests/support/browser";

const ADMIN = { email: "taxonomy-admin@example.com", password: "an admin passphrase" };

describeInBrowser("roles and taxonomy in Chromium", () => {
  const e2e = useAppWithAdmin(ADMIN);

  it("browses the standard roles and one role page, in French and in English", async () => {
    for (const [locale, heading, title, does, neighbours] of [
      ["fr-FR", "Les métiers standard du marketing digital", "Community manager", "Ce que fait ce métier", "Métiers voisins"],
      ["en-GB", "Standard digital marketing roles", "Community Manager", "What this role does", "Neighbouring roles"],
    ] as const) {
      const context = await e2e.browser.newContext({ locale, javaScriptEnabled: locale === "fr-FR" });
      const page = await context.newPage();
      await page.goto(e2e.app.baseUrl + "/roles");
      expect(await page.textContent("h1")).toBe(heading);
      expect(await page.locator(".role-card").count()).toBeGreaterThanOrEqual(14);
      await page.locator("#role-community_manager a").click();
      await page.waitForURL(/\/roles\/community_manager$/);
      // With JavaScript the URL changes before React commits the new page: wait for it.
      await page.locator("h1", { hasText: title }).waitFor();
      expect(await page.textContent("h1")).toBe(title);
      expect(await page.getByRole("heading", { name: does, exact: true }).isVisible()).toBe(true);
      expect(await page.getByRole("heading", { name: neighbours, exact: true }).isVisible()).toBe(true);
      // The time split is a real table whose shares add up to 100.
      const shares = await page.locator(".time-split .bar-value").allTextContents();
      expect(shares.reduce((n, s) => n + Number.parseInt(s, 10), 0)).toBe(100);
      await context.close();
    }
    const res = await fetch(e2e.app.baseUrl + "/roles/no_such_role");
    expect(res.status).toBe(404);
  });

  it("finds retouching and PHP whatever the accents, case or language", async () => {
    const context = await e2e.browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    for (const [query, family] of [
      ["retouche", "photo_video."],
      ["RETOUCHÉ", "photo_video."],
      ["php", "web_development."],
    ] as const) {
      await page.goto(e2e.app.baseUrl + "/taxonomy");
      await page.getByLabel("Rechercher une compétence, une mission ou un outil").fill(query);
      await page.getByRole("button", { name: "Rechercher" }).click();
      await page.waitForURL(/\?q=/);
      await page.locator(".search-hits").waitFor();
      const first = page.locator(".search-hits li").first();
      expect(await first.getAttribute("data-entry")).toMatch(new RegExp(`^${family.replace(".", "\\.")}`));
      if (query === "retouche") expect(await first.getAttribute("data-entry")).toMatch(/retouch/);
    }
    await context.close();
  });

  it("lets an admin add a synonym, shown on the entry and in the history", async () => {
    const context = await e2e.browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    // Anonymous visitors see the entry without any edit form.
    await page.goto(e2e.app.baseUrl + "/taxonomy?q=retouche");
    await page.locator(".search-hits li").first().getByRole("link").first().click();
    await page.waitForURL(/\/taxonomy\/entries\/photo_video\./);
    const entryUrl = page.url();
    expect(await page.getByRole("heading", { name: "Add a synonym" }).count()).toBe(0);

    await page.getByRole("link", { name: "Log in" }).click();
    await page.getByLabel("Email address").fill(ADMIN.email);
    await page.getByLabel("Password").fill(ADMIN.password);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.waitForURL(entryUrl);
    await page.locator(".user-menu", { hasText: ADMIN.email }).waitFor();

    await page.getByLabel("Language").selectOption("fr");
    await page.getByLabel("Synonym", { exact: true }).fill("retouche de portraits studio");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await page.waitForURL(/saved=1/);
    await page.getByRole("status").filter({ hasText: "Change saved" }).waitFor();
    expect(await page.locator(".synonym-list[lang=fr]").textContent()).toContain("retouche de portraits studio");

    // Refused input keeps what was typed and says why, next to the field; the refusal answers
    // 400, which Chromium logs for the form's fetch: expected here.
    e2e.allowBrowserError(/status of 400 \(Bad Request\)/);
    await page.getByLabel("Synonym", { exact: true }).fill("retouche de portraits studio");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await page.getByText("This entry already has this synonym.").first().waitFor();
    expect(await page.getByLabel("Synonym", { exact: true }).inputValue()).toBe("retouche de portraits studio");

    await page.goto(e2e.app.baseUrl + "/taxonomy/history");
    const row = page.locator(".history-table tbody tr").first();
    expect(await row.textContent()).toContain("Synonym added");
    expect(await row.textContent()).toContain("retouche de portraits studio");
    expect(await row.textContent()).toContain(ADMIN.email);

    const api = await (await fetch(e2e.app.baseUrl + "/api/taxonomy")).json();
    const entryId = decodeURIComponent(new URL(entryUrl).pathname.split("/").pop()!);
    const entry = api.families.flatMap((f: { entries: { id: string }[] }) => f.entries).find((e: { id: string }) => e.id === entryId);
    expect(entry.synonyms.fr).toContain("retouche de portraits studio");
    await context.close();
  });
});
