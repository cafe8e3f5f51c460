import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { cardToJobPosting } from "#app/cards/job-posting";
import { loadCardContext } from "#app/cards/pages.server";

// What the export form sends; anything else falls back rather than failing the download.
const Query = z.object({
  org: z.string().trim().max(160).optional().catch(undefined),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/)
    .transform((c) => c.toUpperCase())
    .catch("FR"),
});

/** GET /cards/:id/job-posting.json?lang=&org=&country= — the card as a schema.org JobPosting. */
export async function loader(args: LoaderFunctionArgs) {
  const { card, docLang: lang, compiled } = await loadCardContext(args);
  const url = new URL(args.request.url);
  const query = Query.parse({ org: url.searchParams.get("org") ?? undefined, country: url.searchParams.get("country") ?? "FR" });
  const posting = cardToJobPosting(card.content, compiled.taxonomy, lang, {
    postedOn: new Date(),
    organization: query.org || undefined,
    country: query.country,
  });
  return new Response(JSON.stringify(posting, null, 2), {
    headers: { "Content-Type": "application/ld+json; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}
