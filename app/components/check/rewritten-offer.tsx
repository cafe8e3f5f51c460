import { Form } from "@remix-run/react";
import type { RewrittenOffer } from "~/check/rewrite-offer";
import { check } from "~/i18n/check";
import { useMessages } from "~/i18n/locale";

/**
 * The offer as one job: the exact phrases that moved, the new text to copy or download,
 * and one button that checks it (a plain form post, so it works without JavaScript).
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
      <label htmlFor="rewrite-text">{t.textLabel}</label>
      <textarea id="rewrite-text" readOnly value={rewrite.text} lang={language} rows={10} />
      <Form method="post" action="/check?index" encType="multipart/form-data" className="rewrite-actions">
        <input type="hidden" name="text" value={rewrite.text} />
        <input type="hidden" name="intent" value="analyze" />
        <button type="submit">{t.recheck}</button>
        <a className="button" download={t.fileName} href={`data:text/plain;charset=utf-8,${encodeURIComponent(rewrite.text)}`}>
          {t.download}
        </a>
      </Form>
    </section>
  );
}
