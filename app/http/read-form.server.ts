/**
 * The posted form. A body that cannot be parsed (a broken multipart body, a missing
 * boundary) is the client's mistake: a 400, never a 500. NUL characters are dropped from
 * the fields: no form has a use for them and PostgreSQL text cannot store them.
 */
export async function readForm(request: Request): Promise<FormData> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new Response("Bad Request", { status: 400, statusText: "Bad Request" });
  }
  const clean = new FormData();
  for (const [name, value] of form) clean.append(name.replaceAll("\u0000", ""), typeof value === "string" ? value.replaceAll("\u0000", "") : value);
  return clean;
}
