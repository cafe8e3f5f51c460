import { json, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { loadAuthPage, readAuthForm, tooManyAttempts } from "#app/auth/auth-page.server";
import { PASSWORD_MIN, SignupSchema, type AuthErrorKey } from "#app/auth/auth-schema";
import { AuthForm } from "#app/components/auth-form";
import { dbFrom } from "#app/db.server";
import { fieldErrors } from "#app/forms/field-errors";
import { text } from "#app/forms/form-values";
import { takeSignup } from "#app/http/rate-limit.server";
import { clientIpFrom } from "#app/http/request-context.server";
import { auth } from "#app/i18n/auth";
import { useMessages } from "#app/i18n/locale";
import { createUser, DuplicateEmailError } from "#app/models/user.server";
import { createWorkspace, defaultWorkspaceName } from "#app/models/workspace.server";
import styles from "#app/styles/auth.css";
import { createUserSession } from "#app/session.server";
import { retryAfterHeaders } from "#app/http/retry-after";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const headers = retryAfterHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "RoleScope" }];

export function loader({ request, context }: LoaderFunctionArgs) {
  return loadAuthPage(request, context, "signup");
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, next, email } = await readAuthForm(request);
  const db = dbFrom(context);
  const parsed = SignupSchema.safeParse({ email, password: text(form, "password"), confirm: text(form, "confirm") });
  if (!parsed.success) {
    return json({ email, errors: fieldErrors<AuthErrorKey>(parsed.error), taken: false }, { status: 400 });
  }
  const limited = await takeSignup(db, clientIpFrom(context), parsed.data.email);
  if (limited) return tooManyAttempts(email, limited);
  try {
    // Self-service accounts are never admins: admins are made with `npm run user:create -- --admin`.
    const user = await createUser(db, { email: parsed.data.email, password: parsed.data.password, isAdmin: false });
    // Signing up makes a team of one: the new account owns its first workspace.
    await createWorkspace(db, { name: defaultWorkspaceName(user.email), ownerId: user.id });
    // A new account has nothing to come back to on the home page: its work starts with the role cards.
    return createUserSession({ request, db, userId: user.id, redirectTo: next === "/" ? "/cards" : next });
  } catch (error) {
    if (error instanceof DuplicateEmailError) return json({ email, errors: {}, taken: true }, { status: 400 });
    throw error;
  }
}

export default function Signup() {
  const { next } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useMessages(auth);
  const toLogin = <Link to={`/login?next=${encodeURIComponent(next)}`}>{t.signup.loginLink}</Link>;
  return (
    <AuthForm
      page="signup"
      next={next}
      result={result}
      passwords={[
        { name: "password", label: t.password, hint: t.passwordHint, autoComplete: "new-password", minLength: PASSWORD_MIN },
        { name: "confirm", label: t.confirm, autoComplete: "new-password" },
      ]}
      alert={
        result && "waitMinutes" in result ? (
          t.tooMany(result.waitMinutes)
        ) : result?.taken ? (
          <>
            {t.signup.taken} {toLogin}
          </>
        ) : null
      }
      footer={
        <>
          {t.signup.haveAccount} {toLogin}
        </>
      }
    />
  );
}
