import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { dbFrom } from "#app/db.server";
import { useLang, useMessages } from "#app/i18n/locale";
import { langFromRequest } from "#app/i18n/locale.server";
import { workspaces as messages } from "#app/i18n/workspaces";
import { listAudit } from "#app/models/audit.server";
import { requireMember } from "#app/workspaces/require-member.server";
import { OWNERS } from "#app/workspaces/roles";
import { formatDate } from "#app/i18n/format";
import { DataTable } from "#app/components/data-table";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.metaTitle} — RoleScope` : "RoleScope" }];

const PAGE = 100;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  const { workspace } = await requireMember(request, db, OWNERS);
  const before = Number(new URL(request.url).searchParams.get("before"));
  const events = await listAudit(db, workspace.id, { before: Number.isSafeInteger(before) && before > 0 ? before : undefined, limit: PAGE });
  return json(
    {
      metaTitle: messages[await langFromRequest(request)].audit.metaTitle,
      events: events.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })),
      older: events.length === PAGE ? events[events.length - 1]!.id : null,
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export default function AuditLog() {
  const data = useLoaderData<typeof loader>();
  const t = useMessages(messages);
  const lang = useLang();
  return (
    <div className="audit-page">
      <p>
        <Link to="/workspace">← {t.settings.metaTitle}</Link>
      </p>
      <h1>{t.audit.title}</h1>
      <p className="lead">{t.audit.intro}</p>
      {data.events.length ? (
        <div className="table-scroll">
          <DataTable className="audit-log" head={[t.audit.when, t.audit.who, t.audit.action, t.audit.target]}>
            {data.events.map((e) => (
              <tr key={e.id}>
                <td>{formatDate(e.createdAt, lang, { timeStyle: "medium" })}</td>
                <td>{e.userEmail ?? t.audit.system}</td>
                <td>{t.audit.actions[e.action] ?? e.action}</td>
                <td>
                  {t.audit.targets[e.targetType] ?? e.targetType} #{e.targetId}
                </td>
              </tr>
            ))}
          </DataTable>
        </div>
      ) : (
        <p className="muted">{t.audit.empty}</p>
      )}
      {data.older ? (
        <p>
          <Link to={`?before=${data.older}`}>{t.audit.older}</Link>
        </p>
      ) : null}
    </div>
  );
}
