import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { useAppWithAdmin } from "#tests/support/app-with-admin";
import { describeInBrowser } from "#tests/support/browser";
import { OVERLOADED_FR } from "#tests/support/check-offers";
import { FR_FOCUSED_CM, FR_OVERLOADED_CM, FR_STRETCHED_CM } from "#tests/unit/compare/offers";
import { CM_DUTIES, DESIGN_DUTIES } from "#tests/unit/cards/support";

const ADMIN = { email: "phone-admin@example.com", password: "a phone admin passphrase" };
const PHONE = { width: 390, height: 844 };

/** How far the page scrolls sideways, and the widest element that sticks out (to name it). */
function overflow(page: Page) {
  return page.evaluate(() => {
    const scroller = document.scrollingElement!;
    let widest = "";
    let right = window.innerWidth;
    for (const element of document.querySelectorAll("body *")) {
      const box = element.getBoundingClientRect();
      if (box.right > right + 0.5 && box.width > 0) {
        right = box.right;
        widest = `${element.tagName.toLowerCase()}.${[...element.classList].join(".")} (${Math.round(box.right)} px)`;
      }
    }
    return { scrollWidth: scroller.scrollWidth, innerWidth: window.innerWidth, widest };
  });
}

describeInBrowser("every page at 390 × 844 (a phone)", () => {
  const e2e = useAppWithAdmin(ADMIN);

  it("never scrolls sideways, in French and in English, signed in or not", async () => {
    const context = await e2e.newContext({ locale: "fr-FR", viewport: PHONE, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const base = e2e.app.baseUrl;
    const pages: string[] = ["/", "/check", "/compare", "/roles", "/roles/community_manager", "/taxonomy", "/taxonomy?q=SEA", "/taxonomy/graphic_design", "/login", "/signup", "/no/such/page"];

    await page.goto(base + "/check");
    await page.getByLabel("Texte de l'offre").fill(OVERLOADED_FR);
    await page.getByRole("button", { name: "Analyser l'offre" }).click();
    await page.waitForURL(/\/check\/[A-Za-z0-9_-]{16,}$/);
    const result = new URL(page.url()).pathname;
    pages.push(result);

    await page.goto(base + "/compare");
    await page.fill("#compare-text-1", FR_OVERLOADED_CM);
    await page.getByText("Comparer plusieurs offres (jusqu'à 5)").click();
    await page.fill("#compare-text-2", FR_FOCUSED_CM);
    await page.fill("#compare-text-3", FR_STRETCHED_CM);
    await page.check("#compare-save");
    await page.getByRole("button", { name: "Comparer" }).click();
    await page.waitForURL(/\/compare\/[A-Za-z0-9_-]{24}$/);
    // The address changes as the answer arrives, a moment before React draws it.
    await page.getByTestId("ranking").waitFor();
    expect(await page.getByTestId("ranking").locator("tbody tr").count()).toBe(3);
    pages.push(new URL(page.url()).pathname);

    await page.goto(`${base}/login?next=/cards`);
    await page.getByLabel("Adresse e-mail").fill(ADMIN.email);
    await page.getByLabel("Mot de passe").fill(ADMIN.password);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL((url) => url.pathname === "/cards");
    await page.locator(".user-menu button").first().waitFor();
    // Signed in, the header must leave most of the screen to the page.
    const header = await page.locator(".site-header").boundingBox();
    expect(header!.height).toBeLessThanOrEqual(PHONE.height * 0.2);

    await page.goto(`${base}/cards/new?profile=community_manager&duties=${[...CM_DUTIES, ...DESIGN_DUTIES].join(",")}`);
    await page.locator(".scope-guard").waitFor();
    pages.push("/cards/new?profile=community_manager&duties=" + [...CM_DUTIES, ...DESIGN_DUTIES].join(","));
    await page.getByRole("button", { name: "Répartir également" }).click();
    await page.getByRole("button", { name: "Enregistrer la fiche" }).click();
    await page.waitForURL(/\/cards\/\d+\?saved=1$/);
    const card = `/cards/${/\/cards\/(\d+)/.exec(page.url())![1]}`;
    await page.goto(`${base}${card}/edit`);
    await page.getByLabel("Intitulé en anglais").fill("Community manager and graphic designer with a long title");
    await page.getByRole("button", { name: "Enregistrer la fiche" }).click();
    await page.waitForURL(/saved=1/);

    await page.goto(`${base}${card}/candidates`);
    await page.getByLabel("Nom", { exact: true }).fill("Awa Diop");
    await page.getByRole("button", { name: "Ajouter le candidat" }).click();
    await page.waitForURL(/\/candidates\/\d+\?added=1$/);
    const candidate = new URL(page.url()).pathname;
    await page.getByRole("link", { name: "Remplir ma grille" }).click();
    await page.waitForURL(/\/scorecard\?/);
    const fieldsets = page.locator("fieldset.scorecard-competency");
    await fieldsets.first().waitFor();
    for (let i = 0; i < (await fieldsets.count()); i++) await fieldsets.nth(i).locator('input[type=radio][value="3"]').check();
    await page.getByLabel("Oui, sans réserve", { exact: true }).check();
    await page.getByRole("button", { name: "Soumettre la grille (définitif)" }).click();
    await page.waitForURL(/submitted=1/);
    pages.push(candidate, `${candidate}/scorecard`);

    await page.goto(`${base}/taxonomy/entries/photo_video.photo_retouching`);
    await page.getByLabel("Synonyme", { exact: true }).fill("retouche de portraits en studio sur fond blanc");
    await page.getByRole("button", { name: "Ajouter", exact: true }).click();
    await page.waitForURL(/saved=1/);
    pages.push("/taxonomy/entries/photo_video.photo_retouching", "/taxonomy/history");
    await page.goto(`${base}/market`);
    await page.getByRole("button", { name: "Importer les offres d'exemple" }).click();
    await page.waitForURL(/\/market\/runs\/\d+$/);
    const run = new URL(page.url()).pathname;
    pages.push("/market", run, `${run}/offers`, `${run}/offers/1`, "/workspace", "/workspace/audit", "/compliance", "/compliance/history", `${card}/candidates`);
    pages.push("/cards", card, `${card}/edit`, `${card}/history`, `${card}/kit`, `${card}/kit?lang=en`, `${card}/offer`);

    const wide: string[] = [];
    for (const lang of ["fr", "en"]) {
      await page.goto(`${base}/lang/${lang}?next=/`);
      for (const path of pages) {
        await page.goto(base + path);
        const o = await overflow(page);
        if (o.scrollWidth > o.innerWidth) wide.push(`${lang} ${path}: ${o.scrollWidth} px, widest ${o.widest}`);
      }
    }
    expect(wide).toEqual([]);

    // The week's table keeps its hours column in view: no scrolling inside it either.
    for (const lang of ["fr", "en"]) {
      await page.goto(`${base}/lang/${lang}?next=${result}`);
      const table = await page.locator(".week-table").evaluate((t) => ({ scroll: t.scrollWidth, client: t.clientWidth }));
      expect(table.scroll, lang).toBeLessThanOrEqual(table.client);
    }
    // About eighty page loads: seconds alone, minutes on a crowded machine.
  }, 300_000);
});
