import { createHash } from "node:crypto";

/** Identifies an offer's text across runs: white space runs count as one space (the migration computes the same in SQL). */
export function textKey(text: string): string {
  return createHash("md5").update(text.replace(/[ \t\n\r\f\v]+/g, " ")).digest("hex");
}
