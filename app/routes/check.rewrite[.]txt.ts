import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { MAX_TEXT_BYTES, utf8Length } from "#app/intake/limits";
import { readForm } from "#app/http/read-form.server";
import { check } from "#app/i18n/check";
import { langFromRequest } from "#app/i18n/locale.server";

// The rewritten offer as a file: the panel posts back the text it shows, so a long offer is
// not held in the page a second time as a data: URL. Nothing is stored.
export async function action({ request }: ActionFunctionArgs) {
  const t = check[await langFromRequest(request)];
  const text = (await readForm(request)).get("text");
  const plain = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };
  if (typeof text !== "string" || !text.trim()) return new Response(t.errors.empty, { status: 400, headers: plain });
  if (utf8Length(text) > MAX_TEXT_BYTES) return new Response(t.errors.text_too_long, { status: 413, headers: plain });
  // A posted textarea ends its lines with CRLF; the file keeps the offer's own line ends.
  return new Response(text.replace(/\r\n?/g, "\n"), { headers: { ...plain, "Content-Disposition": `attachment; filename="${t.rewrite.fileName}"` } });
}

export const loader = () => redirect("/check");
