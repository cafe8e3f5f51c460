import { Form, Link } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useMessages } from "#app/i18n/locale";
import { workspaces } from "#app/i18n/workspaces";
import { CONFIRM_FIELD } from "#app/workspaces/confirm";

/**
 * The second step of a destructive action: the question, a form that repeats the action
 * with confirm=yes, and a way back. It takes focus so keyboard users land on it.
 */
export function ConfirmStep({
  question,
  yes,
  intent,
  fields = {},
  cancelHref,
  action,
}: {
  question: string;
  yes: string;
  intent: string;
  fields?: Record<string, string>;
  cancelHref: string;
  action?: string;
}) {
  const t = useMessages(workspaces).confirm;
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section className="panel confirm-step notice error" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-question" tabIndex={-1} ref={ref}>
      <h2 id="confirm-title">{t.title}</h2>
      <p id="confirm-question">{question}</p>
      <Form method="post" action={action} className="inline-form">
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name={CONFIRM_FIELD} value="yes" />
        <button type="submit" name="intent" value={intent} className="danger">
          {yes}
        </button>{" "}
        <Link to={cancelHref}>{t.cancel}</Link>
      </Form>
    </section>
  );
}
