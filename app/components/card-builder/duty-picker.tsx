import { useMemo, useRef, useState } from "react";
import type { UseFormGetValues, UseFormSetValue } from "react-hook-form";
import { requirementField } from "#app/cards/builder-intents";
import { appendLines, evenShares, sharesTotal, type CardFormValues } from "#app/cards/card";
import { catalogOfKind, searchCatalog, type CatalogGroup } from "#app/cards/catalog";
import { cards } from "#app/i18n/cards";
import { useMessages } from "#app/i18n/locale";

/**
 * Search the taxonomy, add a duty with its share, spread the week evenly; a search also
 * offers matching skills and tools for the requirement lists. Each button is a form intent
 * the server handles without JavaScript; with it, the form changes in place.
 */
export function DutyPicker({
  catalog,
  labels,
  initialQuery,
  picked,
  dutyCount,
  clientChecked,
  onAdd,
  getValues,
  setValue,
}: {
  catalog: CatalogGroup[];
  labels: Record<string, { familyId: string }>;
  initialQuery: string;
  picked: Set<string>;
  dutyCount: number;
  clientChecked: boolean;
  onAdd: (duty: { entryId: string; share: string }) => void;
  getValues: UseFormGetValues<CardFormValues>;
  setValue: UseFormSetValue<CardFormValues>;
}) {
  const t = useMessages(cards);
  const [query, setQuery] = useState(initialQuery);
  const found = useMemo(() => searchCatalog(catalog, query), [catalog, query]);
  const visibleCatalog = useMemo(() => catalogOfKind(found, ["duty"]), [found]);
  // Skills and tools are listed only for a search: unfiltered, they would bury the duties.
  const requirementHits = useMemo(
    () => (query.trim() ? catalogOfKind(found, ["skill", "tool"]).flatMap((g) => g.entries.map((e) => ({ ...e, family: g.label }))).slice(0, 8) : []),
    [found, query],
  );
  const newDutyRef = useRef<HTMLSelectElement>(null);
  const newShareRef = useRef<HTMLInputElement>(null);

  return (
    <div className="duty-picker">
      <div className="field">
        <label htmlFor="card-q">{t.builder.search}</label>
        <p className="hint" id="card-q-hint">
          {t.builder.searchHint}
        </p>
        <div className="inline">
          <input
            type="search"
            id="card-q"
            name="q"
            aria-describedby="card-q-hint"
            defaultValue={initialQuery}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") e.preventDefault();
            }}
          />
          <button type="submit" className="secondary" name="intent" value="search">
            {t.builder.searchButton}
          </button>
        </div>
      </div>
      <div className="row">
        <div className="field grow">
          <label htmlFor="card-newDuty">{t.builder.pick}</label>
          {visibleCatalog.length ? (
            <select id="card-newDuty" name="newDuty" ref={newDutyRef}>
              {visibleCatalog.map((group) => (
                <optgroup key={group.familyId} label={group.label}>
                  {group.entries
                    .filter((e) => !picked.has(e.id))
                    .map((e) => (
                      <option key={e.id} value={e.id}>
                        {e.label}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          ) : (
            <p className="muted" id="card-newDuty">
              {t.builder.pickNone}
            </p>
          )}
        </div>
        <div className="field narrow">
          <label htmlFor="card-newShare">{t.builder.addShare}</label>
          <input type="text" inputMode="numeric" id="card-newShare" name="newShare" ref={newShareRef} />
        </div>
      </div>
      {requirementHits.length ? (
        <div className="requirement-hits">
          <p className="list-heading">{t.builder.requirementHits}</p>
          <ul>
            {requirementHits.map((hit) => {
              const kind = hit.kind === "skill" ? "skill" : "tool";
              return (
                <li key={hit.id} data-entry={hit.id}>
                  <span>
                    <span className="family-swatch" style={{ background: `var(--fam-${labels[hit.id]?.familyId ?? "none"}, #999)` }} aria-hidden="true" />
                    {hit.label} <span className="muted small">· {hit.family}</span>
                  </span>
                  <button
                    type="submit"
                    className="secondary small"
                    name="intent"
                    value={`add-requirement:${hit.id}`}
                    aria-label={t.builder.addRequirementLabel(kind, hit.label)}
                    onClick={(event) => {
                      event.preventDefault();
                      const field = requirementField(kind);
                      setValue(field, appendLines(getValues(field), [hit.label]), { shouldDirty: true });
                    }}
                  >
                    {t.builder.addRequirement[kind]}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <p className="inline">
        <button
          type="submit"
          name="intent"
          value="add-duty"
          className="secondary"
          disabled={!visibleCatalog.length}
          onClick={(event) => {
            const entryId = newDutyRef.current?.value;
            if (!entryId) return;
            event.preventDefault();
            if (picked.has(entryId)) return;
            const typed = newShareRef.current?.value.trim() ?? "";
            const left = 100 - sharesTotal(getValues("duties"));
            onAdd({ entryId, share: typed || String(left > 0 ? left : 10) });
            if (newShareRef.current) newShareRef.current.value = "";
          }}
        >
          {t.builder.add}
        </button>
        <button
          type="submit"
          name="intent"
          value="spread"
          className="secondary"
          disabled={dutyCount === 0}
          onClick={(event) => {
            event.preventDefault();
            const shares = evenShares(dutyCount);
            getValues("duties").forEach((_, i) => setValue(`duties.${i}.share`, String(shares[i]), { shouldValidate: clientChecked }));
          }}
        >
          {t.builder.spread}
        </button>
      </p>
    </div>
  );
}
