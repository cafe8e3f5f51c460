import type { LoaderFunctionArgs } from "@remix-run/node";
import { kitForCard, kitLangFrom, memberAndCard } from "~/cards/pages.server";
import { renderKitPdf } from "~/cards/kit-pdf.server";
import { offerFileName } from "~/cards/offer";
import { dbFrom } from "~/db.server";
import { langFromRequest } from "~/i18n/locale.server";
import { getCompiledTaxonomy } from "~/analysis-service/analyze-offers.server";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  const { card } = await memberAndCard(request, db, params.id);
  const kitLang = kitLangFrom(request, await langFromRequest(request));
  const kit = await kitForCard(db, await getCompiledTaxonomy(db), card, kitLang);
  const pdf = await renderKitPdf(kit);
  const name = offerFileName(`kit-${kit.title}`, kitLang).replace(/\.md$/, ".pdf");
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Content-Length": String(pdf.length),
      "Cache-Control": "private, no-store",
    },
  });
}
