import { json, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { poolFrom } from "#app/analysis-pool/pool.server";
import { fingerprint } from "#app/forms/fingerprint";
import { outcomeResponse } from "#app/intake/offer-form.server";
import { handleCompareForm, type CompareActionData } from "#app/compare/compare-action.server";
import { BLANK_COMPARE, type CompareValues } from "#app/compare/compare-values";
import { CompareForm } from "#app/components/compare/compare-form";
import { CompareResults } from "#app/components/compare/compare-results";
import { dbFrom } from "#app/db.server";
import { clientIpFrom } from "#app/http/request-context.server";
import { compareUi } from "#app/i18n/compare";
import { isLang, useMessages } from "#app/i18n/locale";
import { langFromRequest } from "#app/i18n/locale.server";
import { getTaxonomy } from "#app/models/taxonomy.server";
import compareStyles from "#app/styles/compare.css";
import { retryAfterHeaders } from "#app/http/retry-after";
import { useDropIndexParam } from "#app/components/use-drop-index-param";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: compareStyles }];

export const headers = retryAfterHeaders;

export const meta: MetaFunction = ({ matches }) => {
  const lang = (matches.find((m) => m.id === "root")?.data as { lang?: string } | undefined)?.lang;
  return [{ title: compareUi[isLang(lang) ? lang : "fr"].metaTitle }];
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  let taxonomy;
  try {
    taxonomy = await getTaxonomy(dbFrom(context));
  } catch {
    throw new Response(null, { status: 503 });
  }
  const profiles = taxonomy.profiles.map((p) => ({ id: p.id, label: p.label }));
  const deleted = new URL(request.url).searchParams.has("deleted");
  return json({ profiles, deleted });
}

export async function action({ request, context }: ActionFunctionArgs) {
  return outcomeResponse(await handleCompareForm(dbFrom(context), request, await langFromRequest(request), clientIpFrom(context), poolFrom(context)), "/compare");
}

const revisionOf = (values: CompareValues) => fingerprint(values.texts.join("\u0000") + values.profile + values.save);

export default function ComparePage() {
  useDropIndexParam();
  const t = useMessages(compareUi);
  const { profiles, deleted } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as CompareActionData | undefined;
  const values = data?.values ?? BLANK_COMPARE;
  return (
    <div className="compare-page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {deleted && !data ? (
        <p className="notice success" role="status">
          {t.result.deleted}
        </p>
      ) : null}
      <CompareForm
        profiles={profiles}
        values={values}
        error={data?.status === "error" ? { code: data.code, slot: data.slot } : null}
        revision={revisionOf(values)}
      />
      {data?.status === "ok" ? (
        <div className="compare-output">
          <h2 className="visually-hidden">{t.result.heading}</h2>
          <p className="notice" role="status" data-testid="not-kept">
            {t.result.notKept}
          </p>
          <CompareResults comparisons={data.comparisons} slots={data.slots} />
        </div>
      ) : null}
    </div>
  );
}
