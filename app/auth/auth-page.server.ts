import { json, redirect, type AppLoadContext } from "@remix-run/node";
import { dbFrom } from "~/db.server";
import { text } from "~/forms/field-errors";
import { auth } from "~/i18n/auth";
import { langFromRequest } from "~/i18n/locale.server";
import { getUser, safeRedirect } from "~/session.server";
import { assertSameOrigin } from "./same-origin.server";

/** The login and signup pages: someone already signed in goes straight on to `next`. */
export async function loadAuthPage(request: Request, context: AppLoadContext, page: "login" | "signup") {
  const next = safeRedirect(new URL(request.url).searchParams.get("next"));
  if (await getUser(request, dbFrom(context))) throw redirect(next);
  return json({ next, title: auth[await langFromRequest(request)][page].pageTitle });
}

/** What the login and signup forms both post, once a cross-site post is refused. */
export async function readAuthForm(request: Request) {
  assertSameOrigin(request);
  const form = await request.formData();
  return { form, next: safeRedirect(text(form, "next")), email: text(form, "email") };
}
