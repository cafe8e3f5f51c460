import { existsSync } from "node:fs";
import { describe, it } from "vitest";

/**
 * Tests that read the shared data folder (../shared: the labelled corpus) run when it is
 * there; otherwise they are skipped with one line of reason, except under CI=true, where
 * a skip is a failure (the same convention as the browser and PostgreSQL tests).
 */
export function describeWithSharedData(name: string, path: string, body: () => void) {
  if (existsSync(path)) {
    describe(name, body);
  } else if (process.env.CI === "true") {
    describe(name, () => {
      it("needs the shared data under CI", () => {
        throw new Error(`${path} is missing: tests on the shared data cannot be skipped under CI`);
      });
    });
  } else {
    describe.skip(`${name} — skipped: ${path} not found (the ../shared data folder is absent)`, body);
  }
}
