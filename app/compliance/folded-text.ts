// The offer folded the analyzer's way (foldChar: case, accents, ligatures), with
// punctuation runs turned into one space and currency signs into words, plus the
// source offset of every folded character, so that a match maps back to the passage.

import { CharClass, foldChar } from "~/analysis/fold";

const CURRENCY: Record<string, string> = { "€": "eur", $: "usd", "£": "gbp" };

export interface FoldedText {
  folded: string;
  /** For each folded unit, the source range it came from. */
  from: Int32Array;
  to: Int32Array;
}

export function foldText(text: string, start = 0, end = text.length): FoldedText {
  let folded = "";
  const from: number[] = [];
  const to: number[] = [];
  const push = (s: string, a: number, b: number) => {
    for (let k = 0; k < s.length; k++) {
      from.push(a);
      to.push(b);
    }
    folded += s;
  };
  const space = (a: number, b: number) => {
    if (folded.length && folded[folded.length - 1] !== " ") push(" ", a, b);
  };
  const stop = Math.min(end, text.length);
  for (let i = Math.max(0, start); i < stop; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = String.fromCodePoint(cp);
    const f = foldChar(cp);
    if (CURRENCY[ch]) {
      space(i, i + width);
      push(CURRENCY[ch], i, i + width);
      push(" ", i, i + width);
    } else if (f.cls === CharClass.Word) push(f.folded, i, i + width);
    else if (f.cls !== CharClass.Invisible) space(i, i + width);
    i += width;
  }
  return { folded, from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** Source range of the folded range [a, b). */
export function sourceRange(ft: FoldedText, a: number, b: number): { start: number; end: number } {
  return { start: ft.from[a], end: ft.to[b - 1] };
}
