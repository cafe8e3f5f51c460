import { CURRENCIES, REMOTE, SALARY_PERIODS } from "#app/cards/card-schema";
import { cards } from "#app/i18n/cards";
import { useMessages } from "#app/i18n/locale";
import { ChoiceField, Field, TextInput, type FieldKit } from "./fields";

/** Where the job is, remote work, and the salary range. */
export function ConditionsSection({ kit }: { kit: FieldKit }) {
  const t = useMessages(cards);
  return (
    <fieldset className="panel">
      <legend>{t.builder.sections.conditions}</legend>
      <div className="row">
        <Field kit={kit} path="location" label={t.builder.location}>
          <TextInput kit={kit} path="location" />
        </Field>
        <ChoiceField kit={kit} path="remote" label={t.builder.remote} choices={REMOTE} text={(r) => t.remote[r]} />
      </div>
      <fieldset className="salary" aria-describedby="card-salary-hint">
        <legend>{t.builder.salary}</legend>
        <p className="hint" id="card-salary-hint">
          {t.builder.salaryHint}
        </p>
        <div className="row">
          <Field kit={kit} path="salaryMin" label={t.builder.salaryMin}>
            <TextInput kit={kit} path="salaryMin" numeric />
          </Field>
          <Field kit={kit} path="salaryMax" label={t.builder.salaryMax}>
            <TextInput kit={kit} path="salaryMax" numeric />
          </Field>
          <ChoiceField kit={kit} path="salaryCurrency" label={t.builder.currency} choices={CURRENCIES} text={(c) => c} />
          <ChoiceField kit={kit} path="salaryPeriod" label={t.builder.period} choices={SALARY_PERIODS} text={(p) => t.period[p]} />
        </div>
      </fieldset>
    </fieldset>
  );
}
