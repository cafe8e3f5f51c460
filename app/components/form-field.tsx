import { useEffect, useRef, type InputHTMLAttributes, type ReactNode } from "react";

type FieldShellProps = {
  /** The control's id; the hint and error take theirs from it unless told otherwise. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  hintId?: string;
  error?: string;
  children: ReactNode;
};

/** The label, hint and error around one control, which the caller renders with the same ids. */
export function Field({ id, label, hint, hintId = `${id}-hint`, error, children }: FieldShellProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The aria attributes that tie a control to its hint and, once it is invalid, to the text of its error. */
export function ariaFor(hintId: string | undefined, errorId: string, invalid: boolean) {
  const describedBy = [hintId, invalid ? errorId : null].filter(Boolean).join(" ") || undefined;
  return { "aria-invalid": invalid ? true : undefined, "aria-describedby": describedBy };
}

const describe = (id: string, hint: ReactNode, error: string | undefined) => ariaFor(hint ? `${id}-hint` : undefined, `${id}-error`, Boolean(error));

type NamedField = {
  name: string;
  label: ReactNode;
  error?: string;
  /** The form id, so ids stay unique when a page holds several forms. */
  idPrefix?: string;
};

/** A labelled input with its hint and error wired to aria-describedby. */
export function FormField({
  name,
  label,
  error,
  hint,
  idPrefix = "",
  ...input
}: NamedField & { hint?: ReactNode } & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">) {
  const id = `${idPrefix}${name}`;
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input id={id} name={name} {...describe(id, hint, error)} {...input} />
    </Field>
  );
}

export function SelectField({
  name,
  label,
  options,
  defaultValue,
  error,
  idPrefix = "",
}: NamedField & { options: { value: string; label: string }[]; defaultValue?: string }) {
  const id = `${idPrefix}${name}`;
  return (
    <Field id={id} label={label} error={error}>
      <select id={id} name={name} defaultValue={defaultValue} {...describe(id, undefined, error)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function TextAreaField({
  name,
  label,
  hint,
  defaultValue,
  error,
  idPrefix = "",
}: NamedField & { hint?: ReactNode; defaultValue?: string }) {
  const id = `${idPrefix}${name}`;
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <textarea id={id} name={name} defaultValue={defaultValue} {...describe(id, hint, error)} />
    </Field>
  );
}

/** A checkbox before its label, explained by a hint. */
export function CheckboxField({ id, name, label, hint, defaultChecked }: { id: string; name: string; label: ReactNode; hint: ReactNode; defaultChecked: boolean }) {
  return (
    <div className="field checkbox">
      <input id={id} type="checkbox" name={name} defaultChecked={defaultChecked} aria-describedby={`${id}-hint`} />
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );
}

/**
 * Why the server refused the form, told once above its fields. It takes focus when it
 * appears and whenever `error` changes, so that keyboard and screen reader users land on it.
 */
export function FormErrorNotice({ id, error, children }: { id: string; error: unknown; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [error]);
  return (
    <div className="notice error" role="alert" tabIndex={-1} ref={ref} id={id} data-testid={id}>
      {children}
    </div>
  );
}

/** Moves focus to the first invalid field after a failed submission (progressive enhancement). */
export function useFocusFirstError<T extends HTMLElement = HTMLFormElement>(errors: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!errors) return;
    const first = ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
  }, [errors]);
  return ref;
}
