import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { RevisionTable } from "#app/components/revision-table";
import { ruleChanges } from "#app/compliance/revision-changes";
import { dbFrom } from "#app/db.server";
import { compliance } from "#app/i18n/compliance";
import { useMessages } from "#app/i18n/locale";
import { langFromRequest } from "#app/i18n/locale.server";
import { listComplianceRevisions } from "#app/models/compliance-rules.server";
import { getUser } from "#app/session.server";
import styles from "#app/styles/taxonomy.css";
import { formatDate } from "#app/i18n/format";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.title} — RoleScope` : "RoleScope" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  const [revisions, user, lang] = await Promise.all([listComplianceRevisions(db), getUser(request, db), langFromRequest(request)]);
  return json({
    rows: revisions.map((r) => ({
      ...r,
      // Editors' addresses are for signed-in colleagues, not for every visitor.
      userEmail: user ? r.userEmail : null,
      when: formatDate(r.createdAt, lang, { timeStyle: "short" }),
      changes: ruleChanges(r.before, r.after),
    })),
    title: compliance[lang].rules.history,
  });
}

export default function ComplianceHistory() {
  const { rows } = useLoaderData<typeof loader>();
  const r = useMessages(compliance).rules;
  return (
    <>
      <p>
        <Link to="/compliance">← {r.back}</Link>
      </p>
      <h1>{r.history}</h1>
      <p className="lead">{r.historyIntro}</p>
      {rows.length ? (
        <RevisionTable
          rows={rows}
          labels={{ ...r, colon: " : " }}
          who={(row) => row.userEmail ?? "—"}
          what={(row) => (
            <Link to={`/compliance#${row.targetId}`}>
              <code>{row.targetId}</code>
            </Link>
          )}
        />
      ) : (
        <p className="notice">{r.empty}</p>
      )}
    </>
  );
}
