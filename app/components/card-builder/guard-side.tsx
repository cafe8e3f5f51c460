import type { UseFormRegister } from "react-hook-form";
import type { CardFormValues } from "#app/cards/card";
import type { GuardView } from "#app/cards/scope-guard";
import { cards } from "#app/i18n/cards";
import { useMessages } from "#app/i18n/locale";
import { ScopeGuardPanel } from "#app/components/scope-guard-panel";
import { fieldId } from "./fields";

/** The scope guard beside the form, with the box to keep a wider scope on purpose; without JavaScript, a button re-checks. */
export function GuardSide({
  guard,
  busy,
  register,
  scopeAccepted,
  onRemove,
}: {
  guard: GuardView;
  busy: boolean;
  register: UseFormRegister<CardFormValues>;
  scopeAccepted: boolean;
  onRemove: (entryIds: string[]) => void;
}) {
  const t = useMessages(cards);
  return (
    <aside className="builder-side">
      <ScopeGuardPanel
        guard={guard}
        busy={busy}
        onRemove={onRemove}
        accept={
          <div className="field checkbox">
            <input type="checkbox" id={fieldId("scopeAccepted")} {...register("scopeAccepted")} defaultChecked={scopeAccepted} aria-describedby="card-scopeAccepted-hint" />
            <label htmlFor={fieldId("scopeAccepted")}>{t.guard.accept}</label>
            <p className="hint" id="card-scopeAccepted-hint">
              {t.guard.acceptHint}
            </p>
          </div>
        }
      />
      <noscript>
        <p>
          <button type="submit" className="secondary" name="intent" value="check">
            {t.builder.check}
          </button>
        </p>
      </noscript>
    </aside>
  );
}
