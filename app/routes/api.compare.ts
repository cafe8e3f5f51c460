import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { poolFrom } from "~/analysis-pool/pool.server";
import { handleCompareApi } from "~/compare/compare-api.server";
import { dbFrom } from "~/db.server";
import { apiError } from "~/http/json-api.server";
import { langFromRequest } from "~/i18n/locale.server";

// Texts and error messages follow the caller's Accept-Language; codes and ids are the stable part.
export async function loader({ request }: LoaderFunctionArgs) {
  return apiError("method_not_allowed", await langFromRequest(request));
}

export async function action({ request, context }: ActionFunctionArgs) {
  return handleCompareApi(dbFrom(context), request, await langFromRequest(request), poolFrom(context));
}
