// What HR pastes: plain text and Markdown are analysed as they are (offsets point into
// the input itself); HTML is turned into text first, list items kept as lines.

import { decodeHTMLStrict } from "entities";
import { convert } from "html-to-text";

export type InputFormat = "auto" | "text" | "html";

const BLOCK_TAG = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|table|tr|td|th|section|article|body|html|head|span|strong|em|b|i|u|font|header|footer|main)\b[^<>]{0,500}>/gi;
const MIN_TAGS = 3;

export function looksLikeHtml(text: string): boolean {
  const sample = text.length > 50_000 ? text.slice(0, 50_000) : text;
  BLOCK_TAG.lastIndex = 0;
  let count = 0;
  while (BLOCK_TAG.exec(sample)) {
    if (++count >= MIN_TAGS) return true;
  }
  return /^\s*<(?:!doctype|html|body|div|p|ul|ol|h[1-6])\b/i.test(sample);
}

function stripTagsCrudely(html: string): string {
  const text = html
    .replace(/<(?:br|\/p|\/div|\/li|\/h[1-6]|\/tr)\b[^<>]{0,500}>/gi, "\n")
    .replace(/<li\b[^<>]{0,500}>/gi, "\n• ")
    .replace(/<[^<>]{0,2000}>/g, " ");
  return decodeHTMLStrict(text);
}

/** A front matter's field: a one-word key ("title:", "post-date:", "job_type ="), not a heading ("Vos missions :"). */
export const FRONT_MATTER_FIELD = /^[A-Za-z_][\w-]*[ \t]*[:=]/;
/** A front matter's opening fence and first field, as a site's Markdown page starts. */
const FRONT_MATTER_START = new RegExp(`^\\s*(?:---|\\+\\+\\+)[ \\t]*\\r?\\n${FRONT_MATTER_FIELD.source.slice(1)}`);
/** Markdown headings ("## Missions"): an HTML page's source wraps its text, but never writes these. */
const MARKDOWN_HEADING = /^#{1,6}[ \t]+\S/gm;
const MIN_MARKDOWN_HEADINGS = 2;

/** A Markdown page with some HTML in it (a site's job page): its line breaks are its layout, not the source's wrapping. */
function isMarkdown(text: string): boolean {
  if (FRONT_MATTER_START.test(text)) return true;
  MARKDOWN_HEADING.lastIndex = 0;
  let count = 0;
  while (MARKDOWN_HEADING.exec(text)) {
    if (++count >= MIN_MARKDOWN_HEADINGS) return true;
  }
  return false;
}

export function htmlToText(html: string): string {
  try {
    return convert(html, {
      wordwrap: false,
      preserveNewlines: isMarkdown(html),
      selectors: [
        { selector: "a", options: { ignoreHref: true } },
        { selector: "img", format: "skip" },
        { selector: "script", format: "skip" },
        { selector: "style", format: "skip" },
        { selector: "ul", options: { itemPrefix: "• " } },
        { selector: "h1", options: { uppercase: false } },
        { selector: "h2", options: { uppercase: false } },
        { selector: "h3", options: { uppercase: false } },
        { selector: "h4", options: { uppercase: false } },
        { selector: "h5", options: { uppercase: false } },
        { selector: "h6", options: { uppercase: false } },
        { selector: "table", format: "block" },
        { selector: "tr", format: "block" },
        { selector: "th", format: "inline" },
        { selector: "td", format: "inline" },
      ],
    });
  } catch {
    return stripTagsCrudely(html);
  }
}

// Text copied from a page's source or a Markdown file of a website keeps its character
// references ("r&eacute;seaux") though it has no tags: words spelt so are not words.
// Two references at least, so that a lone "&amp;" in a plain offer changes nothing.
const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi;
const MIN_REFERENCES = 2;

function hasCharacterReferences(text: string): boolean {
  CHARACTER_REFERENCE.lastIndex = 0;
  let count = 0;
  while (CHARACTER_REFERENCE.exec(text)) {
    if (++count >= MIN_REFERENCES) return true;
  }
  return false;
}

export function prepareInput(raw: unknown, format: InputFormat = "auto"): { text: string; format: "text" | "html" } {
  const input = typeof raw === "string" ? raw : "";
  const html = format === "html" || (format === "auto" && looksLikeHtml(input));
  if (html) return { text: htmlToText(input), format: "html" };
  if (format === "auto" && hasCharacterReferences(input)) return { text: decodeHTMLStrict(input), format: "html" };
  return { text: input, format: "text" };
}
