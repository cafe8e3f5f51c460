import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { describe, it } from "vitest";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Background networking makes Chromium dial out; this machine has no network for it.
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/**
 * Browser tests run when Debian's Chromium is installed; otherwise they are skipped with
 * one line of reason, except under CI=true, where a skip is a failure.
 */
export function describeInBrowser(name: string, body: () => void) {
  if (existsSync(CHROMIUM)) {
    describe(name, body);
  } else if (process.env.CI === "true") {
    describe(name, () => {
      it("needs Chromium under CI", () => {
        throw new Error(`${CHROMIUM} is missing: browser tests cannot be skipped under CI`);
      });
    });
  } else {
    describe.skip(`${name} — skipped: ${CHROMIUM} not found (apt-get install chromium)`, body);
  }
}
