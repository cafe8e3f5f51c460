import type { Lang, Taxonomy } from "#app/analysis/taxonomy";
import { offerText } from "#app/i18n/cards";
import { compliance as complianceText } from "#app/i18n/compliance";
import { entryIndex, label, type RoleCardContent } from "./card";
import { formatNumber } from "#app/i18n/format";

export interface Offer {
  lang: Lang;
  title: string;
  /** The offer as Markdown: the download, and the source of the printable page. */
  markdown: string;
}

function amount(n: number, lang: Lang): string {
  // Plain spaces rather than the narrow no-break space Intl uses for French: the text is
  // pasted into job boards and PDF fonts that do not all know U+202F.
  return formatNumber(n, lang).replace(/[\u202f\u00a0]/g, lang === "fr" ? " " : ",");
}

function bullets(items: string[]): string[] {
  return items.map((i) => `- ${i}`);
}

export interface OfferOptions {
  /** The publication date written into the offer (an offer must be dated, art. L5332-1). */
  postedOn?: Date;
}

/**
 * A role card written out as a job offer, in the language asked for. Only what the card
 * says goes in: the duties are the taxonomy's own labels, so the offer reads back to the
 * same scope when it goes through the overload check. It passes the compliance check by
 * construction: dated, open to all genders in words, the card's pay range, nothing else
 * about the person.
 */
export function cardToOffer(card: RoleCardContent, taxonomy: Taxonomy, lang: Lang, options: OfferOptions = {}): Offer {
  const t = offerText[lang];
  const entries = entryIndex(taxonomy);
  const profile = taxonomy.profiles.find((p) => p.id === card.profileId);
  const title = (lang === "fr" ? card.titleFr : card.titleEn) || card.titleFr || card.titleEn;
  const out: string[] = [`# ${title}`, ""];

  const facts = [t.contract[card.contract], t.hours(card.hours), card.location, t.remote[card.remote]].filter(Boolean);
  out.push(`**${facts.join(" · ")}**`, "");
  const notice = complianceText[lang].offerExport;
  if (options.postedOn) out.push(notice.postedOn(options.postedOn), "");

  // The profile's own summary stays out: it names neighbouring crafts to mark the role's
  // boundaries, and an offer has to read as what the card asks for, nothing more.
  if (profile) out.push(`## ${t.mission}`, "", t.intro(label(profile.label, lang), t.seniorityName[card.seniority]), "");

  const duties = [...card.duties].sort((a, b) => b.share - a.share);
  out.push(`## ${t.duties}`, "");
  out.push(
    ...bullets(
      duties.map((d) => {
        const entry = entries.get(d.entryId);
        return `${entry ? label(entry.label, lang) : d.entryId} (${t.share(d.share)})`;
      }),
    ),
    "",
  );

  out.push(`## ${t.profile}`, "", t.seniority[card.seniority], "");
  const must = [
    card.skillsRequired.length ? t.line(t.skills, card.skillsRequired.join(", ")) : null,
    card.toolsRequired.length ? t.line(t.tools, card.toolsRequired.join(", ")) : null,
    card.languages.length ? t.line(t.languages, card.languages.join(", ")) : null,
  ].filter((x): x is string => x !== null);
  if (must.length) out.push(`### ${t.mustHave}`, "", ...bullets(must), "");
  const nice = [...card.skillsNice, ...card.toolsNice];
  if (nice.length) out.push(`### ${t.niceToHave}`, "", ...bullets(nice), "");

  if (card.team || card.reportsTo) {
    out.push(`## ${t.team}`, "");
    if (card.team) out.push(t.teamLine(card.team));
    if (card.reportsTo) out.push(t.reportsTo(card.reportsTo));
    out.push("");
  }

  out.push(`## ${t.conditions}`, "");
  const conditions = [`${t.contract[card.contract]}, ${t.hours(card.hours)}`];
  if (card.location) conditions.push(t.location(card.location));
  conditions.push(t.remote[card.remote]);
  if (card.salaryMin !== undefined && card.salaryMax !== undefined) {
    conditions.push(t.salary(amount(card.salaryMin, lang), amount(card.salaryMax, lang), card.salaryCurrency, card.salaryPeriod));
  }
  out.push(...bullets(conditions), "", notice.openToAll, "", `_${t.closing}_`, "");
  return { lang, title, markdown: out.join("\n") };
}

/** A file name safe everywhere: ASCII letters, digits and dashes. */
export function offerFileName(title: string, lang: Lang): string {
  const slug = title
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return `${slug || "offer"}-${lang}.md`;
}

export type OfferBlock =
  | { kind: "h1" | "h2" | "h3" | "p" | "strong" | "em"; text: string }
  | { kind: "ul"; items: string[] };

/** Reads back the Markdown `cardToOffer` writes (and only that much Markdown) as blocks to render. */
export function offerBlocks(markdown: string): OfferBlock[] {
  const blocks: OfferBlock[] = [];
  for (const line of markdown.split("\n")) {
    const last = blocks[blocks.length - 1];
    if (!line.trim()) continue;
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) {
      blocks.push({ kind: (["h1", "h2", "h3"] as const)[heading[1]!.length - 1]!, text: heading[2]! });
    } else if (line.startsWith("- ")) {
      if (last?.kind === "ul") last.items.push(line.slice(2));
      else blocks.push({ kind: "ul", items: [line.slice(2)] });
    } else if (/^\*\*.*\*\*$/.test(line)) {
      blocks.push({ kind: "strong", text: line.slice(2, -2) });
    } else if (/^_.*_$/.test(line)) {
      blocks.push({ kind: "em", text: line.slice(1, -1) });
    } else {
      blocks.push({ kind: "p", text: line });
    }
  }
  return blocks;
}
