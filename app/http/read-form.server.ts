// A form body that cannot be parsed (a broken multipart body, a missing boundary) is the
// client's mistake: a 400, never a 500.
export async function readForm(request: Request): Promise<FormData> {
  try {
    return await readForm(request);
  } catch {
    throw new Response("Bad Request", { status: 400, statusText: "Bad Request" });
  }
}
