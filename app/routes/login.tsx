import { json, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { loadAuthPage, readAuthForm, tooManyAttempts } from "#app/auth/auth-page.server";
import { LoginSchema, type AuthErrorKey } from "#app/auth/auth-schema";
import { AuthForm } from "#app/components/auth-form";
import { dbFrom } from "#app/db.server";
import { fieldErrors } from "#app/forms/field-errors";
import { text } from "#app/forms/form-values";
import { loginWait, recordLoginFailure, recordLoginSuccess } from "#app/http/rate-limit.server";
import { clientIpFrom } from "#app/http/request-context.server";
import { auth } from "#app/i18n/auth";
import { useMessages } from "#app/i18n/locale";
import { verifyLogin } from "#app/models/user.server";
import styles from "#app/styles/auth.css";
import { createUserSession } from "#app/session.server";
import { retryAfterHeaders } from "#app/http/retry-after";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const headers = retryAfterHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "RoleScope" }];

export function loader({ request, context }: LoaderFunctionArgs) {
  return loadAuthPage(request, context, "login");
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, next, email } = await readAuthForm(request);
  const db = dbFrom(context);
  const parsed = LoginSchema.safeParse({ email, password: text(form, "password") });
  if (!parsed.success) {
    return json({ email, errors: fieldErrors<AuthErrorKey>(parsed.error), failed: false }, { status: 400 });
  }
  const ip = clientIpFrom(context);
  // Checked before the password, so a right guess during the delay is refused like a wrong one.
  const wait = await loginWait(db, ip, parsed.data.email);
  if (wait) return tooManyAttempts(email, wait);
  const user = await verifyLogin(db, parsed.data.email, parsed.data.password);
  if (!user) {
    await recordLoginFailure(db, ip, parsed.data.email);
    return json({ email, errors: {}, failed: true }, { status: 400 });
  }
  await recordLoginSuccess(db, parsed.data.email);
  return createUserSession({ request, db, userId: user.id, redirectTo: next });
}

export default function Login() {
  const { next } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useMessages(auth);
  return (
    <AuthForm
      page="login"
      next={next}
      result={result}
      passwords={[{ name: "password", label: t.password, autoComplete: "current-password" }]}
      alert={result && "waitMinutes" in result ? t.tooMany(result.waitMinutes) : result?.failed ? t.login.failed : null}
      footer={
        <>
          {t.login.noAccount} <Link to={`/signup?next=${encodeURIComponent(next)}`}>{t.login.signupLink}</Link>
        </>
      }
    />
  );
}
