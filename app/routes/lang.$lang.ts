import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { safeRedirect } from "#app/http/safe-redirect";
import { isLang } from "#app/i18n/locale";
import { langCookie } from "#app/i18n/locale.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  if (!isLang(params.lang)) throw new Response("Not found", { status: 404 });
  const next = safeRedirect(new URL(request.url).searchParams.get("next"));
  return redirect(next, { headers: { "Set-Cookie": await langCookie.serialize(params.lang) } });
}
