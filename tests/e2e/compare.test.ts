import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { useAppAndBrowser } from "#tests/support/app-and-browser";
import { describeInBrowser } from "#tests/support/browser";
import { EN_FOCUSED_CM, EN_OVERLOADED_CM, FR_FOCUSED_CM, FR_OVERLOADED_CM } from "#tests/unit/compare/offers";

describeInBrowser("the candidate comparison in Chromium", () => {
  const e2e = useAppAndBrowser();

  async function open(locale: string, javaScriptEnabled = true): Promise<Page> {
    const context = await e2e.browser.newContext({ locale, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(e2e.app.baseUrl + "/compare");
    return page;
  }

  it("compares an overloaded CM offer in French: summary, coverage, extras, questions", async () => {
    const page = await open("fr-FR");
    expect(await page.textContent("h1")).toBe("Comparer une offre au métier");
    await page.fill("#compare-text-1", FR_OVERLOADED_CM);
    await page.getByRole("button", { name: "Comparer" }).click();
    const summary = page.getByTestId("summary");
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/Environ \d+\s% de cette offre relève .*du développement web/);
    expect(await summary.textContent()).toContain("Poste surchargé");
    expect(await page.getByTestId("coverage").textContent()).toMatch(/Couverture : \d+\s%/);
    const extras = await page.getByTestId("extras").textContent();
    expect(extras).toContain("Travail de Développeur web");
    expect(extras).toMatch(/PHP/);
    expect(await page.getByTestId("questions").textContent()).toContain("Y a-t-il un développeur ou une agence pour le site ?");
    expect(await page.getByTestId("not-kept").textContent()).toContain("Rien de ce que vous avez collé n'a été conservé");
    expect(await page.getByRole("link", { name: /Voir la définition du métier de Community manager/ }).getAttribute("href")).toBe("/roles/community_manager");
    await page.context().close();
  });

  it("compares an overloaded CM offer in English", async () => {
    const page = await open("en-GB");
    await page.fill("#compare-text-1", EN_OVERLOADED_CM);
    await page.getByRole("button", { name: "Compare" }).click();
    const summary = page.getByTestId("summary");
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/About \d+% of this offer is .*web development.*: work outside the Community Manager role\./);
    expect(await page.getByTestId("coverage").textContent()).toMatch(/Coverage: \d+%/);
    expect(await page.getByTestId("extras").textContent()).toContain("Web Developer work");
    expect(await page.getByTestId("questions").textContent()).toContain("Is there a developer or an agency for the website?");
    expect(await page.getByTestId("title-vs-body").textContent()).toContain("The title says “Community Manager”.");
    await page.context().close();
  });

  it("ranks a focused offer above an overloaded one in the multi-offer table", async () => {
    const page = await open("en-GB");
    await page.selectOption("#compare-profile", "community_manager");
    await page.fill("#compare-text-1", EN_OVERLOADED_CM);
    await page.getByText("Compare several offers (up to 5)").click();
    await page.fill("#compare-text-2", EN_FOCUSED_CM);
    await page.getByRole("button", { name: "Compare" }).click();
    const table = page.getByTestId("ranking");
    await table.waitFor();
    const rows = table.locator("tbody tr");
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).getAttribute("data-slot")).toBe("2");
    expect(await rows.nth(0).textContent()).toContain("Focused job");
    expect(await rows.nth(1).getAttribute("data-slot")).toBe("1");
    expect(await rows.nth(1).textContent()).toContain("Overloaded job");
    expect(await table.textContent()).toContain("How the offers are ranked");
    await page.context().close();
  });

  it("works without JavaScript: several offers, saving, the permalink and deleting", async () => {
    const page = await open("fr-FR", false);
    await page.fill("#compare-text-1", FR_OVERLOADED_CM);
    await page.getByText("Comparer plusieurs offres (jusqu'à 5)").click();
    await page.fill("#compare-text-2", FR_FOCUSED_CM);
    await page.check("#compare-save");
    await page.getByRole("button", { name: "Comparer" }).click();
    await page.waitForURL(/\/compare\/[A-Za-z0-9_-]{24}$/);
    const url = page.url();
    expect(await page.getByTestId("saved").textContent()).toContain("Comparaison enregistrée");
    expect(await page.inputValue("#compare-permalink")).toBe(url);
    const rows = page.getByTestId("ranking").locator("tbody tr");
    expect(await rows.nth(0).textContent()).toContain("Poste cohérent");
    expect(await rows.nth(1).textContent()).toContain("Poste surchargé");

    // The saved comparison reads in either language.
    await page.getByRole("link", { name: "Switch to English" }).click();
    await page.waitForURL(url);
    expect(await page.getByTestId("ranking").textContent()).toContain("Focused job");

    // Deleting asks first, and the second step also works without JavaScript.
    await page.getByRole("button", { name: "Delete this comparison" }).click();
    expect(await page.getByRole("alertdialog").textContent()).toContain("Delete this saved comparison?");
    await page.getByRole("button", { name: "Yes, delete" }).click();
    await page.waitForURL(/\/compare\?deleted=1$/);
    expect(await page.getByRole("status").first().textContent()).toContain("The comparison was deleted.");
    const gone = await page.goto(url);
    expect(gone?.status()).toBe(404);
    await page.context().close();
  });

  it("shows the error next to the form and keeps the choice when nothing was pasted", async () => {
    const page = await open("en-GB", false);
    await page.selectOption("#compare-profile", "web_developer");
    await page.getByRole("button", { name: "Compare" }).click();
    await page.getByTestId("compare-error").waitFor();
    expect(await page.getByTestId("compare-error").textContent()).toContain("Paste at least one offer or choose a file.");
    expect(await page.inputValue("#compare-profile")).toBe("web_developer");
    expect(await page.getAttribute("#compare-text-1", "aria-invalid")).toBe("true");
    await page.context().close();
  });
});
