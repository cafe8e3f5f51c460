import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { expect, it } from "vitest";
import { getCompiledRules, listComplianceRevisions, readRules } from "#app/models/compliance-rules.server";
import { action as apiAction } from "#app/routes/api.analyze";
import { action as editAction, loader as editLoader } from "#app/routes/compliance.rules.$ruleId";
import { loader as historyLoader } from "#app/routes/compliance.history";
import { loadSeedRules } from "#seeds/compliance-files";
import { seedComplianceRules } from "#seeds/seed-compliance";
import { formPost, settle, signedIn } from "#tests/support/auth";
import { describeEachBackend } from "#tests/support/test-db";

const RULE = "fr.L5321-2.appearance";
const url = (path: string) => `http://localhost${path}`;
const OFFER = "Community Manager H/F\n\nPublié le 3 mars 2026.\nBonne présentation et tenue correcte exigée.\nSalaire : 32 000 € brut par an.";

async function analyzeApi(db: Parameters<typeof getCompiledRules>[0], text: string) {
  const request = new Request(url("/api/analyze"), { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text }) });
  const response = (await apiAction({ request, context: { db }, params: {} } as ActionFunctionArgs)) as Response;
  expect(response.status).toBe(200);
  return (await response.json()) as { compliance: { rulesVersion: string; findings: { rule: string; passage?: string; start?: number; end?: number }[] } };
}

function editFields(overrides: Record<string, string> = {}) {
  const rule = loadSeedRules().rules.find((r) => r.id === RULE)!;
  return {
    severity: rule.severity,
    status: rule.law.status,
    since: rule.law.since,
    reasonFr: rule.reason.fr,
    reasonEn: rule.reason.en,
    fixFr: rule.fix.fr,
    fixEn: rule.fix.en,
    termsFr: [...rule.terms.fr, "tenue correcte exigée"].join("\n"),
    termsEn: rule.terms.en.join("\n"),
    exceptFr: "",
    exceptEn: "",
    ...overrides,
  };
}

describeEachBackend("compliance rules as data", (db) => {
  it("seeds every rule and list, and /api/analyze returns the check with offsets into the text", async () => {
    const stored = await readRules(db());
    expect(stored.rules.map((r) => r.rule.id).sort()).toEqual(loadSeedRules().rules.map((r) => r.id).sort());
    const body = await analyzeApi(db(), OFFER);
    const appearance = body.compliance.findings.find((f) => f.rule === RULE)!;
    expect(appearance.passage).toBe("Bonne présentation");
    expect(OFFER.slice(appearance.start, appearance.end)).toBe("Bonne présentation");
    expect(body.compliance.findings.map((f) => f.rule)).not.toContain("fr.L5332-1.dated");
  });

  it("refuses edits from anyone but an admin", async () => {
    const { cookie } = await signedIn(db());
    for (const c of [undefined, cookie]) {
      const response = await settle(() => editAction({ request: formPost(url(`/compliance/rules/${RULE}`), editFields(), c), context: { db: db() }, params: { ruleId: RULE } }));
      expect(response.status).toBe(403);
    }
    expect(await listComplianceRevisions(db())).toEqual([]);
  });

  it("keeps what an admin typed and writes nothing when a word cannot be read", async () => {
    const { cookie } = await signedIn(db(), { isAdmin: true });
    const fields = editFields({ termsFr: "moins de {agee} ans", reasonFr: " " });
    const response = await settle(() => editAction({ request: formPost(url(`/compliance/rules/${RULE}`), fields, cookie), context: { db: db() }, params: { ruleId: RULE } }));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors).toMatchObject({ termsFr: "badTerm", reasonFr: "required" });
    expect(body.values.termsFr).toBe("moins de {agee} ans");
    expect(await listComplianceRevisions(db())).toEqual([]);
  });

  it("lets an admin add a word: logged with before and after, used by the next check, kept over a new seed", async () => {
    const { user, cookie } = await signedIn(db(), { isAdmin: true });
    const before = await analyzeApi(db(), OFFER);
    expect(before.compliance.findings.some((f) => f.passage === "tenue correcte exigée")).toBe(false);

    const response = await settle(() => editAction({ request: formPost(url(`/compliance/rules/${RULE}`), editFields(), cookie), context: { db: db() }, params: { ruleId: RULE } }));
    expect(response.status).toBe(302);

    const after = await analyzeApi(db(), OFFER);
    expect(after.compliance.rulesVersion).not.toBe(before.compliance.rulesVersion);
    expect(after.compliance.findings.some((f) => f.rule === RULE && f.passage === "tenue correcte exigée")).toBe(true);

    const [revision] = await listComplianceRevisions(db());
    expect(revision).toMatchObject({ targetId: RULE, userEmail: user.email });
    expect((revision!.after as { terms: { fr: string[] } }).terms.fr).toContain("tenue correcte exigée");
    expect((revision!.before as { terms: { fr: string[] } }).terms.fr).not.toContain("tenue correcte exigée");

    const history = (await historyLoader({ request: new Request(url("/compliance/history"), { headers: { Cookie: cookie } }), context: { db: db() }, params: {} } as LoaderFunctionArgs)) as Response;
    expect(JSON.stringify(await history.json())).toContain(RULE);

    // A newer seed does not overwrite the administrator's edit.
    const seed = loadSeedRules();
    expect(await seedComplianceRules(db(), { ...seed, version: `${seed.version}-next` })).toBe("seeded");
    const stored = (await readRules(db())).rules.find((r) => r.rule.id === RULE)!;
    expect(stored.edited).toBe(true);
    expect(stored.rule.terms.fr).toContain("tenue correcte exigée");

    const page = (await editLoader({ request: new Request(url(`/compliance/rules/${RULE}`), { headers: { Cookie: cookie } }), context: { db: db() }, params: { ruleId: RULE } } as LoaderFunctionArgs)) as Response;
    expect((await page.json()).values.termsFr).toContain("tenue correcte exigée");
  });
});
