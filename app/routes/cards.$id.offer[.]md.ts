import type { LoaderFunctionArgs } from "@remix-run/node";
import { cardToOffer, offerFileName } from "#app/cards/offer";
import { loadCardContext } from "#app/cards/pages.server";

export async function loader(args: LoaderFunctionArgs) {
  const { card, docLang: lang, compiled } = await loadCardContext(args);
  const offer = cardToOffer(card.content, compiled.taxonomy, lang, { postedOn: new Date() });
  return new Response(offer.markdown, {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `attachment; filename="${offerFileName(offer.title, lang)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
