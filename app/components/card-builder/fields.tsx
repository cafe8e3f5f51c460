import type { ReactNode } from "react";
import type { UseFormRegister } from "react-hook-form";
import type { CardFormValues } from "#app/cards/card";
import type { CardErrorKey } from "#app/cards/card-schema";
import { cards } from "#app/i18n/cards";
import { useMessages } from "#app/i18n/locale";
import { ariaFor, Field as FieldShell } from "#app/components/form-field";

// The builder's fields: registered with react-hook-form, filled with the values the server
// sent (so the form works without JavaScript), and described by their hint and error.

export const fieldId = (path: string) => `card-${path.replaceAll(".", "-")}`;

/** What every field of the builder needs from the form. */
export interface FieldKit {
  register: UseFormRegister<CardFormValues>;
  errorOf(path: string): CardErrorKey | undefined;
  /** The values the form starts from. */
  values: CardFormValues;
}

type TextPath = { [K in keyof CardFormValues]: CardFormValues[K] extends string ? K : never }[keyof CardFormValues];

export function describe(kit: FieldKit, path: string, hint?: boolean) {
  const id = fieldId(path);
  return { id, ...ariaFor(hint ? `${id}-hint` : undefined, `${id}-error`, Boolean(kit.errorOf(path))) };
}

export function FieldError({ kit, path }: { kit: FieldKit; path: string }) {
  const t = useMessages(cards);
  const key = kit.errorOf(path);
  return key ? (
    <p className="field-error" id={`${fieldId(path)}-error`}>
      {t.errors[key] ?? key}
    </p>
  ) : null;
}

export function Field({ kit, path, label, hint, children }: { kit: FieldKit; path: TextPath; label: string; hint?: string; children: ReactNode }) {
  const t = useMessages(cards);
  const key = kit.errorOf(path);
  return (
    <FieldShell id={fieldId(path)} label={label} hint={hint} error={key ? (t.errors[key] ?? key) : undefined}>
      {children}
    </FieldShell>
  );
}

export function TextInput({ kit, path, lang, numeric, hint }: { kit: FieldKit; path: TextPath; lang?: string; numeric?: boolean; hint?: boolean }) {
  return (
    <input
      type="text"
      lang={lang}
      inputMode={numeric ? "numeric" : undefined}
      {...kit.register(path)}
      defaultValue={kit.values[path]}
      {...describe(kit, path, hint)}
    />
  );
}

export function SelectInput({ kit, path, hint, children }: { kit: FieldKit; path: TextPath; hint?: boolean; children: ReactNode }) {
  return (
    <select {...kit.register(path)} defaultValue={kit.values[path]} {...describe(kit, path, hint)}>
      {children}
    </select>
  );
}

/** A field whose value is one of `choices`, each shown as `text` says. */
export function ChoiceField<T extends string>({
  kit,
  path,
  label,
  choices,
  text,
}: {
  kit: FieldKit;
  path: TextPath;
  label: string;
  choices: readonly T[];
  text: (choice: T) => string;
}) {
  return (
    <Field kit={kit} path={path} label={label}>
      <SelectInput kit={kit} path={path}>
        {choices.map((c) => (
          <option key={c} value={c}>
            {text(c)}
          </option>
        ))}
      </SelectInput>
    </Field>
  );
}

/** A free-text list, one item per line. */
export function ListField({ kit, path, label, rows }: { kit: FieldKit; path: TextPath; label: string; rows: number }) {
  const t = useMessages(cards);
  return (
    <Field kit={kit} path={path} label={label} hint={t.builder.listHint}>
      <textarea rows={rows} {...kit.register(path)} defaultValue={kit.values[path]} {...describe(kit, path, true)} />
    </Field>
  );
}
