import { readForm } from "#app/http/read-form.server";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { assertSameOrigin } from "#app/auth/same-origin.server";
import { FormField } from "#app/components/form-field";
import { dbFrom } from "#app/db.server";
import { text } from "#app/forms/form-values";
import { useMessages } from "#app/i18n/locale";
import { langFromRequest } from "#app/i18n/locale.server";
import { workspaces as messages, type WorkspaceErrorKey } from "#app/i18n/workspaces";
import { createWorkspace, findMembership, listMemberships } from "#app/models/workspace.server";
import { safeRedirect } from "#app/http/safe-redirect";
import { requireUser } from "#app/session.server";
import { currentMembership, switchWorkspace } from "#app/workspaces/require-member.server";
import { WorkspaceNameSchema } from "#app/workspaces/workspace-schema";
import { Panel } from "#app/components/panel";
import { RowAction } from "#app/components/row-action";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.title} — RoleScope` : "RoleScope" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  const user = await requireUser(request, db);
  const current = await currentMembership(request, db, user);
  const memberships = await listMemberships(db, user.id);
  return json({
    title: messages[await langFromRequest(request)].list.title,
    currentId: current?.workspace.id ?? null,
    memberships: memberships.map((m) => ({ id: m.workspace.id, name: m.workspace.name, role: m.role })),
  });
}

/** Switching (the header's switcher posts here too) and creating a workspace. */
export async function action({ request, context }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const db = dbFrom(context);
  const user = await requireUser(request, db);
  const form = await readForm(request);
  const intent = form.get("intent");
  if (intent === "switch") {
    const membership = await findMembership(db, user.id, Number(form.get("workspaceId")));
    if (!membership) throw new Response("Not found", { status: 404 });
    return switchWorkspace(request, db, membership.workspace.id, safeRedirect(form.get("next"), "/cards"));
  }
  if (intent === "create") {
    const name = text(form, "name");
    const parsed = WorkspaceNameSchema.safeParse(name);
    if (!parsed.success) return json({ name, error: parsed.error.issues[0]!.message as WorkspaceErrorKey }, { status: 400 });
    const workspace = await createWorkspace(db, { name: parsed.data, ownerId: user.id });
    return switchWorkspace(request, db, workspace.id, "/workspace");
  }
  throw new Response("Unknown intent", { status: 400 });
}

export default function Workspaces() {
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useMessages(messages);
  return (
    <div className="workspaces-page">
      <h1>{t.list.title}</h1>
      <p className="lead">{t.list.intro}</p>
      {data.memberships.length ? (
        <ul className="workspace-list">
          {data.memberships.map((m) => (
            <li key={m.id}>
              <strong>{m.name}</strong> · {t.roles[m.role]}
              {m.id === data.currentId ? (
                <span className="badge">{t.list.current}</span>
              ) : (
                <RowAction intent="switch" name="workspaceId" value={m.id}>
                  {t.list.open}
                </RowAction>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="notice">{t.list.none}</p>
      )}
      <Panel id="create-workspace" title={t.list.createTitle}>
        <Form method="post" noValidate>
          <FormField
            name="name"
            idPrefix="workspace-"
            label={t.list.name}
            defaultValue={answer?.name ?? ""}
            error={answer?.error ? t.errors[answer.error as WorkspaceErrorKey] : undefined}
            required
            maxLength={80}
          />
          <button type="submit" name="intent" value="create">
            {t.list.create}
          </button>
        </Form>
      </Panel>
    </div>
  );
}
