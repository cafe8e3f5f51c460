import { existsSync } from "node:fs";
import { describe, it } from "vitest";
import { CHROMIUM } from "./chromium";

export { CHROMIUM, launchBrowser } from "./chromium";

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
