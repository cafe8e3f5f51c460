import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContextOptions, Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { expect, it } from "vitest";
import { analyze } from "#app/analysis/analyze";
import { useAppAndBrowser } from "#tests/support/app-and-browser";
import { describeInBrowser } from "#tests/support/browser";
import { CM_DUTIES, compiled, DESIGN_DUTIES } from "#tests/unit/cards/support";

const LINK = `/cards/new?profile=community_manager&duties=${[...CM_DUTIES, ...DESIGN_DUTIES].join(",")}`;

/** Client-side navigations change the URL a moment before the new page renders: wait for it. */
async function expectHeading(page: Page, text: string) {
  await page.locator("h1", { hasText: text }).first().waitFor({ timeout: 10_000 });
  expect(await page.locator("h1").first().textContent()).toBe(text);
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  return text;
}

describeInBrowser("role cards and interview kits in Chromium", () => {
  const e2e = useAppAndBrowser();
  let cardId = 0;

  async function signUp(options: BrowserContextOptions, email: string): Promise<Page> {
    const page = await (await e2e.newContext(options)).newPage();
    await e2e.signUp(page, email);
    // A new account lands on its role cards.
    expect(new URL(page.url()).pathname).toBe("/cards");
    return page;
  }

  it("builds a card from a link, fires the scope guard, clears it, saves and exports the offer", async () => {
    const page = await signUp({ locale: "en-GB" }, "owner@example.com");
    await page.goto(e2e.app.baseUrl + LINK);
    const guard = page.locator(".scope-guard");
    await guard.waitFor();
    expect(await page.locator(".duty-table tbody tr").count()).toBe(6);
    expect(["stretched", "overloaded"]).toContain(await guard.getAttribute("data-verdict"));
    const drift = guard.locator(".drift-group");
    expect(await drift.getAttribute("data-role")).toBe("graphic_designer");
    expect(await drift.locator(".drift-message").textContent()).toMatch(/^These 3 duties \(\d+% of the time\) belong to a Graphic Designer:$/);
    expect(await drift.getByRole("link", { name: /Move to a second card/ }).getAttribute("href")).toContain("profile=graphic_designer");

    // Without touching the shares, saving is refused in the browser: the guard is advice, 100 % is a rule.
    await page.getByRole("button", { name: "Remove these duties" }).click();
    expect(await page.locator(".duty-table tbody tr").count()).toBe(3);
    await page.waitForFunction(() => document.querySelector(".scope-guard")?.getAttribute("data-verdict") === "focused");
    expect(await guard.locator(".drift-group").count()).toBe(0);
    await page.getByRole("button", { name: "Save the card" }).click();
    const totalError = page.locator("#card-dutiesTotal-error");
    await totalError.waitFor();
    expect(await totalError.textContent()).toBe("Time shares must add up to 100%.");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("card-dutiesTotal");

    await page.getByRole("button", { name: "Spread evenly" }).click();
    expect(await page.locator("#card-dutiesTotal").textContent()).toBe("Total: 100%");
    await page.getByLabel("Location").fill("Abidjan");
    await page.getByLabel("Minimum").fill("400000");
    await page.getByLabel("Maximum").fill("600000");
    await page.getByLabel("Currency").selectOption("XOF");
    await page.getByLabel("Period").selectOption("month");
    await page.getByRole("button", { name: "Save the card" }).click();
    await page.waitForURL(/\/cards\/\d+\?saved=1$/);
    cardId = Number(/\/cards\/(\d+)/.exec(page.url())![1]);
    await page.getByRole("status").filter({ hasText: "Card saved." }).waitFor();
    expect(await page.locator(".scope-guard .badge").textContent()).toBe("Focused");

    for (const lang of ["fr", "en"] as const) {
      const response = await page.request.get(`${e2e.app.baseUrl}/cards/${cardId}/offer.md?lang=${lang}`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-disposition"]).toMatch(/attachment; filename=".+-(fr|en)\.md"/);
      const markdown = await response.text();
      expect(markdown).toContain(lang === "fr" ? "## Vos missions" : "## What you will do");
      expect(markdown).toContain(lang === "fr" ? "400 000 – 600 000 XOF brut par mois" : "400,000 – 600,000 XOF gross per month");
      expect(markdown).not.toMatch(/graphi|logo/i);
      const verdict = analyze(markdown, compiled, { language: lang }).verdict;
      expect(["focused", "stretched"]).toContain(verdict);
    }
    await page.goto(`${e2e.app.baseUrl}/cards/${cardId}/offer?lang=fr`);
    expect(await page.locator(".offer-document h2").first().textContent()).toBe("Le poste");
    expect(["Focused", "Stretched"]).toContain(await page.locator(".kit-toolbar .badge").textContent());
  });

  it("works without JavaScript: intents re-render the form, errors come back beside the fields", async () => {
    const page = await signUp({ locale: "fr-FR", javaScriptEnabled: false }, "nojs@example.com");
    await page.goto(e2e.app.baseUrl + LINK);
    expect(await page.locator(".drift-group").count()).toBe(1);
    await page.getByRole("button", { name: "Retirer ces missions" }).click();
    await page.waitForLoadState();
    expect(await page.locator(".duty-table tbody tr").count()).toBe(3);
    expect(await page.locator(".scope-guard").getAttribute("data-verdict")).toBe("focused");
    await page.getByLabel("Intitulé en français").fill("");
    await page.getByRole("button", { name: "Enregistrer la fiche" }).click();
    await page.waitForLoadState();
    const title = page.getByLabel("Intitulé en français");
    expect(await title.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#card-titleFr-error").textContent()).toBe("Ce champ est obligatoire.");
    expect(await page.locator("#card-dutiesTotal-error").textContent()).toBe("Les parts de temps doivent totaliser 100 %.");
    expect(await page.getByLabel("Intitulé en anglais").inputValue()).toBe("Community Manager");
    await page.getByRole("button", { name: "Répartir également" }).click();
    await page.waitForLoadState();
    await page.getByLabel("Intitulé en français").fill("Animateur·rice de communauté");
    await page.getByLabel("Mission à ajouter").selectOption("community_management.member_care");
    await page.getByLabel("Part de la nouvelle mission (%)").fill("10");
    await page.getByRole("button", { name: "Ajouter la mission" }).click();
    await page.waitForLoadState();
    expect(await page.locator(".duty-table tbody tr").count()).toBe(4);
    await page.getByRole("button", { name: "Répartir également" }).click();
    await page.waitForLoadState();
    await page.getByRole("button", { name: "Enregistrer la fiche" }).click();
    await page.waitForURL(/\/cards\/\d+\?saved=1$/);
    await expectHeading(page, "Animateur·rice de communauté");
  });

  it("generates the kit from the card", async () => {
    expect(cardId).toBeGreaterThan(0);
    const owner = e2e.contexts[0]!.pages()[0]!;
    await owner.goto(`${e2e.app.baseUrl}/cards/${cardId}/kit?lang=fr`);
    const competencies = owner.locator(".kit-competency[data-competency]");
    const count = await competencies.count();
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(6);
    // Each competency names the card's duty it assesses.
    for (const text of await competencies.allTextContents()) expect(text).toContain("Issue des missions : ");
    expect(await owner.locator(".kit-document").getAttribute("lang")).toBe("fr");
    expect(await owner.locator(".kit-competency h3").first().textContent()).toBe("Questions comportementales");
  });

  it("prints the kit on clean A4 pages and serves it as a PDF with its accents", async () => {
    const page = e2e.contexts[0]!.pages()[0]!;
    await page.goto(`${e2e.app.baseUrl}/cards/${cardId}/kit?lang=fr`);
    await page.emulateMedia({ media: "print" });
    try {
      expect(await page.locator(".site-header").isVisible()).toBe(false);
      expect(await page.locator(".kit-toolbar").isVisible()).toBe(false);
      expect(await page.locator(".kit-candidates").isVisible()).toBe(false);
      const dir = join(process.cwd(), "tests", ".tmp");
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: join(dir, "kit-print.png"), fullPage: true });
      const printed = await page.pdf({ format: "A4", preferCSSPageSize: true });
      const printedText = await pdfText(new Uint8Array(printed));
      expect(printedText).toContain("Poste : Community manager");
      expect(printedText).toContain("Questions comportementales");
      expect(printedText).toContain("Échelle de notation");
      expect(printedText).toContain("Oui, sans réserve");
      expect(printedText).not.toContain("Remplir une grille d'évaluation");
      expect(printedText).not.toContain("Candidats évalués");
      // One competency per page: the cover, each competency, and the decision at least.
      const pages = (await getDocumentProxy(new Uint8Array(printed))).numPages;
      expect(pages).toBeGreaterThanOrEqual((await page.locator(".kit-competency[data-competency]").count()) + 1);
    } finally {
      await page.emulateMedia({ media: "screen" });
    }

    const response = await page.request.get(`${e2e.app.baseUrl}/cards/${cardId}/kit.pdf?lang=fr`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    const text = await pdfText(new Uint8Array(await response.body()));
    expect(text).toContain("Questions comportementales");
    expect(text).toContain("Échelle de notation");
    expect(text).toContain("Oui, sans réserve");
    const english = await pdfText(new Uint8Array(await (await page.request.get(`${e2e.app.baseUrl}/cards/${cardId}/kit.pdf?lang=en`)).body()));
    expect(english).toContain("Behavioural questions");
  });

  it("keeps the history, restores a revision and hides the card from another workspace", async () => {
    const owner = e2e.contexts[0]!.pages()[0]!;
    await owner.goto(`${e2e.app.baseUrl}/cards/${cardId}/edit`);
    await owner.getByLabel("Title in English").fill("Community manager (v2)");
    await owner.getByRole("button", { name: "Save the card" }).click();
    await owner.waitForURL(/saved=1/);
    await expectHeading(owner, "Community manager (v2)");
    await owner.getByRole("link", { name: "History" }).click();
    await owner.getByRole("button", { name: "Restore this revision (1)" }).click();
    await owner.waitForURL(/restored=1/);
    await expectHeading(owner, "Community Manager");
    expect(await owner.getByText("Revision 3").count()).toBe(1);

    await owner.getByRole("button", { name: "Duplicate" }).click();
    await owner.waitForURL(/duplicated=1/);
    await expectHeading(owner, "Community Manager (copy)");

    // Someone who signed up separately works in another workspace: the card does not exist for them.
    const other = e2e.contexts[1]!.pages()[0]!;
    for (const path of [`/cards/${cardId}`, `/cards/${cardId}/edit`, `/cards/${cardId}/kit`]) {
      expect((await other.goto(`${e2e.app.baseUrl}${path}`))?.status()).toBe(404);
    }
  });
});
