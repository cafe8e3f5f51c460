import { Link } from "@remix-run/react";
import type { CSSProperties } from "react";
import type { Depth, Localized } from "~/analysis/taxonomy";
import { useLang, useMessages } from "~/i18n/locale";
import { taxonomyText } from "~/i18n/taxonomy";

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
