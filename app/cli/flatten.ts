// What copying an offer often does to it, for `npm run eval -- --flatten`: its lines run
// together, with a space ("spaced", a page copied as one paragraph) or without one
// ("glued", HTML stripped of its tags). A file's leading "Key: value" header lines
// (the corpus's Title / Company / Location) are kept: a job board gives those apart.

export type Flattening = "spaced" | "glued";

const HEADER_LINE = /^[\p{L}][\p{L} _-]{0,30}:\s/u;

export function flatten(text: string, how: Flattening): string {
  const lines = text.split("\n");
  let head = 0;
  while (head < lines.length && HEADER_LINE.test(lines[head]!)) head++;
  const body = lines
    .slice(head)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(how === "spaced" ? " " : "");
  return [...lines.slice(0, head), body].join("\n");
}
