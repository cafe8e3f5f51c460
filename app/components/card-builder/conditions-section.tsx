import { CURRENCIES, REMOTE, SALARY_PERIODS } from "~/cards/card-schema";
import { cards } from "~/i18n/cards";
import { useMessages } from "~/i18n/locale";
import { Field, SelectInput, TextInput, type FieldKit } from "./fields";

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
        <Field kit={kit} path="remote" label={t.builder.remote}>
          <SelectInput kit={kit} path="remote">
            {REMOTE.map((r) => (
              <option key={r} value={r}>
                {t.remote[r]}
              </option>
            ))}
          </SelectInput>
        </Field>
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
          <Field kit={kit} path="salaryCurrency" label={t.builder.currency}>
            <SelectInput kit={kit} path="salaryCurrency">
              {CURRENCIES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </SelectInput>
          </Field>
          <Field kit={kit} path="salaryPeriod" label={t.builder.period}>
            <SelectInput kit={kit} path="salaryPeriod">
              {SALARY_PERIODS.map((p) => (
                <option key={p} value={p}>
                  {t.period[p]}
                </option>
              ))}
            </SelectInput>
          </Field>
        </div>
      </fieldset>
    </fieldset>
  );
}
