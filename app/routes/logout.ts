import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { assertSameOrigin } from "#app/auth/same-origin.server";
import { dbFrom } from "#app/db.server";
import { readForm } from "#app/http/read-form.server";
import { logout } from "#app/session.server";

// POST only: a link or an image could otherwise sign people out from another site.
export async function loader() {
  return redirect("/");
}

export async function action({ request, context }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const everywhere = (await readForm(request)).get("scope") === "everywhere";
  return logout(request, dbFrom(context), { everywhere });
}
