// Shared by the form, the upload parser and the JSON API so that every surface refuses
// the same things.
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const MAX_TEXT_BYTES = 200 * 1024;
/** What one uploaded file may become once unpacked (a .docx's zip entries added up). */
export const MAX_INFLATED_BYTES = 20 * 1024 * 1024;
export const MAX_PDF_PAGES = 50;
/** A whole form post, checked before a byte is parsed: five offers of 200 KB, percent-encoded. */
export const MAX_URLENCODED_BYTES = 4 * 1024 * 1024;
/** A whole multipart post: a couple of full-size files, or five ordinary ones, plus the fields. */
export const MAX_MULTIPART_BYTES = 12 * 1024 * 1024;
export const MAX_FORM_PARTS = 40;
/** The JSON API's body: the offer text plus room for the envelope and escapes. */
export const MAX_JSON_BODY_BYTES = MAX_TEXT_BYTES + 1024;

/** What the file pickers offer: the types extract-text.server.ts reads, by extension and by MIME type. */
export const ACCEPTED_FILES =
  ".txt,.md,.markdown,.html,.htm,.docx,.pdf,text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/**
 * Browsers submit textarea line breaks as CRLF; the analysis and its offsets use LF.
 * NUL characters go too: no offer contains one, and PostgreSQL text cannot store it.
 */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n").replaceAll("\u0000", "");
}
