import { readForm } from "#app/http/read-form.server";
import { json, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { assertSameOrigin } from "#app/auth/same-origin.server";
import { cardTitle, loadCardContext } from "#app/cards/pages.server";
import { FormField, SelectField } from "#app/components/form-field";
import { fieldErrors } from "#app/forms/field-errors";
import { text } from "#app/forms/form-values";
import { candidates as messages, type CandidateErrorKey } from "#app/i18n/candidates";
import { useLang, useMessages } from "#app/i18n/locale";
import { recordAudit } from "#app/models/audit.server";
import { createCandidate, listCandidates } from "#app/models/candidate.server";
import { assignToCard, listAssignees, unassignFromCard } from "#app/models/card-assignment.server";
import { canEditCards } from "#app/models/role-card.server";
import { listMembers } from "#app/models/workspace.server";
import { RECRUITERS } from "#app/workspaces/roles";
import { CANDIDATE_STAGES, CandidateSchema } from "#app/workspaces/workspace-schema";
import styles from "#app/styles/cards.css";
import { formatDate } from "#app/i18n/format";
import { DataTable } from "#app/components/data-table";
import { Panel } from "#app/components/panel";
import { RowAction } from "#app/components/row-action";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.metaTitle} — RoleScope` : "RoleScope" }];

export async function loader(args: LoaderFunctionArgs) {
  const { db, scope, card, lang } = await loadCardContext(args);
  const canEdit = canEditCards(scope);
  const list = await listCandidates(db, scope, card.id);
  const assignees = await listAssignees(db, scope, card.id);
  const members = canEdit ? await listMembers(db, scope.workspaceId) : [];
  return json({
    id: card.id,
    title: cardTitle(card, lang),
    metaTitle: messages[lang].list.metaTitle(cardTitle(card, lang)),
    canEdit,
    candidates: list.map((c) => ({ id: c.id, name: c.name, stage: c.stage, submitted: c.submitted, updatedAt: c.updatedAt.toISOString() })),
    assignees,
    assignable: members.filter((m) => m.role === "interviewer" && !assignees.some((a) => a.userId === m.userId)).map((m) => ({ userId: m.userId, email: m.email })),
  });
}

export async function action(args: ActionFunctionArgs) {
  assertSameOrigin(args.request);
  const { db, scope, card } = await loadCardContext(args, RECRUITERS);
  const form = await readForm(args.request);
  const intent = form.get("intent");
  if (intent === "add") {
    const values = { name: text(form, "name"), email: text(form, "email"), stage: text(form, "stage") };
    const parsed = CandidateSchema.safeParse(values);
    if (!parsed.success) return json({ values, errors: fieldErrors<CandidateErrorKey>(parsed.error) }, { status: 400 });
    const created = await createCandidate(db, scope, card.id, parsed.data);
    if (!created) throw new Response("Not found", { status: 404 });
    await recordAudit(db, { workspaceId: scope.workspaceId, userId: scope.userId, action: "candidate.create", targetType: "candidate", targetId: created.id });
    return redirect(`/cards/${card.id}/candidates/${created.id}?added=1`);
  }
  if (intent === "assign" || intent === "unassign") {
    const userId = Number(form.get("userId"));
    if (!Number.isSafeInteger(userId) || userId <= 0) throw new Response("Bad request", { status: 400 });
    const done = intent === "assign" ? await assignToCard(db, scope, card.id, userId) : await unassignFromCard(db, scope, card.id, userId);
    if (!done) throw new Response("Not found", { status: 404 });
    return redirect(`/cards/${card.id}/candidates`);
  }
  throw new Response("Unknown intent", { status: 400 });
}

export default function CandidateList() {
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useMessages(messages);
  const lang = useLang();
  const [search] = useSearchParams();
  const errors = answer?.errors ?? {};
  const err = (name: string) => (errors[name] ? t.errors[errors[name]!] : undefined);
  return (
    <div className="candidates-page">
      <p>
        <Link to={`/cards/${data.id}`}>← {t.list.back}</Link> · <Link to={`/cards/${data.id}/kit?lang=${lang}`}>{t.list.kit}</Link>
      </p>
      <h1>{t.list.title(data.title)}</h1>
      {search.get("erased") ? (
        <p className="notice success" role="status">
          {t.list.erased}
        </p>
      ) : null}
      {data.candidates.length ? (
        <div className="table-scroll">
          <DataTable className="candidate-list" head={[t.list.columns.name, t.list.columns.stage, t.list.columns.scorecards, t.list.columns.updated]}>
            {data.candidates.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/cards/${data.id}/candidates/${c.id}`}>{c.name}</Link>
                </td>
                <td>{t.stages[c.stage]}</td>
                <td>{c.submitted}</td>
                <td>{formatDate(c.updatedAt, lang)}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      ) : (
        <p className="muted">{t.list.none}</p>
      )}
      {data.canEdit ? (
        <Panel id="add-candidate" title={t.list.addTitle}>
          <Form method="post" noValidate key={JSON.stringify(errors)}>
            <FormField name="name" idPrefix="candidate-" label={t.list.name} defaultValue={answer?.values.name ?? ""} error={err("name")} required maxLength={120} />
            <FormField name="email" idPrefix="candidate-" type="email" label={t.list.email} defaultValue={answer?.values.email ?? ""} error={err("email")} />
            <SelectField
              name="stage"
              idPrefix="candidate-"
              label={t.list.stage}
              defaultValue={answer?.values.stage || "new"}
              error={err("stage")}
              options={CANDIDATE_STAGES.map((s) => ({ value: s, label: t.stages[s] }))}
            />
            <button type="submit" name="intent" value="add">
              {t.list.add}
            </button>
          </Form>
        </Panel>
      ) : null}
      <Panel id="card-team" title={t.list.teamTitle}>
        <p className="muted">{t.list.teamIntro}</p>
        {data.assignees.length ? (
          <ul>
            {data.assignees.map((a) => (
              <li key={a.userId}>
                {a.email}{" "}
                {data.canEdit ? (
                  <RowAction intent="unassign" name="userId" value={a.userId}>
                    {t.list.unassign}
                  </RowAction>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t.list.noneAssigned}</p>
        )}
        {data.canEdit && data.assignable.length ? (
          <Form method="post" className="inline">
            <label htmlFor="assign-member">{t.list.member}</label>{" "}
            <select id="assign-member" name="userId">
              {data.assignable.map((m) => (
                <option key={m.userId} value={m.userId}>
                  {m.email}
                </option>
              ))}
            </select>{" "}
            <button type="submit" name="intent" value="assign">
              {t.list.assign}
            </button>
          </Form>
        ) : null}
      </Panel>
    </div>
  );
}
