import { cards } from "#app/i18n/cards";
import { useMessages } from "#app/i18n/locale";
import { Field, TextInput, type FieldKit } from "./fields";

/** The team the role joins and whom it reports to. */
export function TeamSection({ kit }: { kit: FieldKit }) {
  const t = useMessages(cards);
  return (
    <fieldset className="panel">
      <legend>{t.builder.sections.team}</legend>
      <div className="row">
        <Field kit={kit} path="team" label={t.builder.team}>
          <TextInput kit={kit} path="team" />
        </Field>
        <Field kit={kit} path="reportsTo" label={t.builder.reportsTo}>
          <TextInput kit={kit} path="reportsTo" />
        </Field>
      </div>
    </fieldset>
  );
}
