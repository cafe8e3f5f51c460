import { readForm } from "#app/http/read-form.server";
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { assertSameOrigin } from "#app/auth/same-origin.server";
import { ConfirmStep } from "#app/components/confirm-step";
import { FormField, SelectField } from "#app/components/form-field";
import { dbFrom } from "#app/db.server";
import { fieldErrors } from "#app/forms/field-errors";
import { text } from "#app/forms/form-values";
import { useLang, useMessages } from "#app/i18n/locale";
import { langFromRequest } from "#app/i18n/locale.server";
import { workspaces as messages, type WorkspaceErrorKey } from "#app/i18n/workspaces";
import { recordAudit } from "#app/models/audit.server";
import { createInvite, listOpenInvites, revokeInvite } from "#app/models/invite.server";
import { findWorkspace, listMembers, removeMember, updateWorkspaceSettings } from "#app/models/workspace.server";
import { isConfirmed } from "#app/workspaces/confirm";
import { requireMember } from "#app/workspaces/require-member.server";
import { OWNERS, WORKSPACE_ROLES } from "#app/workspaces/roles";
import { InviteSchema, WorkspaceSettingsSchema } from "#app/workspaces/workspace-schema";
import { formatDate } from "#app/i18n/format";
import { DataTable } from "#app/components/data-table";
import { Panel } from "#app/components/panel";
import { RowAction } from "#app/components/row-action";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.metaTitle} — RoleScope` : "RoleScope" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  const { user, workspace } = await requireMember(request, db, OWNERS);
  const settings = (await findWorkspace(db, workspace.id))!;
  const [members, invites] = await Promise.all([listMembers(db, workspace.id), listOpenInvites(db, workspace.id)]);
  return json(
    {
      metaTitle: messages[await langFromRequest(request)].settings.metaTitle,
      userId: user.id,
      workspace: { name: settings.name, retentionMonths: settings.retentionMonths },
      members: members.map((m) => ({ ...m, since: m.since.toISOString() })),
      invites: invites.map((i) => ({ ...i, expiresAt: i.expiresAt.toISOString() })),
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

type ActionData =
  | { kind: "settings"; values: { name: string; retentionMonths: string }; errors: Partial<Record<string, WorkspaceErrorKey>> }
  | { kind: "invite"; url: string }
  | { kind: "confirmRemove"; userId: number; email: string }
  | { kind: "lastOwner" };

export async function action({ request, context }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const db = dbFrom(context);
  const { user, workspace } = await requireMember(request, db, OWNERS);
  const form = await readForm(request);
  const intent = form.get("intent");
  if (intent === "settings") {
    const values = { name: text(form, "name"), retentionMonths: text(form, "retentionMonths") };
    const parsed = WorkspaceSettingsSchema.safeParse(values);
    if (!parsed.success) return json<ActionData>({ kind: "settings", values, errors: fieldErrors<WorkspaceErrorKey>(parsed.error) }, { status: 400 });
    await updateWorkspaceSettings(db, workspace.id, parsed.data);
    return redirect("/workspace?saved=1");
  }
  if (intent === "invite") {
    const parsed = InviteSchema.safeParse({ role: form.get("role") });
    if (!parsed.success) throw new Response("Bad request", { status: 400 });
    const token = await createInvite(db, { workspaceId: workspace.id, role: parsed.data.role, createdBy: user.id });
    return json<ActionData>({ kind: "invite", url: new URL(`/invites/${token}`, request.url).toString() });
  }
  if (intent === "revoke") {
    if (!(await revokeInvite(db, workspace.id, Number(form.get("inviteId"))))) throw new Response("Not found", { status: 404 });
    return redirect("/workspace?revoked=1");
  }
  if (intent === "remove") {
    const userId = Number(form.get("userId"));
    const member = (await listMembers(db, workspace.id)).find((m) => m.userId === userId);
    if (!member) throw new Response("Not found", { status: 404 });
    if (!isConfirmed(form)) return json<ActionData>({ kind: "confirmRemove", userId, email: member.email });
    const result = await removeMember(db, workspace.id, userId);
    if (result === "last_owner") return json<ActionData>({ kind: "lastOwner" }, { status: 409 });
    await recordAudit(db, { workspaceId: workspace.id, userId: user.id, action: "member.remove", targetType: "user", targetId: userId });
    return redirect("/workspace?removed=1");
  }
  throw new Response("Unknown intent", { status: 400 });
}

export default function WorkspaceSettings() {
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as ActionData | undefined;
  const t = useMessages(messages);
  const lang = useLang();
  const [search] = useSearchParams();
  const settingsAnswer = answer?.kind === "settings" ? answer : null;
  const err = (name: string) => (settingsAnswer?.errors[name] ? t.errors[settingsAnswer.errors[name]!] : undefined);
  const notice = search.get("saved") ? t.settings.saved : search.get("removed") ? t.settings.removed : search.get("revoked") ? t.settings.revoked : null;
  return (
    <div className="workspace-page">
      <h1>{t.settings.title(data.workspace.name)}</h1>
      {notice ? (
        <p className="notice success" role="status">
          {notice}
        </p>
      ) : null}
      <p>
        <Link to="/workspace/audit">{t.settings.auditLink}</Link>
      </p>

      <Panel id="ws-members" title={t.settings.membersTitle}>
        {answer?.kind === "lastOwner" ? (
          <p className="notice error" role="alert">
            {t.settings.lastOwner}
          </p>
        ) : null}
        {answer?.kind === "confirmRemove" ? (
          <ConfirmStep
            question={t.confirm.removeMember(answer.email)}
            yes={t.confirm.removeYes}
            intent="remove"
            fields={{ userId: String(answer.userId) }}
            cancelHref="/workspace"
          />
        ) : null}
        <div className="table-scroll">
          <DataTable className="member-list" head={[t.settings.email, t.settings.role, t.settings.since, <span className="visually-hidden">{t.settings.remove}</span>]}>
            {data.members.map((m) => (
              <tr key={m.userId}>
                <td>
                  {m.email} {m.userId === data.userId ? t.settings.you : null}
                </td>
                <td>{t.roles[m.role]}</td>
                <td>{formatDate(m.since, lang)}</td>
                <td>
                  <RowAction intent="remove" name="userId" value={m.userId} label={`${t.settings.remove} ${m.email}`}>
                    {t.settings.remove}
                  </RowAction>
                </td>
              </tr>
            ))}
          </DataTable>
        </div>
      </Panel>

      <Panel id="ws-invite" title={t.settings.invitesTitle}>
        <p className="muted">{t.settings.invitesIntro}</p>
        {answer?.kind === "invite" ? (
          <div className="notice success" role="status">
            <p>{t.settings.linkCreated}</p>
            <label htmlFor="invite-link">{t.settings.link}</label>
            <input id="invite-link" type="text" readOnly value={answer.url} />
          </div>
        ) : null}
        <Form method="post" className="inline">
          <SelectField
            name="role"
            idPrefix="invite-"
            label={t.settings.inviteRole}
            defaultValue="interviewer"
            options={WORKSPACE_ROLES.map((r) => ({ value: r, label: t.roles[r] }))}
          />
          <button type="submit" name="intent" value="invite">
            {t.settings.createInvite}
          </button>
        </Form>
        <h3>{t.settings.openInvites}</h3>
        {data.invites.length ? (
          <ul>
            {data.invites.map((i) => (
              <li key={i.id}>
                {t.roles[i.role]} · {t.settings.expires} {formatDate(i.expiresAt, lang)}
                {i.createdByEmail ? ` · ${t.settings.createdBy} ${i.createdByEmail}` : ""}{" "}
                <RowAction intent="revoke" name="inviteId" value={i.id}>
                  {t.settings.revoke}
                </RowAction>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t.settings.noInvites}</p>
        )}
      </Panel>

      <Panel id="ws-settings" title={t.settings.settingsTitle}>
        <Form method="post" noValidate key={JSON.stringify(settingsAnswer?.errors ?? {})}>
          <FormField name="name" idPrefix="ws-" label={t.settings.name} defaultValue={settingsAnswer?.values.name ?? data.workspace.name} error={err("name")} required maxLength={80} />
          <FormField
            name="retentionMonths"
            idPrefix="ws-"
            type="number"
            min={1}
            max={120}
            inputMode="numeric"
            label={t.settings.retention}
            hint={t.settings.retentionHint}
            defaultValue={settingsAnswer?.values.retentionMonths ?? (data.workspace.retentionMonths === null ? "" : String(data.workspace.retentionMonths))}
            error={err("retentionMonths")}
          />
          <button type="submit" name="intent" value="settings">
            {t.settings.save}
          </button>
        </Form>
      </Panel>
    </div>
  );
}
