import type { ReactNode } from "react";
import type { GuardView } from "#app/cards/scope-guard";
import { cards } from "#app/i18n/cards";
import { useMessages } from "#app/i18n/locale";

export function VerdictBadge({ verdict }: { verdict: GuardView["verdict"] }) {
  const t = useMessages(cards);
  return <span className={`badge verdict-${verdict}`}>{t.verdict[verdict]}</span>;
}

/**
 * The builder's live scope check. Its buttons are submit buttons with an intent, so
 * they work without JavaScript; `onRemove` lets the page act at once when it can.
 */
export function ScopeGuardPanel({
  guard,
  busy = false,
  onRemove,
  accept,
  actions = true,
}: {
  guard: GuardView;
  busy?: boolean;
  /** False where the panel is not inside the builder's form (the card page). */
  actions?: boolean;
  onRemove?: (entryIds: string[]) => void;
  /** The "accept a stretched role" checkbox, rendered by the form that owns the field. */
  accept?: ReactNode;
}) {
  const t = useMessages(cards);
  return (
    <section className="panel scope-guard" aria-labelledby="scope-guard-title" data-verdict={guard.empty ? "empty" : guard.verdict}>
      <h2 id="scope-guard-title">{t.guard.title}</h2>
      <div aria-live="polite" aria-atomic="true">
        {guard.empty ? (
          <p className="muted">{t.guard.noDuties}</p>
        ) : (
          <>
            <p className="scope-verdict">
              {t.guard.verdictIntro} <VerdictBadge verdict={guard.verdict} />
              {busy ? <span className="muted scope-busy"> {t.guard.updating}</span> : null}
            </p>
            <p>{t.guard.explain[guard.verdict]}</p>
            {guard.roles.length > 1 ? <p className="muted">{t.guard.coveredBy(guard.roles.map((r) => r.label).join(", "))}</p> : null}
          </>
        )}
      </div>
      {!guard.empty &&
        guard.drift.map((group) => {
          const ids = group.duties.map((d) => d.id).join(",");
          return (
            <div key={group.roleId} className="drift-group" data-role={group.roleId}>
              {group.duties.length ? (
                <>
                  <p className="drift-message">
                    <strong>{t.guard.drift(group.duties.length, group.share, group.roleLabel)}</strong>
                  </p>
                  <ul>
                    {group.duties.map((d) => (
                      <li key={d.id}>{d.label}</li>
                    ))}
                  </ul>
                </>
              ) : null}
              {group.requirements.length ? (
                <p className="drift-requirements">{t.guard.driftRequirements(group.requirements.map((r) => r.label).join(", "), group.roleLabel)}</p>
              ) : null}
              {actions && group.duties.length ? <p className="muted">{t.guard.options}</p> : null}
              {actions && group.duties.length ? (
              <p className="drift-actions">
                <a className="button" href={group.moveHref} target="_blank" rel="noopener">
                  {t.guard.moveToCard} <span className="visually-hidden">{t.guard.newTab}</span>
                </a>
                {group.canDowngrade ? (
                  <button type="submit" className="secondary" name="intent" value={`downgrade:${ids}`}>
                    {t.guard.downgrade}
                  </button>
                ) : null}
                <button
                  type="submit"
                  className="secondary"
                  name="intent"
                  value={`remove-duties:${ids}`}
                  onClick={(event) => {
                    if (!onRemove) return;
                    event.preventDefault();
                    onRemove(group.duties.map((d) => d.id));
                  }}
                >
                  {t.guard.removeThem}
                </button>
              </p>
              ) : null}
            </div>
          );
        })}
      {!guard.empty && guard.edges.length ? <p className="muted">{t.guard.edges(guard.edges.map((e) => e.label).join(", "))}</p> : null}
      {!guard.empty && guard.verdict !== "focused" ? accept : null}
    </section>
  );
}
