import { Form, useNavigation } from "@remix-run/react";
import type { Localized } from "#app/analysis/taxonomy";
import { SLOTS, type CompareValues } from "#app/compare/compare-values";
import { isFileError, OfferFileField } from "#app/components/check/offer-file-field";
import { ariaFor, CheckboxField, Field, FormErrorNotice } from "#app/components/form-field";
import { compareUi, type CompareErrorCode } from "#app/i18n/compare";
import { useLang, useMessages } from "#app/i18n/locale";

export interface CompareFormProps {
  profiles: { id: string; label: Localized }[];
  values: CompareValues;
  error: { code: CompareErrorCode; slot: number | null } | null;
  /** Changes whenever the server answers, so the fields take the values it sent back. */
  revision: string;
}

function Slot({ n, text, error }: { n: number; text: string; error: CompareErrorCode | null }) {
  const t = useMessages(compareUi);
  const textError = error !== null && !isFileError(error);
  return (
    <fieldset className="compare-slot" data-slot={n}>
      <legend>{t.form.offer(n)}</legend>
      {/* One hint serves every slot, so it is written out once, in the first. */}
      <Field id={`compare-text-${n}`} label={t.form.textLabel} hint={n === 1 ? t.form.textHint : undefined} hintId="compare-text-hint">
        <textarea
          id={`compare-text-${n}`}
          name={`text-${n}`}
          defaultValue={text}
          spellCheck={false}
          {...ariaFor(n === 1 || textError ? "compare-text-hint" : undefined, "compare-error", textError)}
        />
      </Field>
      <OfferFileField
        id={`compare-file-${n}`}
        name={`file-${n}`}
        label={t.form.fileLabel}
        hint={t.form.fileHint}
        hintId={`compare-file-hint-${n}`}
        error={error}
        errorId="compare-error"
      />
    </fieldset>
  );
}

export function CompareForm({ profiles, values, error, revision }: CompareFormProps) {
  const t = useMessages(compareUi);
  const lang = useLang();
  const navigation = useNavigation();
  const submitting = navigation.state === "submitting" && navigation.formAction?.startsWith("/compare") === true;
  const moreOpen = values.texts.slice(1).some((text) => text.trim() !== "") || (error?.slot ?? 0) > 1;

  const slotError = (n: number) => (error && error.slot === n ? error.code : null);
  return (
    <Form method="post" action="/compare?index" encType="multipart/form-data" className="panel compare-form" noValidate key={revision}>
      {error ? (
        <FormErrorNotice id="compare-error" error={error}>
          {t.errors.summary} {error.slot ? `${t.errors.inSlot(error.slot)} ` : ""}
          {t.errors[error.code]}
        </FormErrorNotice>
      ) : null}
      <Field id="compare-profile" label={t.form.profileLabel} hint={t.form.profileHint}>
        <select
          id="compare-profile"
          name="profile"
          defaultValue={values.profile}
          {...ariaFor("compare-profile-hint", "compare-error", error?.code === "unknown_profile")}
        >
          <option value="">{t.form.profileAuto}</option>
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label[lang]}
            </option>
          ))}
        </select>
      </Field>
      <Slot n={1} text={values.texts[0] ?? ""} error={slotError(1) ?? (error?.code === "empty" ? "empty" : null)} />
      <details className="compare-more" open={moreOpen}>
        <summary>{t.form.more}</summary>
        <p className="hint">{t.form.moreHint}</p>
        {SLOTS.slice(1).map((n) => (
          <Slot key={n} n={n} text={values.texts[n - 1] ?? ""} error={slotError(n)} />
        ))}
      </details>
      <CheckboxField id="compare-save" name="save" label={t.form.saveLabel} hint={t.form.saveHint} defaultChecked={values.save} />
      <button type="submit" disabled={submitting}>
        {submitting ? t.form.submitting : t.form.submit}
      </button>
    </Form>
  );
}
