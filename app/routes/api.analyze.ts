import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { poolFrom } from "#app/analysis-pool/pool.server";
import { handleAnalyzeApi } from "#app/check/analyze-api.server";
import { dbFrom } from "#app/db.server";
import { apiError } from "#app/http/json-api.server";
import { langFromRequest } from "#app/i18n/locale.server";

// Error messages follow the caller's Accept-Language; codes are the stable part. The built
// server answers POSTs before Remix (app/cli/serve.ts) with the same handler.
export async function loader({ request }: LoaderFunctionArgs) {
  return apiError("method_not_allowed", await langFromRequest(request));
}

export async function action({ request, context }: ActionFunctionArgs) {
  return handleAnalyzeApi(dbFrom(context), request, poolFrom(context));
}
