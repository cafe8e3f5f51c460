import type { FieldArrayWithId } from "react-hook-form";
import type { CardFormValues } from "#app/cards/card";
import { cards } from "#app/i18n/cards";
import { useMessages } from "#app/i18n/locale";
import { describe, FieldError, type FieldKit } from "./fields";

/** The card's duties with their share of the week; each can be removed. */
export function DutyTable({
  kit,
  fields,
  labels,
  onRemove,
}: {
  kit: FieldKit;
  fields: FieldArrayWithId<CardFormValues, "duties">[];
  labels: Record<string, { label: string; familyId: string; depth: string }>;
  onRemove: (index: number) => void;
}) {
  const t = useMessages(cards);
  return (
    <table className="duty-table">
      <thead>
        <tr>
          <th scope="col">{t.builder.dutyColumn}</th>
          <th scope="col">{t.builder.shareColumn}</th>
          <th scope="col">
            <span className="visually-hidden">{t.builder.remove}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {fields.map((item, i) => {
          const info = labels[item.entryId];
          const name = info?.label ?? item.entryId;
          return (
            <tr key={item.id} data-entry={item.entryId}>
              <td>
                <input type="hidden" {...kit.register(`duties.${i}.entryId`)} defaultValue={item.entryId} />
                <span className="family-swatch" style={{ background: `var(--fam-${info?.familyId ?? "none"}, #999)` }} aria-hidden="true" />
                {name}
                {info?.depth === "light" ? <span className="muted depth-tag"> · {t.builder.lightTag}</span> : null}
                <FieldError kit={kit} path={`duties.${i}.entryId`} />
              </td>
              <td className="share-cell">
                <input
                  type="text"
                  inputMode="numeric"
                  className="share-input"
                  {...kit.register(`duties.${i}.share`)}
                  defaultValue={item.share}
                  aria-label={t.builder.shareLabel(name)}
                  {...describe(kit, `duties.${i}.share`)}
                />
                <FieldError kit={kit} path={`duties.${i}.share`} />
              </td>
              <td>
                <button
                  type="submit"
                  className="secondary small"
                  name="intent"
                  value={`remove-duty:${i}`}
                  aria-label={t.builder.removeLabel(name)}
                  onClick={(event) => {
                    event.preventDefault();
                    onRemove(i);
                  }}
                >
                  {t.builder.remove}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
