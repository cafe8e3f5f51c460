import { json, type ActionFunctionArgs } from "@remix-run/node";
import { assertSameOrigin } from "#app/auth/same-origin.server";
import { guardView } from "#app/cards/scope-guard";
import { toFormValues } from "#app/cards/card";
import { formDataToObject } from "#app/cards/form-data";
import { dbFrom } from "#app/db.server";
import { langFromRequest } from "#app/i18n/locale.server";
import { getCompiledTaxonomy } from "#app/analysis-service/analyze-offers.server";
import { getUser } from "#app/session.server";
import { readForm } from "#app/http/read-form.server";

/** The builder's live scope check: the duties in, the guard (labelled) out. Changes nothing. */
export async function action({ request, context }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const db = dbFrom(context);
  if (!(await getUser(request, db))) throw json({ error: "sign in first" }, { status: 401 });
  const lang = await langFromRequest(request);
  const values = toFormValues(formDataToObject(await readForm(request)), lang);
  return json(guardView(values, await getCompiledTaxonomy(db), lang));
}

export function loader() {
  throw new Response("Method not allowed", { status: 405, headers: { Allow: "POST" } });
}
