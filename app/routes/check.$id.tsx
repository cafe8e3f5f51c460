import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse, Link, useLoaderData, useRouteError } from "@remix-run/react";
import { loadSavedCheck } from "#app/check/saved-check.server";
import { CheckResult } from "#app/components/check/check-result";
import { ShareBox } from "#app/components/check/share-box";
import { dbFrom } from "#app/db.server";
import { check } from "#app/i18n/check";
import { common } from "#app/i18n/common";
import { isLang, useMessages } from "#app/i18n/locale";
import { langFromRequest } from "#app/i18n/locale.server";
import { viewerWorkspaceId } from "#app/workspaces/require-member.server";
import checkStyles from "#app/styles/check.css";
import complianceStyles from "#app/styles/compliance.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: checkStyles }, { rel: "stylesheet", href: complianceStyles }];

export const meta: MetaFunction = ({ matches }) => {
  const lang = (matches.find((m) => m.id === "root")?.data as { lang?: string } | undefined)?.lang;
  // Shared offers are reachable by link only: keep them out of search engines.
  return [{ title: check[isLang(lang) ? lang : "fr"].savedMetaTitle }, { name: "robots", content: "noindex" }];
};

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const lang = await langFromRequest(request);
  const db = dbFrom(context);
  const saved = await loadSavedCheck(db, params.id ?? "", lang, await viewerWorkspaceId(request, db));
  if (saved === "db_down") throw new Response(null, { status: 503 });
  if (!saved) throw json({ notFound: true }, { status: 404 });
  const url = new URL(`/check/${saved.id}`, request.url).toString();
  return json({ ...saved, url }, { headers: { "X-Robots-Tag": "noindex" } });
}

export default function SavedCheck() {
  const data = useLoaderData<typeof loader>();
  const t = useMessages(check);
  return (
    <div className="check-page">
      <h1>{t.savedTitle}</h1>
      <CheckResult
        view={data.view}
        afterVerdict={<ShareBox url={data.url} savedOn={t.share.savedOn(data.createdOn)} versions={t.share.versions(data.view.analyzerVersion, data.view.taxonomyVersion)} />}
      />
    </div>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const t = useMessages(check);
  const c = useMessages(common);
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <section className="error-page">
        <h1>{t.notFound.title}</h1>
        <p>{t.notFound.body}</p>
        <p>
          <Link to="/check">{t.notFound.back}</Link>
        </p>
      </section>
    );
  }
  const dbDown = isRouteErrorResponse(error) && error.status === 503;
  return (
    <section className="error-page">
      <h1>{c.error.title}</h1>
      <p>{dbDown ? c.error.dbDown : c.error.body}</p>
      <p>
        <Link to="/check">{t.notFound.back}</Link>
      </p>
    </section>
  );
}
