import { Form, useNavigation } from "@remix-run/react";
import type { CheckValues } from "#app/check/check-values";
import { ariaFor, CheckboxField, Field, FormErrorNotice } from "#app/components/form-field";
import { check, type CheckErrorCode } from "#app/i18n/check";
import { useMessages } from "#app/i18n/locale";
import { isFileError, OfferFileField } from "./offer-file-field";

export interface CheckFormProps {
  values: CheckValues;
  error: CheckErrorCode | null;
  /** Changes whenever the server answers, so the fields take the values it sent back. */
  revision: string;
  fromFile: boolean;
  liveStatus: string;
  /** Called on every edit once JavaScript runs; the form works without it. */
  onEdit?: (form: HTMLFormElement, changed: "text" | "file" | "options") => void;
}

export function CheckForm({ values, error, revision, fromFile, liveStatus, onEdit }: CheckFormProps) {
  const t = useMessages(check);
  const navigation = useNavigation();
  const submitting = navigation.state === "submitting" && navigation.formAction?.startsWith("/check") === true;
  const fileError = isFileError(error);

  return (
    <Form
      method="post"
      action="/check?index"
      encType="multipart/form-data"
      className="panel check-form"
      noValidate
      key={revision}
      onChange={(event) => {
        const target = event.target as HTMLInputElement;
        onEdit?.(event.currentTarget, target.name === "file" ? "file" : target.name === "text" ? "text" : "options");
      }}
    >
      {error ? (
        <FormErrorNotice id="check-error" error={error}>
          {t.errors.summary} {t.errors[error]}
        </FormErrorNotice>
      ) : null}
      <Field id="check-text" label={t.form.textLabel} hint={t.form.textHint}>
        <textarea
          id="check-text"
          name="text"
          defaultValue={values.text}
          spellCheck={false}
          {...ariaFor("check-text-hint", "check-error", error !== null && !fileError)}
        />
        {fromFile ? <p className="hint">{t.form.fileReplacesText}</p> : null}
      </Field>
      <div className="row">
        <OfferFileField
          id="check-file"
          name="file"
          label={t.form.fileLabel}
          hint={t.form.fileHint}
          hintId="check-file-hint"
          error={error}
          errorId="check-error"
        />
        <Field id="check-language" label={t.form.languageLabel}>
          <select id="check-language" name="language" defaultValue={values.language}>
            <option value="">{t.form.languageAuto}</option>
            <option value="fr">{t.form.languageNames.fr}</option>
            <option value="en">{t.form.languageNames.en}</option>
          </select>
        </Field>
      </div>
      <CheckboxField id="check-drop" name="drop" label={t.form.dropLabel} hint={t.form.dropHint} defaultChecked={values.drop} />
      <div className="check-actions">
        <button type="submit" name="intent" value="analyze" disabled={submitting}>
          {submitting ? t.form.submitting : t.form.submit}
        </button>
        <p className="live-status" role="status" aria-live="polite" data-testid="live-status">
          {liveStatus}
        </p>
      </div>
    </Form>
  );
}
