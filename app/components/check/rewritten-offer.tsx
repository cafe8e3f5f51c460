import { Form } from "@remix-run/react";
import type { RewrittenOffer } from "#app/check/rewrite-offer";
import { check } from "#app/i18n/check";
import { useMessages } from "#app/i18n/locale";

/**
 * The offer as one job: the exact phrases that moved, the new text to copy or download,
 * and one button that checks it (plain form posts, so both work without JavaScript).
 */
export function RewrittenOfferPanel({ rewrite, language }: { rewrite: RewrittenOffer; language: string }) {
  const messages = useMessages(check);
  const t = messages.rewrite;
  return (
    <section className="panel rewrite" aria-labelledby="rewrite-heading" data-testid="rewrite">
      <h2 id="rewrite-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      <p className="list-label">{t.phrases}</p>
      <ul className="moved-phrases" data-testid="moved-phrases">
        {rewrite.moved.map((phrase, i) => (
          <li key={i}>{messages.result.quote(phrase)}</li>
        ))}
      </ul>
      {/* The text is in the page once: the read-only field is what both buttons post. */}
      <Form method="post" action="/check?index" encType="multipart/form-data" reloadDocument>
        <label htmlFor="rewrite-text">{t.textLabel}</label>
        <textarea id="rewrite-text" name="text" readOnly defaultValue={rewrite.text} lang={language} rows={10} />
        <div className="rewrite-actions">
          <button type="submit" name="intent" value="analyze">
            {t.recheck}
          </button>
          <button type="submit" formAction="/check/rewrite.txt" className="secondary">
            {t.download}
          </button>
        </div>
      </Form>
    </section>
  );
}
