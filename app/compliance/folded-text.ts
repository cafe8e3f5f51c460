// The offer folded the analyzer's way (foldChar: case, accents, ligatures), with
// punctuation runs turned into one space and currency signs into words, plus the
// source offset of every folded character, so that a match maps back to the passage.

import { CharClass, foldChar } from "#app/analysis/fold";

const CURRENCY = new Map<number, string>([
  [0x20ac, "eur"],
  [0x24, "usd"],
  [0xa3, "gbp"],
]);

export interface FoldedText {
  folded: string;
  /** For each folded unit, the source range it came from. */
  from: Int32Array;
  to: Int32Array;
}

// Runs on every checked offer: the offsets go into typed arrays that double when full, so a
// long offer costs a few allocations, not one per character.
export function foldText(text: string, start = 0, end = text.length): FoldedText {
  let folded = "";
  let length = 0;
  let from = new Int32Array(Math.max(16, end - start + 16));
  let to = new Int32Array(from.length);
  let lastIsSpace = true;
  const push = (s: string, a: number, b: number) => {
    if (!s) return;
    if (length + s.length > from.length) {
      const grownFrom = new Int32Array(from.length * 2 + s.length);
      grownFrom.set(from);
      const grownTo = new Int32Array(grownFrom.length);
      grownTo.set(to);
      from = grownFrom;
      to = grownTo;
    }
    for (let k = 0; k < s.length; k++, length++) {
      from[length] = a;
      to[length] = b;
    }
    folded += s;
    lastIsSpace = s.endsWith(" ");
  };
  const space = (a: number, b: number) => {
    if (!lastIsSpace) push(" ", a, b);
  };
  const stop = Math.min(end, text.length);
  for (let i = Math.max(0, start); i < stop; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const currency = CURRENCY.get(cp);
    const f = foldChar(cp);
    if (currency) {
      space(i, i + width);
      push(currency, i, i + width);
      push(" ", i, i + width);
    } else if (f.cls === CharClass.Word) push(f.folded, i, i + width);
    else if (f.cls !== CharClass.Invisible) space(i, i + width);
    i += width;
  }
  return { folded, from: from.subarray(0, length), to: to.subarray(0, length) };
}

/** Source range of the folded range [a, b). */
export function sourceRange(ft: FoldedText, a: number, b: number): { start: number; end: number } {
  return { start: ft.from[a], end: ft.to[b - 1] };
}
