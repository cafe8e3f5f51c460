import { Link } from "@remix-run/react";
import { useLang, useMessages } from "#app/i18n/locale";
import { taxonomyText } from "#app/i18n/taxonomy";
import type { EditFailure } from "#app/taxonomy/edit-actions.server";

/** Every error of a refused admin form, announced at once, with the entry that already owns a term. */
export function ErrorSummary({ failure }: { failure: EditFailure }) {
  const lang = useLang();
  const t = useMessages(taxonomyText);
  const messages = [...new Set(Object.values(failure.errors).flatMap((key) => (key ? [t.errors[key]] : [])))];
  return (
    <div className="notice error" role="alert">
      <p>{t.formErrorsSummary}</p>
      <ul>
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      {failure.claim ? (
        <p>
          {t.admin.claimedBy(failure.claim.entryLabel[lang], failure.claim.familyLabel[lang])}{" "}
          <Link to={`/taxonomy/entries/${failure.claim.entryId}`}>{failure.claim.entryId}</Link>
        </p>
      ) : null}
    </div>
  );
}
