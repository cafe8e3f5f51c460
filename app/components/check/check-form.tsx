import { Form, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import type { CheckValues } from "~/check/check-form";
import { check, type CheckErrorCode } from "~/i18n/check";
import { useMessages } from "~/i18n/locale";

export const ACCEPTED_FILES = ".txt,.md,.markdown,.html,.htm,.docx,.pdf,text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const FILE_ERRORS: CheckErrorCode[] = ["unsupported_type", "unreadable", "file_too_big", "no_text"];

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
  const errorRef = useRef<HTMLDivElement>(null);
  const fileError = error !== null && FILE_ERRORS.includes(error);

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error, revision]);

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
        <div className="notice error" role="alert" tabIndex={-1} ref={errorRef} id="check-error" data-testid="check-error">
          {t.errors.summary} {t.errors[error]}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="check-text">{t.form.textLabel}</label>
        <p className="hint" id="check-text-hint">
          {t.form.textHint}
        </p>
        <textarea
          id="check-text"
          name="text"
          defaultValue={values.text}
          spellCheck={false}
          aria-describedby={error && !fileError ? "check-text-hint check-error" : "check-text-hint"}
          aria-invalid={error !== null && !fileError ? true : undefined}
        />
        {fromFile ? <p className="hint">{t.form.fileReplacesText}</p> : null}
      </div>
      <div className="row">
        <div className="field">
          <label htmlFor="check-file">{t.form.fileLabel}</label>
          <p className="hint" id="check-file-hint">
            {t.form.fileHint}
          </p>
          <input
            id="check-file"
            type="file"
            name="file"
            accept={ACCEPTED_FILES}
            aria-describedby={fileError ? "check-file-hint check-error" : "check-file-hint"}
            aria-invalid={fileError ? true : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="check-language">{t.form.languageLabel}</label>
          <select id="check-language" name="language" defaultValue={values.language}>
            <option value="">{t.form.languageAuto}</option>
            <option value="fr">{t.form.languageNames.fr}</option>
            <option value="en">{t.form.languageNames.en}</option>
          </select>
        </div>
      </div>
      <div className="field checkbox">
        <input id="check-drop" type="checkbox" name="drop" defaultChecked={values.drop} aria-describedby="check-drop-hint" />
        <label htmlFor="check-drop">{t.form.dropLabel}</label>
        <p className="hint" id="check-drop-hint">
          {t.form.dropHint}
        </p>
      </div>
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
