/**
 * Reads a request body as UTF-8 text, stopping as soon as it passes `limit` bytes:
 * a client may lie about Content-Length or send none (chunked), so the bytes are counted.
 * Returns null when the body is too large. `chunks` is a web body stream or Node's request.
 */
export async function readBodyWithLimit(chunks: AsyncIterable<Uint8Array> | null, declaredLength: number, limit: number): Promise<string | null> {
  if (Number.isFinite(declaredLength) && declaredLength > limit) return null;
  if (!chunks) return "";
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.byteLength;
    // Leaving the loop cancels a web stream; Node's request is left to the server to discard.
    if (size > limit) return null;
    parts.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return new TextDecoder("utf-8").decode(bytes);
}
