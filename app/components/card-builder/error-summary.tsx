import type { CardFormValues } from "#app/cards/card";
import type { CardErrorKey } from "#app/cards/card-schema";
import { cards } from "#app/i18n/cards";
import { useMessages } from "#app/i18n/locale";
import { fieldId } from "./fields";

/** Every error of the card at once, each linking to its field. */
export function BuilderErrorSummary({
  errors,
  duties,
  labels,
}: {
  errors: Record<string, CardErrorKey>;
  duties: CardFormValues["duties"] | undefined;
  labels: Record<string, { label: string }>;
}) {
  const t = useMessages(cards);
  const errorPaths = Object.keys(errors);
  if (!errorPaths.length) return null;
  const fieldLabels: Record<string, string> = {
    titleFr: t.builder.titleFr,
    titleEn: t.builder.titleEn,
    profileId: t.builder.profile,
    seniority: t.builder.seniority,
    contract: t.builder.contract,
    hours: t.builder.hours,
    dutiesTotal: t.builder.sections.duties,
    skillsRequired: t.builder.skillsRequired,
    skillsNice: t.builder.skillsNice,
    toolsRequired: t.builder.toolsRequired,
    toolsNice: t.builder.toolsNice,
    languages: t.builder.languages,
    team: t.builder.team,
    reportsTo: t.builder.reportsTo,
    salaryMin: t.builder.salaryMin,
    salaryMax: t.builder.salaryMax,
    salaryCurrency: t.builder.currency,
    salaryPeriod: t.builder.period,
    location: t.builder.location,
    remote: t.builder.remote,
  };
  const summaryLabel = (path: string) => {
    const m = /^duties\.(\d+)\./.exec(path);
    if (m) {
      const duty = duties?.[Number(m[1])];
      return labels[duty?.entryId ?? ""]?.label ?? t.builder.dutyColumn;
    }
    return fieldLabels[path] ?? path;
  };
  return (
    <div className="notice error" role="alert" id="card-errors">
      <p>{t.builder.errorSummary}</p>
      <ul>
        {errorPaths.map((path) => (
          <li key={path}>
            <a href={`#${fieldId(path)}`}>
              {summaryLabel(path)} — {t.errors[errors[path]!] ?? errors[path]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
