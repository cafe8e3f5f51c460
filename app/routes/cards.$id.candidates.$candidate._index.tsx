import { readForm } from "#app/http/read-form.server";
import { json, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { assertSameOrigin } from "#app/auth/same-origin.server";
import { cardKit, loadCandidateContext } from "#app/cards/pages.server";
import { compareScorecards } from "#app/cards/scorecard";
import { ConfirmStep } from "#app/components/confirm-step";
import { FormField, SelectField } from "#app/components/form-field";
import { ScorecardComparison } from "#app/components/scorecard-comparison";
import { fieldErrors } from "#app/forms/field-errors";
import { text } from "#app/forms/form-values";
import { candidates as messages, type CandidateErrorKey } from "#app/i18n/candidates";
import { kit as kitMessages } from "#app/i18n/kit";
import { useLang, useMessages } from "#app/i18n/locale";
import { workspaces } from "#app/i18n/workspaces";
import { recordAudit } from "#app/models/audit.server";
import { eraseCandidate, updateCandidate } from "#app/models/candidate.server";
import { canEditCards } from "#app/models/role-card.server";
import { countScorecards, scorecardPanel } from "#app/models/scorecard.server";
import { isConfirmed } from "#app/workspaces/confirm";
import { RECRUITERS } from "#app/workspaces/roles";
import { CANDIDATE_STAGES, CandidateSchema } from "#app/workspaces/workspace-schema";
import styles from "#app/styles/cards.css";
import { formatDate } from "#app/i18n/format";
import { Panel } from "#app/components/panel";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.candidate.name} — RoleScope` : "RoleScope" }, { name: "robots", content: "noindex" }];

export async function loader(args: LoaderFunctionArgs) {
  const ctx = await loadCandidateContext(args);
  const { db, scope, card, candidate, docLang: kitLang } = ctx;
  await recordAudit(db, { workspaceId: scope.workspaceId, userId: scope.userId, action: "candidate.view", targetType: "candidate", targetId: candidate.id });
  const kit = await cardKit(ctx);
  const panel = await scorecardPanel(db, scope, candidate.id);
  const labels = Object.fromEntries(kit.competencies.map((c) => [c.id, c.label]));
  const comparison = panel.submitted ? compareScorecards(kit.competencies.map((c) => c.id), panel.submitted) : null;
  return json(
    {
      cardId: card.id,
      kitLang,
      canEdit: canEditCards(scope),
      candidate: { id: candidate.id, name: candidate.name, email: candidate.email, stage: candidate.stage },
      own: panel.own && { submittedAt: panel.own.submittedAt?.toISOString() ?? null },
      submittedCount: panel.submittedCount,
      comparison:
        panel.submitted && comparison
          ? {
              kitLang,
              interviewers: panel.submitted.map((s) => ({ name: s.interviewerName, notes: s.notes, recommendation: s.recommendation })),
              rows: comparison.rows.map((r) => ({ ...r, label: labels[r.competencyId] ?? r.competencyId })),
              recommendationSplit: comparison.recommendationSplit,
              disagreements: comparison.disagreements,
            }
          : null,
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export async function action(args: ActionFunctionArgs) {
  assertSameOrigin(args.request);
  const { db, scope, card, candidate } = await loadCandidateContext(args, RECRUITERS);
  const form = await readForm(args.request);
  const intent = form.get("intent");
  const audit = (action: "candidate.update" | "candidate.erase") =>
    recordAudit(db, { workspaceId: scope.workspaceId, userId: scope.userId, action, targetType: "candidate", targetId: candidate.id });
  if (intent === "update") {
    const values = { name: text(form, "name"), email: text(form, "email"), stage: text(form, "stage") };
    const parsed = CandidateSchema.safeParse(values);
    if (!parsed.success) return json({ values, errors: fieldErrors<CandidateErrorKey>(parsed.error), confirm: null }, { status: 400 });
    await updateCandidate(db, scope, candidate.id, parsed.data);
    await audit("candidate.update");
    return redirect(`/cards/${card.id}/candidates/${candidate.id}?updated=1`);
  }
  if (intent === "erase") {
    if (!isConfirmed(form)) return json({ values: null, errors: {}, confirm: { scorecards: await countScorecards(db, scope, candidate.id) } });
    await eraseCandidate(db, scope, candidate.id);
    await audit("candidate.erase");
    return redirect(`/cards/${card.id}/candidates?erased=1`);
  }
  throw new Response("Unknown intent", { status: 400 });
}

export default function CandidatePage() {
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useMessages(messages);
  const tk = useMessages(kitMessages);
  const tw = useMessages(workspaces);
  const lang = useLang();
  const [search] = useSearchParams();
  const c = data.candidate;
  const errors: Partial<Record<string, CandidateErrorKey>> = answer?.errors ?? {};
  const err = (name: string) => (errors[name] ? t.errors[errors[name]!] : undefined);
  const values = answer?.values ?? { name: c.name, email: c.email ?? "", stage: c.stage };
  const base = `/cards/${data.cardId}/candidates/${c.id}`;
  const notice = search.get("submitted") ? tk.scorecard.submitted : search.get("draft") ? tk.scorecard.draftSaved : search.get("updated") ? t.candidate.updated : search.get("added") ? t.list.added : null;
  return (
    <div className="candidate-page">
      <p className="no-print">
        <Link to={`/cards/${data.cardId}/candidates`}>← {t.candidate.back}</Link>
      </p>
      {notice ? (
        <p className="notice success" role="status">
          {notice}
        </p>
      ) : null}
      <h1>{c.name}</h1>
      <p className="muted">
        {t.stages[c.stage]}
        {c.email ? ` · ${c.email}` : ""}
      </p>
      {answer?.confirm ? (
        <ConfirmStep question={tw.confirm.eraseCandidate(c.name, answer.confirm.scorecards)} yes={tw.confirm.eraseYes} intent="erase" cancelHref={base} />
      ) : null}

      <Panel id="own-scorecard" title={t.candidate.yourScorecard}>
        {data.own?.submittedAt ? (
          <p>{t.candidate.submittedOn(formatDate(data.own.submittedAt, lang, { timeStyle: "short" }))}</p>
        ) : (
          <p>
            <Link className="button primary" to={`${base}/scorecard?lang=${data.kitLang}`}>
              {data.own ? t.candidate.continueDraft : t.candidate.start}
            </Link>
          </p>
        )}
      </Panel>

      <Panel id="panel-scorecards" title={t.candidate.panelTitle}>
        {data.comparison ? <ScorecardComparison data={data.comparison} /> : <p className="notice">{t.candidate.hidden(data.submittedCount)}</p>}
      </Panel>

      {data.canEdit ? (
        <>
          <Panel id="candidate-details" title={t.candidate.details}>
            <Form method="post" noValidate key={JSON.stringify(errors)}>
              <FormField name="name" idPrefix="candidate-" label={t.list.name} defaultValue={values.name} error={err("name")} required maxLength={120} />
              <FormField name="email" idPrefix="candidate-" type="email" label={t.list.email} defaultValue={values.email} error={err("email")} />
              <SelectField
                name="stage"
                idPrefix="candidate-"
                label={t.list.stage}
                defaultValue={values.stage}
                error={err("stage")}
                options={CANDIDATE_STAGES.map((s) => ({ value: s, label: t.stages[s] }))}
              />
              <button type="submit" name="intent" value="update">
                {t.candidate.save}
              </button>
            </Form>
          </Panel>
          <Panel id="candidate-data" title={t.candidate.dataTitle}>
            <p className="muted">{t.candidate.dataIntro}</p>
            <p>
              <a className="button" href={`${base}/export.json`} download>
                {t.candidate.export}
              </a>
            </p>
            <Form method="post">
              <button type="submit" name="intent" value="erase" className="danger">
                {t.candidate.erase}
              </button>
            </Form>
          </Panel>
        </>
      ) : null}
    </div>
  );
}
