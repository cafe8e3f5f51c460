import { sql } from "kysely";
import { compileRules, type CompiledRules } from "#app/compliance/compile";
import { RuleSchema, WordListSchema, type Rule, type RuleSet, type WordList } from "#app/compliance/rule-schema";
import { COMPLIANCE_CHANNEL, notifyChanged, type DB } from "#app/db.server";
import { cachedUntilChanged, oncePerValue, seededVersion } from "./cached-until-changed.server";
import { JsonRecord, jsonValue, parseJson, readJson } from "./json.server";

export interface StoredRule {
  rule: Rule;
  edited: boolean;
}

/** Every rule and list as stored; rows that no longer fit the schema are left out rather than crash a check. */
export async function readRules(db: DB): Promise<{ rules: StoredRule[]; lists: (WordList & { edited: boolean })[] }> {
  const rows = await db.selectFrom("compliance_rules").selectAll().orderBy("kind", "desc").orderBy("position").execute();
  const rules: StoredRule[] = [];
  const lists: (WordList & { edited: boolean })[] = [];
  for (const row of rows) {
    const edited = row.edited_at !== null;
    if (row.kind === "rule") {
      const rule = parseJson(RuleSchema, row.definition);
      if (rule.success) rules.push({ rule: rule.data, edited });
    } else {
      const list = parseJson(WordListSchema, row.definition);
      if (list.success) lists.push({ ...list.data, edited });
    }
  }
  return { rules, lists };
}

/** The seed the rules came from and the last edit. */
export const currentRulesVersion = (db: DB): Promise<string> => seededVersion(db, "compliance", "compliance_revisions");

export async function readRuleSet(db: DB, version: string): Promise<RuleSet> {
  const { rules, lists } = await readRules(db);
  return { version, rules: rules.map((r) => r.rule), lists: lists.map(({ edited: _edited, ...l }) => l) };
}

const ruleSetCache = cachedUntilChanged(COMPLIANCE_CHANNEL, currentRulesVersion, readRuleSet);

/** The rules as stored, read once per change and per database: a request asks the database nothing. */
export const getRuleSet = (db: DB): Promise<RuleSet> => ruleSetCache.get(db);

const compiledRules = oncePerValue(compileRules);

/** The rules compiled once per version and per database. */
export const getCompiledRules = async (db: DB): Promise<CompiledRules> => compiledRules(await getRuleSet(db));

/** Replaces a rule's or a list's definition and logs the change; the next check uses it. */
export async function saveRuleDefinition(db: DB, userId: number, id: string, definition: Rule | WordList): Promise<boolean> {
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom("compliance_rules").select(["definition"]).where("id", "=", id).forUpdate().executeTakeFirst();
      if (!row) return false;
      await trx
        .updateTable("compliance_rules")
        .set({ definition: JSON.stringify(definition), edited_at: sql`now()`, updated_at: sql`now()` })
        .where("id", "=", id)
        .execute();
      await trx
        .insertInto("compliance_revisions")
        .values({ user_id: userId, target_id: id, before: JSON.stringify(jsonValue(row.definition)), after: JSON.stringify(definition) })
        .execute();
      await notifyChanged(trx, COMPLIANCE_CHANNEL);
      return true;
    });
  } finally {
    // This process drops its copy at once; the others on the notification.
    ruleSetCache.forget(db);
  }
}

export interface ComplianceRevision {
  id: number;
  createdAt: string;
  userEmail: string | null;
  targetId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The edit log, newest first. */
export async function listComplianceRevisions(db: DB, limit = 50): Promise<ComplianceRevision[]> {
  const rows = await db
    .selectFrom("compliance_revisions as r")
    .leftJoin("users as u", "u.id", "r.user_id")
    .select(["r.id", "r.created_at", "r.target_id", "r.before", "r.after", "u.email"])
    .orderBy("r.id", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    createdAt: new Date(r.created_at).toISOString(),
    userEmail: r.email,
    targetId: r.target_id,
    before: readJson(JsonRecord, r.before),
    after: readJson(JsonRecord, r.after),
  }));
}

/** One stored rule or word list, for the editor. */
export async function findRuleOrList(db: DB, id: string): Promise<{ kind: "rule"; rule: Rule; edited: boolean } | { kind: "list"; list: WordList; edited: boolean } | null> {
  const row = await db.selectFrom("compliance_rules").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return null;
  const edited = row.edited_at !== null;
  if (row.kind === "rule") {
    const rule = parseJson(RuleSchema, row.definition);
    return rule.success ? { kind: "rule", rule: rule.data, edited } : null;
  }
  const list = parseJson(WordListSchema, row.definition);
  return list.success ? { kind: "list", list: list.data, edited } : null;
}
