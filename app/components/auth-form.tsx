import { Form, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import type { AuthErrorKey } from "#app/auth/auth-schema";
import { FormField, useFocusFirstError } from "#app/components/form-field";
import { auth } from "#app/i18n/auth";
import { useMessages } from "#app/i18n/locale";

type PasswordInput = { name: string; label: string; hint?: string; autoComplete: string; minLength?: number };

type AuthFormProps = {
  page: "login" | "signup";
  next: string;
  /** The action's answer, to refill the email and show each field's error. */
  result: { email: string; errors: Partial<Record<string, AuthErrorKey>> } | undefined;
  passwords: PasswordInput[];
  /** Why the form was refused as a whole (wrong password, email taken). */
  alert: ReactNode;
  footer: ReactNode;
};

/** The login and signup page: email, its password fields, and where to go from there. */
export function AuthForm({ page, next, result, passwords, alert, footer }: AuthFormProps) {
  const t = useMessages(auth);
  const busy = useNavigation().state === "submitting";
  const formRef = useFocusFirstError(result);
  const errors = result?.errors ?? {};
  const errorText = (name: string) => {
    const key = errors[name];
    return key && t.errors[key];
  };
  return (
    <section className="auth-page panel">
      <h1>{t[page].title}</h1>
      <p className="muted">{t[page].intro}</p>
      {alert ? (
        <p className="notice error" role="alert">
          {alert}
        </p>
      ) : null}
      <Form method="post" ref={formRef} noValidate>
        <input type="hidden" name="next" value={next} />
        <FormField name="email" type="email" label={t.email} autoComplete="email" required defaultValue={result?.email ?? ""} error={errorText("email")} />
        {passwords.map((input) => (
          <FormField key={input.name} type="password" required {...input} error={errorText(input.name)} />
        ))}
        <button type="submit" disabled={busy}>
          {t[page].submit}
        </button>
      </Form>
      <p>{footer}</p>
    </section>
  );
}
