import type { ReactNode } from "react";
import type { FieldArrayWithId } from "react-hook-form";
import type { CardFormValues } from "#app/cards/card";
import type { GuardView } from "#app/cards/scope-guard";
import { cards } from "#app/i18n/cards";
import { useMessages } from "#app/i18n/locale";
import { VerdictBadge } from "#app/components/scope-guard-panel";
import { DutyTable } from "./duty-table";
import { FieldError, fieldId, type FieldKit } from "./fields";

/** The duties, their total (which must be 100 %), the guard's verdict in a line, then the picker. */
export function DutiesSection({
  kit,
  fields,
  labels,
  total,
  guard,
  onRemove,
  picker,
}: {
  kit: FieldKit;
  fields: FieldArrayWithId<CardFormValues, "duties">[];
  labels: Record<string, { label: string; familyId: string; depth: string }>;
  total: number;
  guard: GuardView;
  onRemove: (index: number) => void;
  picker: ReactNode;
}) {
  const t = useMessages(cards);
  return (
    <fieldset className="panel duties">
      <legend>{t.builder.sections.duties}</legend>
      <p className="hint" id="card-duties-hint">
        {t.builder.dutiesHint}
      </p>
      {fields.length === 0 ? <p className="muted">{t.builder.noDuties}</p> : <DutyTable kit={kit} fields={fields} labels={labels} onRemove={onRemove} />}
      <p
        id={fieldId("dutiesTotal")}
        tabIndex={-1}
        className={`duty-total${total === 100 ? " ok" : ""}`}
        aria-live="polite"
        aria-describedby={kit.errorOf("dutiesTotal") ? `${fieldId("dutiesTotal")}-error` : undefined}
      >
        {t.builder.total(total)}
      </p>
      <FieldError kit={kit} path="dutiesTotal" />
      {guard.empty ? null : (
        <p className="guard-inline">
          {t.guard.verdictIntro} <VerdictBadge verdict={guard.verdict} />{" "}
          <a href="#scope-guard-title">{t.builder.seeGuard(guard.drift.length)}</a>
        </p>
      )}
      {picker}
    </fieldset>
  );
}
