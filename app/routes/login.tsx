import { json, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { assertSameOrigin } from "~/auth/same-origin.server";
import { LoginSchema, type AuthErrorKey } from "~/auth/schemas";
import { FormField, useFocusFirstError } from "~/components/form-field";
import { dbFrom } from "~/db.server";
import { fieldErrors, text } from "~/forms/field-errors";
import { auth } from "~/i18n/auth";
import { useMessages } from "~/i18n/locale";
import { langFromRequest } from "~/i18n/locale.server";
import { verifyLogin } from "~/models/user.server";
import styles from "~/styles/auth.css";
import { createUserSession, getUser, safeRedirect } from "~/session.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "RoleScope" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const next = safeRedirect(new URL(request.url).searchParams.get("next"));
  if (await getUser(request, dbFrom(context))) throw redirect(next);
  return json({ next, title: auth[await langFromRequest(request)].login.pageTitle });
}

export async function action({ request, context }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const db = dbFrom(context);
  const form = await request.formData();
  const next = safeRedirect(text(form, "next"));
  const email = text(form, "email");
  const parsed = LoginSchema.safeParse({ email, password: text(form, "password") });
  if (!parsed.success) {
    return json({ email, errors: fieldErrors<AuthErrorKey>(parsed.error), failed: false }, { status: 400 });
  }
  const user = await verifyLogin(db, parsed.data.email, parsed.data.password);
  if (!user) return json({ email, errors: {}, failed: true }, { status: 400 });
  return createUserSession({ request, db, userId: user.id, redirectTo: next });
}

export default function Login() {
  const { next } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useMessages(auth);
  const busy = useNavigation().state === "submitting";
  const errors: Partial<Record<string, AuthErrorKey>> = result?.errors ?? {};
  const formRef = useFocusFirstError(result);
  return (
    <section className="auth-page panel">
      <h1>{t.login.title}</h1>
      <p className="muted">{t.login.intro}</p>
      {result?.failed ? (
        <p className="notice error" role="alert">
          {t.login.failed}
        </p>
      ) : null}
      <Form method="post" ref={formRef} noValidate>
        <input type="hidden" name="next" value={next} />
        <FormField
          name="email"
          type="email"
          label={t.email}
          autoComplete="email"
          required
          defaultValue={result?.email ?? ""}
          error={errors.email && t.errors[errors.email]}
        />
        <FormField
          name="password"
          type="password"
          label={t.password}
          autoComplete="current-password"
          required
          error={errors.password && t.errors[errors.password]}
        />
        <button type="submit" disabled={busy}>
          {t.login.submit}
        </button>
      </Form>
      <p>
        {t.login.noAccount} <Link to={`/signup?next=${encodeURIComponent(next)}`}>{t.login.signupLink}</Link>
      </p>
    </section>
  );
}
