import { Form } from "@remix-run/react";
import type { ReactNode } from "react";

/** A one-button form beside a row of a list: posts `intent` with the row's `name=value`. */
export function RowAction({ intent, name, value, label, children }: { intent: string; name: string; value: string | number; label?: string; children: ReactNode }) {
  return (
    <Form method="post" className="inline-form">
      <input type="hidden" name={name} value={value} />
      <button type="submit" name="intent" value={intent} className="secondary small" aria-label={label}>
        {children}
      </button>
    </Form>
  );
}
