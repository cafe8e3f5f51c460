import { cards } from "#app/i18n/cards";
import { useMessages } from "#app/i18n/locale";
import { ListField, type FieldKit } from "./fields";

/** Required and nice-to-have skills and tools, and languages: free-text lists. */
export function RequirementsSection({ kit }: { kit: FieldKit }) {
  const t = useMessages(cards);
  return (
    <fieldset className="panel">
      <legend>{t.builder.sections.requirements}</legend>
      <div className="row">
        <ListField kit={kit} path="skillsRequired" label={t.builder.skillsRequired} rows={4} />
        <ListField kit={kit} path="skillsNice" label={t.builder.skillsNice} rows={4} />
      </div>
      <div className="row">
        <ListField kit={kit} path="toolsRequired" label={t.builder.toolsRequired} rows={4} />
        <ListField kit={kit} path="toolsNice" label={t.builder.toolsNice} rows={4} />
      </div>
      <ListField kit={kit} path="languages" label={t.builder.languages} rows={2} />
    </fieldset>
  );
}
