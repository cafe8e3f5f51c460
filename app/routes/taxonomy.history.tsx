import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { RevisionTable } from "#app/components/revision-table";
import { dbFrom } from "#app/db.server";
import { useMessages } from "#app/i18n/locale";
import { langFromRequest } from "#app/i18n/locale.server";
import { taxonomyText } from "#app/i18n/taxonomy";
import { listRevisions } from "#app/models/taxonomy-history.server";
import { getUser } from "#app/session.server";
import styles from "#app/styles/taxonomy.css";
import { changedFields } from "#app/taxonomy/revision-diff";
import { formatDate } from "#app/i18n/format";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "RoleScope" }];

const PAGE = 50;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  const before = Number(new URL(request.url).searchParams.get("before")) || undefined;
  const [revisions, user, lang] = await Promise.all([listRevisions(db, { before, limit: PAGE + 1 }), getUser(request, db), langFromRequest(request)]);
  return json({
    rows: revisions.slice(0, PAGE).map((r) => ({
      ...r,
      // Editors' addresses are for signed-in colleagues, not for every visitor.
      userEmail: user ? r.userEmail : null,
      when: formatDate(r.createdAt, lang, { timeStyle: "short" }),
      changes: changedFields(r.before, r.after),
    })),
    older: revisions.length > PAGE ? revisions[PAGE - 1]!.id : null,
    paged: Boolean(before),
    signedIn: Boolean(user),
    title: taxonomyText[lang].history.pageTitle,
  });
}

export default function History() {
  const { rows, older, paged, signedIn } = useLoaderData<typeof loader>();
  const t = useMessages(taxonomyText);
  const h = t.history;
  return (
    <>
      <p>
        <Link to="/taxonomy">← {t.family.back}</Link>
      </p>
      <h1>{h.title}</h1>
      <p className="lead">{h.intro}</p>
      {rows.length ? (
        <RevisionTable
          rows={rows}
          labels={h}
          who={(r) => r.userEmail ?? (signedIn ? h.unknownUser : "—")}
          what={(r) => (
            <>
              {h.actions[r.action] ?? r.action}
              <br />
              {r.entryId ? (
                <Link to={`/taxonomy/entries/${r.entryId}`}>
                  <code>{r.entryId}</code>
                </Link>
              ) : (
                <code>{r.targetId}</code>
              )}
            </>
          )}
          fieldLabel={(field) => h.fields[field] ?? field}
        />
      ) : (
        <p className="notice">{h.empty}</p>
      )}
      <p>
        {older ? <Link to={`?before=${older}`}>{h.older} →</Link> : null} {paged ? <Link to="/taxonomy/history">{h.newest}</Link> : null}
      </p>
    </>
  );
}
