import { compliance } from "#app/i18n/compliance";
import { useMessages } from "#app/i18n/locale";

/** A plain GET form: the JSON-LD download works without JavaScript. */
export function JobPostingForm({ cardId, lang }: { cardId: number | string; lang: string }) {
  const t = useMessages(compliance).jobPosting;
  return (
    <form method="get" action={`/cards/${cardId}/job-posting.json`} className="job-posting-form no-print">
      <input type="hidden" name="lang" value={lang} />
      <label>
        {t.organization} <input name="org" maxLength={160} autoComplete="organization" />
      </label>
      <label>
        {t.country} <input name="country" defaultValue="FR" maxLength={2} size={3} pattern="[A-Za-z]{2}" />
      </label>
      <button type="submit" className="secondary">
        {t.link}
      </button>
    </form>
  );
}
