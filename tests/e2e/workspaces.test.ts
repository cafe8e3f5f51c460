import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { useAppAndBrowser } from "#tests/support/app-and-browser";
import { describeInBrowser } from "#tests/support/browser";

describeInBrowser("workspaces in Chromium: invite, independent scoring, privacy", () => {
  const e2e = useAppAndBrowser();

  async function newPage(javaScriptEnabled = true): Promise<Page> {
    const context = await e2e.newContext({ locale: "en-GB", javaScriptEnabled });
    const page = await context.newPage();
    page.on("pageerror", (error) => {
      throw error;
    });
    return page;
  }

  /** Opens the candidate's scorecard, rates every competency, then saves a draft or submits. */
  async function score(page: Page, candidateUrl: string, rating: string, recommendation: string, submit: boolean) {
    await page.goto(candidateUrl);
    await page.locator("a.button.primary", { hasText: /Fill in my scorecard|Continue my draft/ }).click();
    await page.waitForURL(/\/scorecard/);
    const fieldsets = page.locator("fieldset.scorecard-competency");
    await fieldsets.first().waitFor();
    for (let i = 0; i < (await fieldsets.count()); i++) await fieldsets.nth(i).locator(`input[type=radio][value="${rating}"]`).check();
    await page.getByLabel(recommendation, { exact: true }).check();
    await page.getByRole("button", { name: submit ? "Submit the scorecard (final)" : "Save as draft" }).click();
    await page.waitForURL(submit ? /submitted=1/ : /draft=1/);
  }

  it("owner invites an interviewer; both score the same candidate without seeing each other's ratings until they submit; another workspace gets 404", async () => {
    const owner = await newPage();
    await e2e.signUp(owner, "lea.owner@example.com");
    await owner.goto(`${e2e.app.baseUrl}/cards/new?profile=community_manager`);
    await owner.getByRole("button", { name: "Save the card" }).click();
    await owner.waitForURL(/\/cards\/\d+\?saved=1$/);
    const cardId = Number(/\/cards\/(\d+)/.exec(owner.url())![1]);

    // An invite link for an interviewer, shown once.
    await owner.goto(`${e2e.app.baseUrl}/workspace`);
    await owner.getByLabel("Role of the person invited").selectOption("interviewer");
    await owner.getByRole("button", { name: "Create an invite link" }).click();
    const link = await owner.locator("#invite-link").inputValue();
    expect(link).toMatch(/\/invites\/[A-Za-z0-9_-]{32}$/);

    // The interviewer signs up from the link and joins.
    const interviewer = await newPage();
    await interviewer.goto(link);
    expect(await interviewer.locator(".invite-page p").first().textContent()).toContain("as: Interviewer");
    await interviewer.getByRole("link", { name: "Create an account" }).click();
    await interviewer.waitForURL(/\/signup/);
    await e2e.signUp(interviewer, "marc.interviewer@example.com", new URL(interviewer.url()).pathname + new URL(interviewer.url()).search);
    await interviewer.waitForURL(/\/invites\//);
    await interviewer.getByRole("button", { name: "Join the workspace" }).click();
    await interviewer.waitForURL(/\/cards$/);
    // Not assigned yet: the card is not theirs to see.
    expect((await interviewer.goto(`${e2e.app.baseUrl}/cards/${cardId}`))?.status()).toBe(404);

    // The owner adds the candidate and assigns the interviewer to the card.
    await owner.goto(`${e2e.app.baseUrl}/cards/${cardId}/candidates`);
    await owner.getByLabel("Name").fill("Awa Diop");
    await owner.getByRole("button", { name: "Add the candidate" }).click();
    await owner.waitForURL(/\/candidates\/\d+\?added=1$/);
    const candidateUrl = owner.url().replace(/\?.*$/, "");
    await owner.goto(`${e2e.app.baseUrl}/cards/${cardId}/candidates`);
    await owner.getByLabel("Workspace member").selectOption({ label: "marc.interviewer@example.com" });
    await owner.getByRole("button", { name: "Assign", exact: true }).click();
    await owner.locator("#card-team ~ ul li", { hasText: "marc.interviewer@example.com" }).waitFor();

    // Both start scoring: drafts only.
    await score(interviewer, candidateUrl, "4", "Strong yes", false);
    await score(owner, candidateUrl, "1", "No", false);
    for (const page of [owner, interviewer]) {
      await page.goto(candidateUrl);
      expect(await page.locator("table.comparison").count()).toBe(0);
      expect(await page.locator("#panel-scorecards ~ .notice").textContent()).toContain("0 scorecards submitted");
    }

    // The interviewer submits: they see the panel, which holds no rating of the owner's draft.
    await score(interviewer, candidateUrl, "4", "Strong yes", true);
    const table = interviewer.locator("table.comparison");
    await table.waitFor();
    expect(await table.locator("thead th").allTextContents()).toEqual(["Competency", "marc.interviewer@example.com", "Average", "Spread"]);
    expect(new Set(await table.locator("td.rating-cell").allTextContents())).toEqual(new Set(["4"]));
    // The owner, still on a draft, sees that one scorecard is in, not what it says.
    await owner.goto(candidateUrl);
    expect(await owner.locator("table.comparison").count()).toBe(0);
    expect(await owner.locator("#panel-scorecards ~ .notice").textContent()).toContain("1 scorecard submitted");
    expect(await owner.content()).not.toContain("Strong yes</td>");

    await score(owner, candidateUrl, "1", "No", true);
    await owner.locator("table.comparison").waitFor();
    expect(await owner.locator("table.comparison thead th").allTextContents()).toEqual(["Competency", "marc.interviewer@example.com", "lea.owner@example.com", "Average", "Spread"]);
    expect(await owner.locator("tr.recommendation-row").getAttribute("class")).toContain("disagreement");

    const dir = join(process.cwd(), "tests", ".tmp");
    mkdirSync(dir, { recursive: true });
    for (const width of [390, 1280]) {
      await owner.setViewportSize({ width, height: 900 });
      await owner.screenshot({ path: join(dir, `candidate-${width}.png`), fullPage: true });
      await owner.goto(`${e2e.app.baseUrl}/workspace`);
      await owner.screenshot({ path: join(dir, `workspace-${width}.png`), fullPage: true });
      await owner.goto(candidateUrl);
    }

    // Someone from another workspace: the card, its kit and the candidate do not exist for them.
    const stranger = await newPage();
    await e2e.signUp(stranger, "someone.else@example.com");
    for (const path of [`/cards/${cardId}`, `/cards/${cardId}/kit`, new URL(candidateUrl).pathname]) {
      expect((await stranger.goto(`${e2e.app.baseUrl}${path}`))?.status(), path).toBe(404);
    }
    // A download, not a page: opened in a tab, its plain-text 404 would have Chromium ask for /favicon.ico.
    expect((await stranger.request.get(`${e2e.app.baseUrl}/cards/${cardId}/kit.pdf`)).status()).toBe(404);
    // Four people and some thirty page loads: seconds alone, more than the default on a crowded machine.
  }, 120_000);

  it("erases a candidate after a confirmation step that works without JavaScript", async () => {
    const owner = await newPage(false);
    await e2e.signUp(owner, "nojs.owner@example.com");
    await owner.goto(`${e2e.app.baseUrl}/cards/new?profile=community_manager`);
    await owner.getByRole("button", { name: "Save the card" }).click();
    await owner.waitForURL(/\/cards\/\d+\?saved=1$/);
    const cardId = Number(/\/cards\/(\d+)/.exec(owner.url())![1]);
    await owner.goto(`${e2e.app.baseUrl}/cards/${cardId}/candidates`);
    await owner.getByLabel("Name").fill("Omar Ba");
    await owner.getByRole("button", { name: "Add the candidate" }).click();
    await owner.waitForURL(/added=1/);
    await owner.getByRole("button", { name: "Erase the candidate and their scorecards" }).click();
    await owner.waitForLoadState();
    const question = owner.locator("#confirm-question");
    expect(await question.textContent()).toBe("Erase Omar Ba and 0 scorecards for good? Nothing can be recovered.");
    await owner.getByRole("button", { name: "Yes, erase for good" }).click();
    await owner.waitForURL(/\/candidates\?erased=1$/);
    expect(await owner.locator("table.candidate-list").count()).toBe(0);
    await owner.goto(`${e2e.app.baseUrl}/workspace/audit`);
    expect(await owner.locator("table.audit-log tbody tr").first().locator("td").nth(2).textContent()).toBe("candidate erased");
  });
});
