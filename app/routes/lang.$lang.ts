import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { isLang } from "~/i18n/locale";
import { langCookie } from "~/i18n/locale.server";

/** Only same-site paths: an open redirect would let a link send users anywhere. */
function safeNext(next: string | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  if (!isLang(params.lang)) throw new Response("Not found", { status: 404 });
  const next = safeNext(new URL(request.url).searchParams.get("next"));
  return redirect(next, { headers: { "Set-Cookie": await langCookie.serialize(params.lang) } });
}
