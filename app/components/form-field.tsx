import { useEffect, useRef, type InputHTMLAttributes, type ReactNode } from "react";

type FieldProps = {
  name: string;
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  /** The form id, so ids stay unique when a page holds several forms. */
  idPrefix?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">;

/** A labelled input with its hint and error wired to aria-describedby. */
export function FormField({ name, label, error, hint, idPrefix = "", ...input }: FieldProps) {
  const id = `${idPrefix}${name}`;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={described} {...input} />
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
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

type ChoiceProps = {
  name: string;
  label: ReactNode;
  options: { value: string; label: string }[];
  defaultValue?: string;
  error?: string;
  idPrefix?: string;
};

export function SelectField({ name, label, options, defaultValue, error, idPrefix = "" }: ChoiceProps) {
  const id = `${idPrefix}${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function TextAreaField({
  name,
  label,
  hint,
  defaultValue,
  error,
  idPrefix = "",
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  defaultValue?: string;
  error?: string;
  idPrefix?: string;
}) {
  const id = `${idPrefix}${name}`;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <textarea id={id} name={name} defaultValue={defaultValue} aria-invalid={error ? true : undefined} aria-describedby={described} />
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
