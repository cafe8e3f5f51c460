import { json, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { assertSameOrigin } from "~/auth/same-origin.server";
import { SignupSchema, type AuthErrorKey } from "~/auth/schemas";
import { FormField, useFocusFirstError } from "~/components/form-field";
import { dbFrom } from "~/db.server";
import { fieldErrors, text } from "~/forms/field-errors";
import { auth } from "~/i18n/auth";
import { useMessages } from "~/i18n/locale";
import { langFromRequest } from "~/i18n/locale.server";
import { createUser, DuplicateEmailError } from "~/models/user.server";
import styles from "~/styles/auth.css";
import { createUserSession, getUser, safeRedirect } from "~/session.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "RoleScope" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const next = safeRedirect(new URL(request.url).searchParams.get("next"));
  if (await getUser(request, dbFrom(context))) throw redirect(next);
  return json({ next, title: auth[await langFromRequest(request)].signup.pageTitle });
}

export async function action({ request, context }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const db = dbFrom(context);
  const form = await request.formData();
  const next = safeRedirect(text(form, "next"));
  const email = text(form, "email");
  const parsed = SignupSchema.safeParse({ email, password: text(form, "password"), confirm: text(form, "confirm") });
  if (!parsed.success) {
    return json({ email, errors: fieldErrors<AuthErrorKey>(parsed.error), taken: false }, { status: 400 });
  }
  try {
    // Self-service accounts are never admins: admins are made with `npm run user:create -- --admin`.
    const user = await createUser(db, { email: parsed.data.email, password: parsed.data.password, isAdmin: false });
    return createUserSession({ request, db, userId: user.id, redirectTo: next });
  } catch (error) {
    if (error instanceof DuplicateEmailError) return json({ email, errors: {}, taken: true }, { status: 400 });
    throw error;
  }
}

export default function Signup() {
  const { next } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useMessages(auth);
  const busy = useNavigation().state === "submitting";
  const errors: Partial<Record<string, AuthErrorKey>> = result?.errors ?? {};
  const formRef = useFocusFirstError(result);
  return (
    <section className="auth-page panel">
      <h1>{t.signup.title}</h1>
      <p className="muted">{t.signup.intro}</p>
      {result?.taken ? (
        <p className="notice error" role="alert">
          {t.signup.taken} <Link to={`/login?next=${encodeURIComponent(next)}`}>{t.signup.loginLink}</Link>
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
          hint={t.passwordHint}
          autoComplete="new-password"
          required
          minLength={10}
          error={errors.password && t.errors[errors.password]}
        />
        <FormField
          name="confirm"
          type="password"
          label={t.confirm}
          autoComplete="new-password"
          required
          error={errors.confirm && t.errors[errors.confirm]}
        />
        <button type="submit" disabled={busy}>
          {t.signup.submit}
        </button>
      </Form>
      <p>
        {t.signup.haveAccount} <Link to={`/login?next=${encodeURIComponent(next)}`}>{t.signup.loginLink}</Link>
      </p>
    </section>
  );
}
