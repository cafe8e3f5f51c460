import { Form, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import type { Localized } from "~/analysis/taxonomy";
import { SLOTS, type CompareValues } from "~/compare/compare-form";
import { ACCEPTED_FILES } from "~/components/check/check-form";
import { compareUi, type CompareErrorCode } from "~/i18n/compare";
import { useLang, useMessages } from "~/i18n/locale";

const FILE_ERRORS: CompareErrorCode[] = ["unsupported_type", "unreadable", "file_too_big", "no_text"];

export interface CompareFormProps {
  profiles: { id: string; label: Localized }[];
  values: CompareValues;
  error: { code: CompareErrorCode; slot: number | null } | null;
  /** Changes whenever the server answers, so the fields take the values it sent back. */
  revision: string;
}

function Slot({ n, text, error }: { n: number; text: string; error: CompareErrorCode | null }) {
  const t = useMessages(compareUi);
  const fileError = error !== null && FILE_ERRORS.includes(error);
  const described = (hint: string, invalid: boolean) => (invalid ? `${hint} compare-error` : hint);
  return (
    <fieldset className="compare-slot" data-slot={n}>
      <legend>{t.form.offer(n)}</legend>
      <div className="field">
        <label htmlFor={`compare-text-${n}`}>{t.form.textLabel}</label>
        {n === 1 ? (
          <p className="hint" id="compare-text-hint">
            {t.form.textHint}
          </p>
        ) : null}
        <textarea
          id={`compare-text-${n}`}
          name={`text-${n}`}
          defaultValue={text}
          spellCheck={false}
          aria-describedby={error && !fileError ? described("compare-text-hint", true) : n === 1 ? "compare-text-hint" : undefined}
          aria-invalid={error !== null && !fileError ? true : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor={`compare-file-${n}`}>{t.form.fileLabel}</label>
        <p className="hint" id={`compare-file-hint-${n}`}>
          {t.form.fileHint}
        </p>
        <input
          id={`compare-file-${n}`}
          type="file"
          name={`file-${n}`}
          accept={ACCEPTED_FILES}
          aria-describedby={described(`compare-file-hint-${n}`, fileError)}
          aria-invalid={fileError ? true : undefined}
        />
      </div>
    </fieldset>
  );
}

export function CompareForm({ profiles, values, error, revision }: CompareFormProps) {
  const t = useMessages(compareUi);
  const lang = useLang();
  const navigation = useNavigation();
  const submitting = navigation.state === "submitting" && navigation.formAction?.startsWith("/compare") === true;
  const errorRef = useRef<HTMLDivElement>(null);
  const moreOpen = values.texts.slice(1).some((text) => text.trim() !== "") || (error?.slot ?? 0) > 1;

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error, revision]);

  const slotError = (n: number) => (error && error.slot === n ? error.code : null);
  return (
    <Form method="post" action="/compare?index" encType="multipart/form-data" className="panel compare-form" noValidate key={revision}>
      {error ? (
        <div className="notice error" role="alert" tabIndex={-1} ref={errorRef} id="compare-error" data-testid="compare-error">
          {t.errors.summary} {error.slot ? `${t.errors.inSlot(error.slot)} ` : ""}
          {t.errors[error.code]}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="compare-profile">{t.form.profileLabel}</label>
        <p className="hint" id="compare-profile-hint">
          {t.form.profileHint}
        </p>
        <select
          id="compare-profile"
          name="profile"
          defaultValue={values.profile}
          aria-describedby={error?.code === "unknown_profile" ? "compare-profile-hint compare-error" : "compare-profile-hint"}
          aria-invalid={error?.code === "unknown_profile" ? true : undefined}
        >
          <option value="">{t.form.profileAuto}</option>
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label[lang]}
            </option>
          ))}
        </select>
      </div>
      <Slot n={1} text={values.texts[0] ?? ""} error={slotError(1) ?? (error?.code === "empty" ? "empty" : null)} />
      <details className="compare-more" open={moreOpen}>
        <summary>{t.form.more}</summary>
        <p className="hint">{t.form.moreHint}</p>
        {SLOTS.slice(1).map((n) => (
          <Slot key={n} n={n} text={values.texts[n - 1] ?? ""} error={slotError(n)} />
        ))}
      </details>
      <div className="field checkbox">
        <input id="compare-save" type="checkbox" name="save" defaultChecked={values.save} aria-describedby="compare-save-hint" />
        <label htmlFor="compare-save">{t.form.saveLabel}</label>
        <p className="hint" id="compare-save-hint">
          {t.form.saveHint}
        </p>
      </div>
      <button type="submit" disabled={submitting}>
        {submitting ? t.form.submitting : t.form.submit}
      </button>
    </Form>
  );
}
