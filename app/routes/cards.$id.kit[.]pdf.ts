import type { LoaderFunctionArgs } from "@remix-run/node";
import { cardKit, loadCardContext } from "#app/cards/pages.server";
import { renderKitPdf } from "#app/cards/kit-pdf.server";
import { offerFileName } from "#app/cards/offer";

export async function loader(args: LoaderFunctionArgs) {
  const ctx = await loadCardContext(args);
  const kit = await cardKit(ctx);
  const pdf = await renderKitPdf(kit);
  const name = offerFileName(`kit-${kit.title}`, ctx.docLang).replace(/\.md$/, ".pdf");
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Content-Length": String(pdf.length),
      "Cache-Control": "private, no-store",
    },
  });
}
