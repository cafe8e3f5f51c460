import { Link } from "@remix-run/react";
import type { CSSProperties } from "react";
import type { Depth, Localized } from "#app/analysis/taxonomy";
import { useLang, useMessages } from "#app/i18n/locale";
import { taxonomyText } from "#app/i18n/taxonomy";
import { FormField, SelectField } from "./form-field";

/** Families carry their colour as a custom property (--fam-<id> in app.css). */
export function familyStyle(familyId: string): CSSProperties {
  return { "--fam": `var(--fam-${familyId}, var(--ink-soft))` } as CSSProperties;
}

export function FamilyChip({ id, label, depth }: { id: string; label: Localized; depth?: Depth }) {
  const lang = useLang();
  const t = useMessages(taxonomyText);
  return (
    <Link to={`/taxonomy/${id}`} className={`fam-chip${depth === "light" ? " fam-chip-light" : ""}`} style={familyStyle(id)}>
      <span className="family-swatch" aria-hidden="true" />
      {label[lang]}
      {depth ? <span className="visually-hidden"> ({t.depth[depth]})</span> : null}
    </Link>
  );
}

export function DepthBadge({ depth }: { depth: Depth }) {
  const t = useMessages(taxonomyText);
  return (
    <span className={`badge depth-${depth}`} title={t.depthHint[depth]}>
      {t.depth[depth]}
    </span>
  );
}

export function EscoLink({ uri, label }: { uri: string; label?: string }) {
  const t = useMessages(taxonomyText);
  return (
    <a href={uri} className="esco-link" rel="noopener noreferrer external" target="_blank" hrefLang="en">
      {label ?? t.esco.link}
      <span className="visually-hidden"> (ESCO)</span>
    </a>
  );
}

/** What an entry is (its labels, kind and depth): the same fields to add an entry and to edit one. */
export function EntryFields({
  idPrefix,
  values,
  error,
}: {
  idPrefix: string;
  values: { labelFr?: string; labelEn?: string; kind: string; depth: string };
  error: (name: string) => string | undefined;
}) {
  const t = useMessages(taxonomyText);
  return (
    <>
      <div className="form-row">
        <FormField idPrefix={idPrefix} name="labelFr" lang="fr" label={t.admin.labelFr} defaultValue={values.labelFr} error={error("labelFr")} required />
        <FormField idPrefix={idPrefix} name="labelEn" lang="en" label={t.admin.labelEn} defaultValue={values.labelEn} error={error("labelEn")} required />
      </div>
      <div className="form-row">
        <SelectField
          idPrefix={idPrefix}
          name="kind"
          label={t.admin.kind}
          defaultValue={values.kind}
          error={error("kind")}
          options={(["duty", "skill", "tool"] as const).map((k) => ({ value: k, label: t.kind[k] }))}
        />
        <SelectField
          idPrefix={idPrefix}
          name="depth"
          label={t.admin.depth}
          defaultValue={values.depth}
          error={error("depth")}
          options={(["core", "light"] as const).map((d) => ({ value: d, label: `${t.depth[d]} — ${t.depthHint[d]}` }))}
        />
      </div>
    </>
  );
}
