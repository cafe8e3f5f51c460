// A role card as a schema.org JobPosting (JSON-LD), for job boards and search engines.
// The description is the exported offer itself, as the small HTML schema.org expects.

import type { Lang, Taxonomy } from "#app/analysis/taxonomy";
import type { RoleCardContent } from "./card";
import { cardToOffer, offerBlocks } from "./offer";

export interface JobPostingOptions {
  postedOn: Date;
  /** How long the posting stays open; 60 days when not given. */
  validDays?: number;
  organization?: string;
  /** ISO 3166-1 alpha-2 code of the job's country. */
  country: string;
}

const DAY_MS = 86_400_000;
const FULL_TIME_HOURS = 35;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The Google-documented values: https://developers.google.com/search/docs/appearance/structured-data/job-posting */
function employmentType(card: RoleCardContent): string[] {
  const time = card.hours >= FULL_TIME_HOURS ? "FULL_TIME" : "PART_TIME";
  switch (card.contract) {
    case "permanent":
      return [time];
    case "fixed_term":
      return ["TEMPORARY", time];
    case "freelance":
      return ["CONTRACTOR"];
    case "internship":
      return ["INTERN"];
    default:
      return ["OTHER", time];
  }
}

export function cardToJobPosting(card: RoleCardContent, taxonomy: Taxonomy, lang: Lang, options: JobPostingOptions): Record<string, unknown> {
  const offer = cardToOffer(card, taxonomy, lang, { postedOn: options.postedOn });
  const description = offerBlocks(offer.markdown)
    .filter((b) => b.kind !== "h1")
    .map((b) => (b.kind === "ul" ? `<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>` : `<${b.kind === "strong" || b.kind === "em" ? "p" : b.kind}>${escapeHtml(b.text)}</${b.kind === "strong" || b.kind === "em" ? "p" : b.kind}>`))
    .join("");
  const address: Record<string, string> = { "@type": "PostalAddress", addressCountry: options.country };
  if (card.location) address.addressLocality = card.location;
  const posting: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: offer.title,
    description,
    datePosted: isoDate(options.postedOn),
    validThrough: isoDate(new Date(options.postedOn.getTime() + (options.validDays ?? 60) * DAY_MS)),
    employmentType: employmentType(card),
    jobLocation: { "@type": "Place", address },
    inLanguage: lang,
  };
  if (options.organization) posting.hiringOrganization = { "@type": "Organization", name: options.organization };
  if (card.remote === "remote") {
    posting.jobLocationType = "TELECOMMUTE";
    posting.applicantLocationRequirements = { "@type": "Country", name: options.country };
  }
  if (card.salaryMin !== undefined && card.salaryMax !== undefined) {
    posting.baseSalary = {
      "@type": "MonetaryAmount",
      currency: card.salaryCurrency,
      value: { "@type": "QuantitativeValue", minValue: card.salaryMin, maxValue: card.salaryMax, unitText: card.salaryPeriod === "year" ? "YEAR" : "MONTH" },
    };
  }
  return posting;
}
