import { json, redirect, type AppLoadContext } from "@remix-run/node";
import { dbFrom } from "#app/db.server";
import { text } from "#app/forms/form-values";
import { auth } from "#app/i18n/auth";
import { langFromRequest } from "#app/i18n/locale.server";
import type { RateLimited } from "#app/http/rate-limit.server";
import { safeRedirect } from "#app/http/safe-redirect";
import { getUser } from "#app/session.server";
import { assertSameOrigin } from "./same-origin.server";
import { readForm } from "#app/http/read-form.server";

/** The login and signup pages: someone already signed in goes straight on to `next`. */
export async function loadAuthPage(request: Request, context: AppLoadContext, page: "login" | "signup") {
  const next = safeRedirect(new URL(request.url).searchParams.get("next"));
  if (await getUser(request, dbFrom(context))) throw redirect(next);
  return json({ next, title: auth[await langFromRequest(request)][page].pageTitle });
}

/** What the login and signup forms both post, once a cross-site post is refused. */
export async function readAuthForm(request: Request) {
  assertSameOrigin(request);
  const form = await readForm(request);
  return { form, next: safeRedirect(text(form, "next")), email: text(form, "email") };
}

/** A login or signup refused for now: 429, Retry-After, and the wait in minutes for the form's message. */
export function tooManyAttempts(email: string, limited: RateLimited) {
  return json(
    { email, errors: {}, failed: false, taken: false, waitMinutes: Math.ceil(limited.retryAfterSeconds / 60) },
    { status: 429, headers: { "Retry-After": String(limited.retryAfterSeconds) } },
  );
}
