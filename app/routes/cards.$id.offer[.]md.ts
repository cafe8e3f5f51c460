import type { LoaderFunctionArgs } from "@remix-run/node";
import { cardToOffer, offerFileName } from "~/cards/offer";
import { kitLangFrom, memberAndCard } from "~/cards/pages.server";
import { dbFrom } from "~/db.server";
import { langFromRequest } from "~/i18n/locale.server";
import { getCompiledTaxonomy } from "~/analysis-service/analyze-offers.server";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  const { card } = await memberAndCard(request, db, params.id);
  const lang = kitLangFrom(request, await langFromRequest(request));
  const offer = cardToOffer(card.content, (await getCompiledTaxonomy(db)).taxonomy, lang, { postedOn: new Date() });
  return new Response(offer.markdown, {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `attachment; filename="${offerFileName(offer.title, lang)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
