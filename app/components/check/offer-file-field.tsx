import type { ReactNode } from "react";
import { ACCEPTED_FILES } from "#app/intake/limits";
import { ariaFor, Field } from "#app/components/form-field";
import type { OfferErrorCode } from "#app/i18n/check";

const FILE_ERRORS: readonly string[] = ["unsupported_type", "unreadable", "file_too_big", "file_too_complex", "file_too_slow", "no_text"] satisfies OfferErrorCode[];

/** Whether the form's error is about the chosen file rather than the typed text. */
export function isFileError(code: string | null): boolean {
  return code !== null && FILE_ERRORS.includes(code);
}

type OfferFileFieldProps = {
  id: string;
  name: string;
  label: ReactNode;
  hint: ReactNode;
  hintId: string;
  /** The form's error, shown in its notice (`errorId`) and pointed at from here when it is about the file. */
  error: string | null;
  errorId: string;
};

/** The file input that can stand in for an offer's text. */
export function OfferFileField({ id, name, label, hint, hintId, error, errorId }: OfferFileFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} hintId={hintId}>
      <input id={id} type="file" name={name} accept={ACCEPTED_FILES} {...ariaFor(hintId, errorId, isFileError(error))} />
    </Field>
  );
}
