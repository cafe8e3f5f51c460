import { json, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ConfirmStep } from "#app/components/confirm-step";
import { CompareResults } from "#app/components/compare/compare-results";
import { dbFrom } from "#app/db.server";
import { compareUi } from "#app/i18n/compare";
import { isLang, useMessages } from "#app/i18n/locale";
import { langFromRequest } from "#app/i18n/locale.server";
import { workspaces } from "#app/i18n/workspaces";
import { deleteComparison, findComparison } from "#app/models/comparison.server";
import { isConfirmed } from "#app/workspaces/confirm";
import { requireMember, viewerWorkspaceId } from "#app/workspaces/require-member.server";
import { RECRUITERS } from "#app/workspaces/roles";
import compareStyles from "#app/styles/compare.css";
import { readForm } from "#app/http/read-form.server";
import { formatDate } from "#app/i18n/format";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: compareStyles }];

export const meta: MetaFunction = ({ matches }) => {
  const lang = (matches.find((m) => m.id === "root")?.data as { lang?: string } | undefined)?.lang;
  // Reachable by link only: keep saved comparisons out of search engines.
  return [{ title: compareUi[isLang(lang) ? lang : "fr"].savedMetaTitle }, { name: "robots", content: "noindex" }];
};

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  const saved = await findComparison(db, params.id ?? "", await viewerWorkspaceId(request, db));
  if (!saved) throw new Response("Not found", { status: 404 });
  const lang = await langFromRequest(request);
  const savedOn = formatDate(saved.createdAt, lang, { dateStyle: "long" });
  return json(
    {
      id: saved.id,
      url: new URL(`/compare/${saved.id}`, request.url).toString(),
      savedOn,
      comparisons: saved.comparisons,
      slots: saved.comparisons.map((_, i) => i + 1),
    },
    { headers: { "X-Robots-Tag": "noindex", "Cache-Control": "private, no-store" } },
  );
}

/**
 * Deleting takes a confirmation. An open comparison is the candidate's: the link is the
 * key. One saved in a workspace is deleted by its owners and recruiters only.
 */
export async function action({ params, request, context }: ActionFunctionArgs) {
  const db = dbFrom(context);
  const viewer = await viewerWorkspaceId(request, db);
  const saved = await findComparison(db, params.id ?? "", viewer);
  if (!saved) throw new Response("Not found", { status: 404 });
  if (saved.workspaceId !== null) await requireMember(request, db, RECRUITERS);
  const form = await readForm(request);
  if (form.get("intent") !== "delete") throw new Response("Bad request", { status: 400 });
  if (!isConfirmed(form)) return json({ confirm: true });
  const deleted = await deleteComparison(db, saved.id, viewer);
  if (!deleted) throw new Response("Not found", { status: 404 });
  return redirect("/compare?deleted=1");
}

export default function SavedComparison() {
  const data = useLoaderData<typeof loader>();
  const asked = useActionData<typeof action>();
  const t = useMessages(compareUi);
  const tw = useMessages(workspaces);
  return (
    <div className="compare-page">
      <h1>{t.result.heading}</h1>
      <section className="panel saved-box" data-testid="saved">
        <p>{t.result.saved}</p>
        <label htmlFor="compare-permalink">{t.result.permalink}</label>
        <input id="compare-permalink" type="text" readOnly value={data.url} />
        <p className="muted">{t.result.savedOn(data.savedOn)}</p>
        <div className="saved-actions">
          <Link className="button" to="/compare">
            {t.result.newComparison}
          </Link>
          <Form method="post">
            <button type="submit" name="intent" value="delete" className="danger" aria-describedby="compare-delete-hint">
              {t.result.delete}
            </button>
          </Form>
        </div>
        <p className="hint muted" id="compare-delete-hint">
          {t.result.deleteHint}
        </p>
        {asked?.confirm ? <ConfirmStep question={tw.confirm.deleteComparison} yes={tw.confirm.deleteYes} intent="delete" cancelHref={`/compare/${data.id}`} /> : null}
      </section>
      <CompareResults comparisons={data.comparisons} slots={data.slots} />
    </div>
  );
}
