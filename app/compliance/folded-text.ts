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

/** Folded units, with the source range of each, written into typed arrays that double when full. */
class FoldWriter {
  units: Uint16Array;
  from: Int32Array;
  to: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
    this.from = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
  }

  lastIsSpace(): boolean {
    return this.length === 0 || this.units[this.length - 1] === SPACE;
  }

  push(s: string, a: number, b: number): void {
    if (this.length + s.length > this.units.length) this.grow(s.length);
    for (let k = 0; k < s.length; k++) this.put(s.charCodeAt(k), a, b);
  }

  /** One unit; the caller has made room. */
  put(unit: number, a: number, b: number): void {
    this.units[this.length] = unit;
    this.from[this.length] = a;
    this.to[this.length] = b;
    this.length++;
  }

  space(a: number, b: number): void {
    if (this.lastIsSpace()) return;
    if (this.length + 1 > this.units.length) this.grow(1);
    this.put(SPACE, a, b);
  }

  private grow(atLeast: number): void {
    const size = this.units.length * 2 + atLeast;
    const units = new Uint16Array(size);
    units.set(this.units);
    const from = new Int32Array(size);
    from.set(this.from);
    const to = new Int32Array(size);
    to.set(this.to);
    this.units = units;
    this.from = from;
    this.to = to;
  }

  text(): string {
    return UTF16.decode(this.units.subarray(0, this.length));
  }
}

const SPACE = 0x20;
const UTF16 = new TextDecoder("utf-16le");
const ASCII_UPPER_A = 0x41;
const ASCII_UPPER_Z = 0x5a;

// Runs on every checked offer, so it writes code units into typed arrays rather than
// building a string one character at a time: plain ASCII letters, most of an offer, take a
// short path, and only other characters go through foldChar.
export function foldText(text: string, start = 0, end = text.length): FoldedText {
  const stop = Math.min(end, text.length);
  const out = new FoldWriter(Math.max(16, stop - start + 16));
  for (let i = Math.max(0, start); i < stop; ) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80 && ASCII_WORD[unit]) {
      if (out.length + 1 > out.units.length) out.push(String.fromCharCode(unit), i, i + 1);
      else out.put(unit >= ASCII_UPPER_A && unit <= ASCII_UPPER_Z ? unit + 0x20 : unit, i, i + 1);
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const currency = CURRENCY.get(cp);
    const f = foldChar(cp);
    if (currency) {
      out.space(i, i + width);
      out.push(currency, i, i + width);
      out.push(" ", i, i + width);
    } else if (f.cls === CharClass.Word) out.push(f.folded, i, i + width);
    else if (f.cls !== CharClass.Invisible) out.space(i, i + width);
    i += width;
  }
  return { folded: out.text(), from: out.from.subarray(0, out.length), to: out.to.subarray(0, out.length) };
}

/** ASCII letters and digits: they fold to themselves, lower-cased. */
const ASCII_WORD = Uint8Array.from({ length: 0x80 }, (_, unit) => (foldChar(unit).cls === CharClass.Word && !CURRENCY.has(unit) ? 1 : 0));

/** Source range of the folded range [a, b). */
export function sourceRange(ft: FoldedText, a: number, b: number): { start: number; end: number } {
  return { start: ft.from[a], end: ft.to[b - 1] };
}
