import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import type { BadRow } from "./offer-schema";
import type { RawRecord } from "./read-offers.server";

/** One JSON object per line; blank lines are skipped, a line that is not JSON is a bad row. */
export async function* readJsonLines(input: AsyncIterable<string>): AsyncGenerator<RawRecord | BadRow> {
  let line = 0;
  for await (const text of createInterface({ input: Readable.from(input), crlfDelay: Infinity })) {
    line += 1;
    const trimmed = text.trim();
    if (!trimmed) continue;
    let record: unknown;
    try {
      record = JSON.parse(trimmed);
    } catch {
      yield { line, reason: "bad_json" };
      continue;
    }
    yield { line, record };
  }
}
