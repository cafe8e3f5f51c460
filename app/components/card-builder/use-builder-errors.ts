import { useEffect } from "react";
import { get, type FieldErrors, type FormState } from "react-hook-form";
import type { CardFormValues } from "#app/cards/card";
import { firstErrorPath, type CardErrorKey } from "#app/cards/card-schema";
import { fieldId } from "./fields";

/** Every error RHF holds, as dotted paths, like the server's. */
export function flatten(errors: FieldErrors, prefix = ""): Record<string, CardErrorKey> {
  const out: Record<string, CardErrorKey> = {};
  for (const [key, value] of Object.entries(errors ?? {})) {
    if (!value || key === "ref") continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof (value as { message?: unknown }).message === "string") out[path] = (value as { message: string }).message as CardErrorKey;
    else if (typeof value === "object") Object.assign(out, flatten(value as FieldErrors, path));
  }
  return out;
}

export function focusPath(path: string | null) {
  if (!path) return;
  const el = document.getElementById(fieldId(path)) ?? document.getElementById(fieldId(path.split(".")[0]!));
  el?.focus();
}

/**
 * The errors to show: once the browser has validated, its errors are the current truth;
 * until then the server's. A server error stops showing once its field is edited.
 */
export function useBuilderErrors(formState: FormState<CardFormValues>, serverErrors: Record<string, CardErrorKey>, clientChecked: boolean) {
  const clientErrors = flatten(formState.errors as FieldErrors);
  const standing = Object.fromEntries(
    Object.entries(serverErrors).filter(([path]) => !get(formState.dirtyFields, path) && !(path === "dutiesTotal" && formState.dirtyFields.duties)),
  ) as Record<string, CardErrorKey>;
  const errors: Record<string, CardErrorKey> = clientChecked ? clientErrors : { ...standing, ...clientErrors };
  const errorOf = (path: string): CardErrorKey | undefined => errors[path] ?? (get(formState.errors, path)?.message as CardErrorKey | undefined);

  // Without JavaScript the first error comes back from the server: put the focus on it.
  const serverFirst = firstErrorPath(serverErrors);
  useEffect(() => {
    focusPath(serverFirst);
  }, [serverFirst]);

  return { errors, errorOf };
}
