import { Link } from "@remix-run/react";
import { useEffect, useState } from "react";
import { check } from "#app/i18n/check";
import { useMessages } from "#app/i18n/locale";

/** The permalink as a selectable field; the copy button appears only once JavaScript runs. */
export function ShareBox({ url, savedOn, versions }: { url: string; savedOn: string; versions: string }) {
  const t = useMessages(check).share;
  const [hydrated, setHydrated] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setHydrated(true), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // Clipboard refused (permissions, insecure origin): the field stays selectable by hand.
      setCopied(false);
    }
  }

  return (
    <section className="panel share-box" aria-labelledby="share-heading">
      <h2 id="share-heading">{t.heading}</h2>
      <label htmlFor="share-url" className="visually-hidden">
        {t.heading}
      </label>
      <div className="share-row">
        <input id="share-url" type="text" readOnly value={url} data-testid="share-url" onFocus={(e) => e.currentTarget.select()} />
        {hydrated ? (
          <button type="button" onClick={copy}>
            {t.copy}
          </button>
        ) : null}
      </div>
      <p className="muted" role="status">
        {copied ? t.copied : t.hint}
      </p>
      <p className="muted">
        {savedOn} {versions}
      </p>
      <p>
        <Link to="/check">{t.again}</Link>
      </p>
    </section>
  );
}
