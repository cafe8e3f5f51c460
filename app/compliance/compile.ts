// A rule set compiled once per version: each rule's words as regular expressions, the
// named lists the detectors read, and the gendered title forms as masculine/feminine pairs.

import type { Lang } from "#app/analysis/taxonomy";
import { termSource, termsRegex } from "./patterns";
import { LIST_IDS, type Rule, type RuleSet, type WordList } from "./rule-schema";

export interface CompiledRule {
  rule: Rule;
  /** Per offer language for title rules; the same for both otherwise (offers mix languages). */
  find: RegExp | null;
  except: RegExp | null;
  list: RegExp | null;
}

export interface TitlePair {
  m: RegExp;
  f: RegExp;
}

export interface CompiledRules {
  version: string;
  rules: CompiledRule[];
  titlePairs: Record<Lang, TitlePair[]>;
  markers: RegExp | null;
  inclusiveSuffix: RegExp | null;
  equalityStatements: RegExp | null;
}

function both(terms: { fr: string[]; en: string[] }): string[] {
  return [...terms.fr, ...terms.en];
}

function pairsOf(list: WordList | undefined, lang: Lang): TitlePair[] {
  const pairs: TitlePair[] = [];
  for (const line of list?.terms[lang] ?? []) {
    const [m, f] = line.split("|").map((s) => s.trim());
    const mRe = m ? termsRegex([m]) : null;
    const fRe = f ? termsRegex([f]) : null;
    if (mRe && fRe) pairs.push({ m: mRe, f: fRe });
  }
  return pairs;
}

export function compileRules(set: RuleSet): CompiledRules {
  const lists = new Map(set.lists.map((l) => [l.id, l]));
  const listRegex = (id: string | undefined) => {
    const list = id ? lists.get(id) : undefined;
    return list ? termsRegex(both(list.terms)) : null;
  };
  const suffixes = (lists.get(LIST_IDS.inclusiveSuffixes)?.terms.fr ?? []).map(termSource).filter((s): s is string => s !== null);
  return {
    version: set.version,
    rules: set.rules
      .filter((rule) => !rule.retired)
      .map((rule) => ({ rule, find: termsRegex(both(rule.terms)), except: termsRegex(both(rule.except)), list: listRegex(rule.list) })),
    titlePairs: { fr: pairsOf(lists.get(LIST_IDS.genderedTitles), "fr"), en: pairsOf(lists.get(LIST_IDS.genderedTitles), "en") },
    markers: listRegex(LIST_IDS.genderMarkers),
    // Right after a masculine form, across the space that "·", "(" or "." fold to.
    inclusiveSuffix: suffixes.length ? new RegExp(`^ ?(?:${[...suffixes].sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}\\p{N}])`, "u") : null,
    equalityStatements: listRegex(LIST_IDS.equalityStatements),
  };
}
