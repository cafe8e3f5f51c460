import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContextOptions, Page } from "playwright-core";
import { expect, it } from "vitest";
import { useAppAndBrowser } from "#tests/support/app-and-browser";
import { describeInBrowser } from "#tests/support/browser";

const DEMO = readFileSync(join(import.meta.dirname, "../../seeds/market/demo-offers.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line) as { text: string; location?: string; date?: string });

function csvCell(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

/** The demo offers three times over (enough to watch the bar move) and one row without text. */
function offersCsv(): string {
  const rows = ["text,location,date"];
  for (let round = 0; round < 3; round++) for (const o of DEMO) rows.push([csvCell(o.text), o.location ?? "", o.date ?? ""].join(","));
  rows.push(`"",Paris,2026-01-01`);
  return rows.join("\n");
}

describeInBrowser("market view in Chromium", () => {
  const e2e = useAppAndBrowser();

  async function signUp(options: BrowserContextOptions, email: string): Promise<Page> {
    const page = await (await e2e.newContext({ ...options, acceptDownloads: true })).newPage();
    await e2e.signUp(page, email);
    return page;
  }

  it("uploads a CSV, follows the progress, opens a chart, drills down to an analysis and exports", async () => {
    const page = await signUp({ locale: "en-GB" }, "market@example.com");
    await page.goto(`${e2e.app.baseUrl}/market`);
    await page.getByLabel("Offers file").setInputFiles({ name: "offers.csv", mimeType: "text/csv", buffer: Buffer.from(offersCsv()) });
    await page.getByLabel("Import name").fill("Spring offers");
    await page.getByRole("button", { name: "Import and analyse" }).click();
    await page.waitForURL(/\/market\/runs\/\d+$/);
    // A client-side navigation changes the URL a moment before the page renders.
    await page.locator("h1", { hasText: "Spring offers" }).waitFor();
    // The name the file had on the user's machine, and how it was read.
    expect(await page.locator("h1 + .muted").textContent()).toBe("offers.csv · File read as UTF-8.");

    const total = DEMO.length * 3;
    const progress = page.getByTestId("progress-text");
    expect(await progress.textContent()).toMatch(new RegExp(`of ${total} offers analysed`));
    await page.getByText("Analysis finished.").waitFor({ timeout: 60_000 });
    expect(await progress.textContent()).toContain(`${total} of ${total} offers analysed (100 %)`);
    expect(await page.locator("#run-progress-bar").getAttribute("value")).toBe(String(total));

    const refused = page.locator("#refused-title + p");
    expect(await refused.textContent()).toBe("1 rows were not imported; the others were.");
    expect(await page.locator(".refused tbody tr").first().textContent()).toContain("the offer text is empty");

    // The verdict chart: its "Overloaded" bar leads to exactly the offers it counts.
    const verdicts = page.locator("#fig-verdicts");
    await verdicts.getByText("Show as a table").click();
    const overloadedRow = verdicts.locator("tbody tr", { hasText: "Overloaded" });
    const overloaded = Number(await overloadedRow.locator("td").first().textContent());
    expect(overloaded).toBeGreaterThan(0);
    await verdicts.locator('svg a[aria-label^="Overloaded"]').click();
    await page.waitForURL(/\/offers\?verdict=overloaded$/);
    await page.getByTestId("drill-count").waitFor();
    expect(await page.getByTestId("drill-count").textContent()).toBe(`${overloaded} offers`);

    await page.locator(".offer-list tbody tr a").first().click();
    await page.locator("#verdict-title").waitFor();
    expect(await page.locator("#verdict-title").textContent()).toBe("Overloaded");
    expect(await page.locator("#explanation-title + p").textContent()).toMatch(/jobs?/);

    await page.goBack();
    await page.goBack();
    await page.locator("#fig-verdicts").waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV", exact: true }).click()]);
    const csv = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
    const lines = csv.trim().split("\n");
    expect(lines[0]).toBe("line,id,title,company,location,date,url,language,title_profile,verdict,role_count,roles,families,core_families");
    expect(lines.filter((l) => /,overloaded,/.test(l))).toHaveLength(overloaded);
  });

  it("pools two imports in the figures across runs, counts an offer imported twice once, and drills down across runs", async () => {
    const page = await signUp({ locale: "en-GB" }, "overview@example.com");
    const upload = async (name: string, rows: typeof DEMO, location: string) => {
      const csv = ["text,location,date", ...rows.map((o) => [csvCell(o.text), location, o.date ?? ""].join(","))].join("\n");
      await page.goto(`${e2e.app.baseUrl}/market`);
      await page.getByLabel("Offers file").setInputFiles({ name: `${name}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv) });
      await page.getByLabel("Import name").fill(name);
      await page.getByRole("button", { name: "Import and analyse" }).click();
      await page.locator("h1", { hasText: name }).waitFor();
      await page.getByText("Analysis finished.").waitFor({ timeout: 60_000 });
    };
    // January holds the first 30 demo offers, February the last 20: 10 offers are in both.
    await upload("January", DEMO.slice(0, 30), "Lyon");
    await upload("February", DEMO.slice(20), "Paris");

    await page.goto(`${e2e.app.baseUrl}/market`);
    await page.getByRole("link", { name: "See the figures of all imports" }).click();
    await page.locator("h1", { hasText: "Figures of all imports" }).waitFor();
    expect(await page.getByText(/^Figures from \d+ analysed offers/).textContent()).toContain(`Figures from ${DEMO.length} analysed offers, from 2 finished imports.`);
    expect(await page.getByTestId("overview-duplicates").textContent()).toContain("10 older copies are not counted");

    const places = page.locator("#fig-locations");
    await places.getByText("Show as a table").click();
    expect(await places.locator("tbody tr", { hasText: "Lyon" }).locator("td").first().textContent()).toBe("20");
    expect(await places.locator("tbody tr", { hasText: "Paris" }).locator("td").first().textContent()).toBe("20");

    const verdicts = page.locator("#fig-verdicts");
    await verdicts.getByText("Show as a table").click();
    const overloaded = Number(await verdicts.locator("tbody tr", { hasText: "Overloaded" }).locator("td").first().textContent());
    await verdicts.locator('svg a[aria-label^="Overloaded"]').click();
    await page.waitForURL(/\/market\/overview\/offers\?verdict=overloaded$/);
    await page.getByTestId("drill-count").waitFor();
    expect(await page.getByTestId("drill-count").textContent()).toBe(`${overloaded} offers`);
    const imports = new Set(await page.locator(".offer-list tbody tr td:first-child").allTextContents());
    expect([...imports].every((name) => name === "January" || name === "February")).toBe(true);
    await page.locator(".offer-list tbody tr td:nth-child(3) a").first().click();
    await page.locator("#verdict-title").waitFor();
    expect(await page.locator("#verdict-title").textContent()).toBe("Overloaded");
  });

  it("imports the demo offers without JavaScript and shows the figures as tables", async () => {
    const page = await signUp({ locale: "fr-FR", javaScriptEnabled: false }, "marche@example.com");
    await page.goto(`${e2e.app.baseUrl}/market`);
    await page.getByRole("button", { name: "Importer les offres d'exemple" }).click();
    await page.waitForURL(/\/market\/runs\/\d+$/);
    // No script: the page refreshes itself (meta refresh) until the run is done.
    await page.getByText("Analyse terminée.").waitFor({ timeout: 60_000 });
    const byTitle = page.locator("#fig-titles");
    await byTitle.getByText("Voir sous forme de tableau").click();
    const cm = byTitle.locator("tbody tr", { hasText: "Community manager" });
    expect(Number(await cm.locator("td").first().textContent())).toBeGreaterThanOrEqual(8);
    await cm.locator("th a").click();
    await page.waitForURL(/title=community_manager/);
    expect(await page.getByTestId("drill-count").textContent()).toMatch(/^\d+ offres$/);
  });
});
