import { convertBytes, FileTooComplex, type FileKind } from "./convert-file.server";

// Entry point of the extraction worker threads (see extract-text.server.ts). Errors do not
// cross the thread boundary with their class, so the outcome is returned as plain data.

export type WorkerOutcome = { ok: true; text: string | null } | { ok: false; tooComplex: boolean };

export default async function extract({ kind, bytes }: { kind: FileKind; bytes: Uint8Array }): Promise<WorkerOutcome> {
  try {
    return { ok: true, text: await convertBytes(kind, bytes) };
  } catch (error) {
    return { ok: false, tooComplex: error instanceof FileTooComplex };
  }
}
