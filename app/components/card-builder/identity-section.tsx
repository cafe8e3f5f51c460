import { CONTRACTS, SENIORITIES } from "#app/cards/card-schema";
import { cards } from "#app/i18n/cards";
import { useMessages } from "#app/i18n/locale";
import { ChoiceField, Field, SelectInput, TextInput, type FieldKit } from "./fields";

/** Titles, base profile, seniority, contract and hours. */
export function IdentitySection({ kit, profiles }: { kit: FieldKit; profiles: { id: string; label: string }[] }) {
  const t = useMessages(cards);
  return (
    <fieldset className="panel">
      <legend>{t.builder.sections.identity}</legend>
      <div className="row">
        <Field kit={kit} path="titleFr" label={t.builder.titleFr}>
          <TextInput kit={kit} path="titleFr" lang="fr" />
        </Field>
        <Field kit={kit} path="titleEn" label={t.builder.titleEn}>
          <TextInput kit={kit} path="titleEn" lang="en" />
        </Field>
      </div>
      <Field kit={kit} path="profileId" label={t.builder.profile} hint={t.builder.profileHint}>
        <SelectInput kit={kit} path="profileId" hint>
          <option value="">{t.builder.chooseProfile}</option>
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </SelectInput>
      </Field>
      <div className="row">
        <ChoiceField kit={kit} path="seniority" label={t.builder.seniority} choices={SENIORITIES} text={(s) => t.seniority[s]} />
        <ChoiceField kit={kit} path="contract" label={t.builder.contract} choices={CONTRACTS} text={(c) => t.contract[c]} />
        <Field kit={kit} path="hours" label={t.builder.hours} hint={t.builder.hoursHint}>
          <TextInput kit={kit} path="hours" numeric hint />
        </Field>
      </div>
    </fieldset>
  );
}
