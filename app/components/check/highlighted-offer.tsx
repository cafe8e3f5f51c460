import { Fragment, useMemo, type CSSProperties } from "react";
import { blocksOf, segmentFamilies, segmentNotCounted, segmentText, type HighlightMark, type Segment } from "#app/check/highlight";
import type { Labelled } from "#app/check/check-view";
import { check } from "#app/i18n/check";
import { useMessages } from "#app/i18n/locale";

function familyColour(id: string): CSSProperties {
  return { ["--hl" as string]: `var(--fam-${id})` } as CSSProperties;
}

export function FamilySwatch({ id }: { id: string }) {
  return <span className="family-swatch" style={{ background: `var(--fam-${id}, var(--accent))` }} aria-hidden="true" />;
}

/** Families named beside the colour their passages are highlighted in. */
export function FamilyList({ families, className, label }: { families: Labelled[]; className: string; label?: string }) {
  return (
    <ul className={className} aria-label={label}>
      {families.map((f) => (
        <li key={f.id}>
          <FamilySwatch id={f.id} />
          {f.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * The offer as text nodes and <mark> elements built from evidence offsets: whatever the
 * offer contains (pasted HTML included) is rendered as text, never as markup.
 */
/** Characters per block of a long offer: a few screens of text, laid out only when in sight. */
const BLOCK_CHARS = 4_000;

export function HighlightedOffer({ text, marks, families }: { text: string; marks: HighlightMark[]; families: Labelled[] }) {
  const t = useMessages(check);
  const blocks = useMemo(() => blocksOf(segmentText(text, marks), BLOCK_CHARS), [text, marks]);
  const labelOf = useMemo(() => new Map(families.map((f) => [f.id, f.label])), [families]);
  const run = (segment: Segment) => {
    if (!segment.marks.length) return <Fragment key={segment.start}>{segment.text}</Fragment>;
    const ids = segmentFamilies(segment);
    const notCounted = segmentNotCounted(segment);
    const label = [ids.map((id) => labelOf.get(id) ?? id).join(" + "), notCounted ? t.text.notCounted[notCounted] : null].filter(Boolean).join(" — ");
    return (
      // Focusable so that keyboard users get the family (and why it did not count) too, not only the colour.
      <mark
        key={segment.start}
        className={`hl${ids.length > 1 ? " hl-multi" : ""}${notCounted ? " hl-weak" : ""}`}
        data-family={ids.join(" ")}
        data-not-counted={notCounted ?? undefined}
        style={familyColour(ids[0]!)}
        title={label}
        tabIndex={0}
      >
        {segment.text}
      </mark>
    );
  };
  return (
    <section aria-labelledby="offer-heading">
      <h2 id="offer-heading">{t.text.heading}</h2>
      {families.length ? (
        <FamilyList className="legend" label={t.text.legend} families={families} />
      ) : (
        <p className="muted">{t.text.none}</p>
      )}
      {marks.some((m) => m.notCounted) ? <p className="muted small">{t.text.notCountedKey}</p> : null}
      <div className="offer-text" data-testid="offer-text" tabIndex={0} role="region" aria-labelledby="offer-heading">
        {blocks.length > 1
          ? blocks.map((block) => (
              <div key={block[0]!.start} className="offer-block">
                {block.map(run)}
              </div>
            ))
          : blocks[0]?.map(run)}
      </div>
    </section>
  );
}
