import { expect, it } from "vitest";
import { useAppAndBrowser } from "#tests/support/app-and-browser";
import { describeInBrowser } from "#tests/support/browser";

describeInBrowser("layout, language and errors in Chromium", () => {
  const e2e = useAppAndBrowser();

  it("renders the home page in French for a French browser and in English for an English one", async () => {
    const fr = await e2e.browser.newContext({ locale: "fr-FR" });
    const page = await fr.newPage();
    await page.goto(e2e.app.baseUrl + "/");
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    expect(await page.textContent("h1")).toBe("Un poste, un métier.");
    await fr.close();

    const en = await e2e.browser.newContext({ locale: "en-GB" });
    const pageEn = await en.newPage();
    await pageEn.goto(e2e.app.baseUrl + "/");
    expect(await pageEn.getAttribute("html", "lang")).toBe("en");
    expect(await pageEn.textContent("h1")).toBe("One job, one role.");
    await en.close();
  });

  it("switches language with the visible switch, keeps the page, and remembers the choice", async () => {
    const context = await e2e.browser.newContext({ locale: "fr-FR", javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(e2e.app.baseUrl + "/?from=test");
    await page.getByRole("link", { name: "Switch to English" }).click();
    await page.waitForURL(/from=test/);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.goto(e2e.app.baseUrl + "/");
    expect(await page.textContent("h1")).toBe("One job, one role.");
    await page.getByRole("link", { name: "Passer en français" }).click();
    await page.waitForLoadState();
    expect(await page.textContent("h1")).toBe("Un poste, un métier.");
    await context.close();
  });

  it("shows a localized 404 page with the site navigation", async () => {
    const context = await e2e.browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    const response = await page.goto(e2e.app.baseUrl + "/no/such/page");
    expect(response?.status()).toBe(404);
    expect(await page.textContent("h1")).toBe("Page not found");
    expect(await page.title()).toBe("Page not found — RoleScope");
    expect(await page.getByRole("navigation", { name: "Main navigation" }).isVisible()).toBe(true);
    await context.close();
  });

  it("lets a keyboard user skip to the content", async () => {
    const page = await e2e.browser.newPage();
    await page.goto(e2e.app.baseUrl + "/");
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("href"));
    expect(focused).toBe("#main");
    await page.close();
  });
});
