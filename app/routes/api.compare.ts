import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { poolFrom } from "#app/analysis-pool/pool.server";
import { handleCompareApi } from "#app/compare/compare-api.server";
import { dbFrom } from "#app/db.server";
import { apiError } from "#app/http/json-api.server";
import { langFromRequest } from "#app/i18n/locale.server";

// Texts and error messages follow the caller's Accept-Language; codes and ids are the stable part.
export async function loader({ request }: LoaderFunctionArgs) {
  return apiError("method_not_allowed", await langFromRequest(request));
}

export async function action({ request, context }: ActionFunctionArgs) {
  return handleCompareApi(dbFrom(context), request, await langFromRequest(request), poolFrom(context));
}
