import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { dbFrom } from "#app/db.server";
import { getTaxonomy } from "#app/models/taxonomy.server";
import { taxonomyJson } from "#app/taxonomy/views";

// The version changes with every seed and edit, so it is a strong validator: clients
// revalidate cheaply and never keep a stale taxonomy.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const taxonomy = await getTaxonomy(dbFrom(context));
  const etag = `"${taxonomy.version}"`;
  const headers = { ETag: etag, "Cache-Control": "no-cache" };
  if (request.headers.get("If-None-Match") === etag) return new Response(null, { status: 304, headers });
  return json(taxonomyJson(taxonomy), { headers });
}
