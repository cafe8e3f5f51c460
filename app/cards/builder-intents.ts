import type { Lang, Taxonomy } from "#app/analysis/taxonomy";
import { appendLines, entryIndex, evenShares, label, sharesTotal, type CardFormValues } from "./card";
import { MAX_DUTIES } from "./card-schema";
import { downgradeDuties } from "./scope-guard";

// The builder's buttons other than "save": each turns the submitted values into the next
// values, so the form works without JavaScript (the server re-renders it) and with it.

export type BuilderIntent =
  | { kind: "save" }
  | { kind: "check" }
  | { kind: "search" }
  | { kind: "spread" }
  | { kind: "add"; entryId: string; share: string }
  | { kind: "add-requirement"; entryId: string }
  | { kind: "remove"; index: number }
  | { kind: "remove-ids"; entryIds: string[] }
  | { kind: "downgrade"; entryIds: string[] };

const ids = (s: string) => s.split(",").map((x) => x.trim()).filter(Boolean).slice(0, MAX_DUTIES);

export function parseIntent(raw: string, extra: { newDuty?: string; newShare?: string } = {}): BuilderIntent {
  const [name = "", arg = ""] = raw.split(":", 2);
  switch (name) {
    case "save":
      return { kind: "save" };
    case "search":
      return { kind: "search" };
    case "spread":
      return { kind: "spread" };
    case "add-duty":
      return { kind: "add", entryId: extra.newDuty ?? "", share: extra.newShare ?? "" };
    case "add-requirement":
      return { kind: "add-requirement", entryId: arg };
    case "remove-duty": {
      const index = Number(arg);
      return Number.isInteger(index) && index >= 0 ? { kind: "remove", index } : { kind: "check" };
    }
    case "remove-duties":
      return { kind: "remove-ids", entryIds: ids(arg) };
    case "downgrade":
      return { kind: "downgrade", entryIds: ids(arg) };
    default:
      return { kind: "check" };
  }
}

/** What share a new duty gets by default: what is left to reach 100 %, else 10. */
export function remainingShare(duties: { share: string }[]): number {
  const left = 100 - sharesTotal(duties);
  return left > 0 ? Math.min(100, Math.round(left)) : 10;
}

/** The free-text list a skill or tool goes to when picked: required skills or required tools. */
export function requirementField(kind: "skill" | "tool"): "skillsRequired" | "toolsRequired" {
  return kind === "skill" ? "skillsRequired" : "toolsRequired";
}

export function applyIntent(values: CardFormValues, intent: BuilderIntent, taxonomy: Taxonomy, lang: Lang = "fr"): CardFormValues {
  const next: CardFormValues = { ...values, duties: values.duties.map((d) => ({ ...d })) };
  switch (intent.kind) {
    case "add-requirement": {
      const entry = entryIndex(taxonomy).get(intent.entryId);
      if (!entry || entry.kind === "duty") return next;
      const field = requirementField(entry.kind);
      next[field] = appendLines(next[field], [label(entry.label, lang)]);
      return next;
    }
    case "add": {
      const entries = entryIndex(taxonomy);
      if (!entries.has(intent.entryId) || next.duties.some((d) => d.entryId === intent.entryId)) return next;
      if (next.duties.length >= MAX_DUTIES) return next;
      const share = intent.share.trim() || String(remainingShare(next.duties));
      next.duties.push({ entryId: intent.entryId, share });
      return next;
    }
    case "remove":
      next.duties.splice(intent.index, 1);
      return next;
    case "remove-ids":
      next.duties = next.duties.filter((d) => !intent.entryIds.includes(d.entryId));
      return next;
    case "downgrade":
      next.duties = downgradeDuties(next.duties, intent.entryIds, taxonomy);
      return next;
    case "spread": {
      const shares = evenShares(next.duties.length);
      next.duties = next.duties.map((d, i) => ({ ...d, share: String(shares[i]) }));
      return next;
    }
    default:
      return next;
  }
}
