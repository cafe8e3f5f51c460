import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "rs-compliance-cli-"));
writeFileSync(join(dir, "a.txt"), "Vendeuse H/F\n\nVous êtes jeune et dynamique.\n");
writeFileSync(join(dir, "b.txt"), "Graphiste H/F\n\nPublié le 3 mars 2026.\nSalaire : 30 000 € brut par an.\n");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (script: string, args: string[]) => execFileSync(process.execPath, ["--import", "tsx", script, ...args], { cwd: ROOT, encoding: "utf8" });

describe("command line", () => {
  it("analyze --json includes the compliance check", () => {
    const out = JSON.parse(run("app/cli/analyze.ts", ["--json", join(dir, "a.txt")]));
    const rules = out.compliance.findings.map((f: { rule: string }) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(["fr.L1142-1.feminine-title", "fr.L5321-2.age", "eu.2023-970.pay-range", "fr.L5332-1.dated"]));
  });

  it("eval:compliance prints the share of offers with each finding", () => {
    const out = run("app/cli/eval-compliance.ts", [dir]);
    expect(out).toMatch(/^2 offers/);
    expect(out).toMatch(/50\.0 %\s+1\s+fr\.L5321-2\.age/);
    expect(out).toMatch(/50\.0 %\s+1\s+eu\.2023-970\.pay-range/);
    expect(out).toMatch(/0\.0 %\s+0\s+fr\.L5321-2\.appearance/);
  });
});
