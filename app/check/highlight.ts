// Cuts an offer into plain and highlighted runs from evidence offsets. Evidence may
// overlap, nest, touch, repeat or (from an older saved result) point past the text;
// every case still yields runs that cover the text exactly once, in order.

/** Why a passage the analyzer found did not count towards its family. */
export type NotCountedReason = "nice" | "negated" | "not_a_demand" | "too_little";

export interface HighlightMark {
  start: number;
  end: number;
  familyId: string;
  entryId?: string;
  /** Set when the passage was found but did not count; absent when it counted. */
  notCounted?: NotCountedReason;
}

export interface Segment<M extends HighlightMark = HighlightMark> {
  start: number;
  end: number;
  text: string;
  /** Every mark covering this run, innermost (shortest) first. */
  marks: M[];
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Moves an offset that falls between the two halves of an emoji or rare letter to before it. */
function snap(text: string, offset: number): number {
  if (offset > 0 && offset < text.length && isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1))) {
    return offset - 1;
  }
  return offset;
}

function clampMark<M extends HighlightMark>(text: string, mark: M): M | null {
  if (!Number.isFinite(mark.start) || !Number.isFinite(mark.end)) return null;
  const start = snap(text, Math.max(0, Math.min(text.length, Math.floor(mark.start))));
  let end = Math.max(0, Math.min(text.length, Math.ceil(mark.end)));
  const snappedEnd = snap(text, end);
  if (snappedEnd !== end) end = snappedEnd + 2;
  if (end <= start) return null;
  return start === mark.start && end === mark.end ? mark : { ...mark, start, end };
}

function byInnermost(a: HighlightMark, b: HighlightMark): number {
  return a.end - a.start - (b.end - b.start) || a.start - b.start || a.familyId.localeCompare(b.familyId);
}

export function segmentText<M extends HighlightMark>(text: string, marks: readonly M[]): Segment<M>[] {
  const seen = new Set<string>();
  const valid: M[] = [];
  for (const raw of marks) {
    const mark = clampMark(text, raw);
    if (!mark) continue;
    const key = `${mark.start}:${mark.end}:${mark.familyId}:${mark.entryId ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    valid.push(mark);
  }
  if (!text) return [];
  if (!valid.length) return [{ start: 0, end: text.length, text, marks: [] }];

  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const boundaries = [...cuts].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);

  const segments: Segment<M>[] = [];
  let active: M[] = [];
  let next = 0;
  for (let i = 0; i < boundaries.length - 1; i++) {
    const start = boundaries[i]!;
    const end = boundaries[i + 1]!;
    active = active.filter((m) => m.end > start);
    while (next < byStart.length && byStart[next]!.start <= start) {
      if (byStart[next]!.end > start) active.push(byStart[next]!);
      next++;
    }
    const covering = [...active].sort(byInnermost);
    const previous = segments[segments.length - 1];
    // Runs with the same marks are one run: fewer elements, and screen readers read words whole.
    if (previous && sameMarks(previous.marks, covering)) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
    } else {
      segments.push({ start, end, text: text.slice(start, end), marks: covering });
    }
  }
  return segments;
}

function sameMarks(a: readonly HighlightMark[], b: readonly HighlightMark[]): boolean {
  return a.length === b.length && a.every((m, i) => m === b[i]);
}

/** Why a run did not count, when none of its marks did; null when one of them counted. */
export function segmentNotCounted(segment: Segment): NotCountedReason | null {
  if (!segment.marks.length || segment.marks.some((m) => !m.notCounted)) return null;
  return segment.marks[0]!.notCounted!;
}

/** The families of a run, innermost first and without repeats: the first one colours it. */
export function segmentFamilies(segment: Segment): string[] {
  return [...new Set(segment.marks.map((m) => m.familyId))];
}

/**
 * The lines that hold a mark, merged where they meet: the excerpt of an offer to show around
 * its marks, so a long offer is not repeated whole for a handful of passages.
 */
export function markedLines(text: string, marks: readonly HighlightMark[]): { start: number; end: number }[] {
  const lines = marks
    .filter((m) => Number.isFinite(m.start) && Number.isFinite(m.end) && m.end > m.start && m.start < text.length)
    .map((m) => {
      const start = text.lastIndexOf("\n", Math.max(0, m.start) - 1) + 1;
      const newline = text.indexOf("\n", Math.min(m.end, text.length) - 1);
      return { start, end: newline === -1 ? text.length : newline };
    })
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const line of lines) {
    const last = merged.at(-1);
    if (last && line.start <= last.end + 1) last.end = Math.max(last.end, line.end);
    else merged.push({ ...line });
  }
  return merged;
}

/**
 * Runs grouped into blocks of at least `minChars`, each ending after a newline outside any
 * mark: a long offer laid out block by block (the page skips the blocks out of sight) reads
 * exactly as the whole, since a block ends where a line does anyway.
 */
export function blocksOf<M extends HighlightMark>(segments: readonly Segment<M>[], minChars: number): Segment<M>[][] {
  const blocks: Segment<M>[][] = [];
  let block: Segment<M>[] = [];
  let size = 0;
  const close = () => {
    if (block.length) blocks.push(block);
    block = [];
    size = 0;
  };
  for (const segment of segments) {
    if (segment.marks.length) {
      block.push(segment);
      size += segment.text.length;
      continue;
    }
    // A plain run is cut after the first newline that takes the block past its size.
    let from = 0;
    while (from < segment.text.length) {
      const cut = size + (segment.text.length - from) >= minChars ? segment.text.indexOf("\n", from + Math.max(0, minChars - size - 1)) : -1;
      const to = cut === -1 ? segment.text.length : cut + 1;
      block.push({ ...segment, start: segment.start + from, end: segment.start + to, text: segment.text.slice(from, to) });
      size += to - from;
      from = to;
      if (cut !== -1) close();
    }
  }
  close();
  return blocks;
}
