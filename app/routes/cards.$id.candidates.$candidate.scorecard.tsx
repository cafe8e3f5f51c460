import { readForm } from "#app/http/read-form.server";
import { json, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { assertSameOrigin } from "#app/auth/same-origin.server";
import { formDataToObject } from "#app/cards/form-data";
import { cardKit, loadCandidateContext } from "#app/cards/pages.server";
import { RECOMMENDATIONS, validateScorecard, type ScorecardErrorKey } from "#app/cards/scorecard-schema";
import { useFocusFirstError } from "#app/components/form-field";
import { kit as kitMessages } from "#app/i18n/kit";
import { useMessages } from "#app/i18n/locale";
import { recordAudit } from "#app/models/audit.server";
import { saveScorecard, scorecardPanel } from "#app/models/scorecard.server";
import styles from "#app/styles/cards.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.heading} — RoleScope` : "RoleScope" }, { name: "robots", content: "noindex" }];

export async function loader(args: LoaderFunctionArgs) {
  const ctx = await loadCandidateContext(args);
  const { db, scope, card, candidate, lang, docLang: kitLang } = ctx;
  const kit = await cardKit(ctx);
  const existing = (await scorecardPanel(db, scope, candidate.id)).own;
  return json(
    {
      id: card.id,
      candidateId: candidate.id,
      kitLang,
      heading: kitMessages[lang].scorecard.title(candidate.name),
      competencies: kit.competencies.map((c) => ({ id: c.id, label: c.label, scale: c.scale })),
      values: {
        ratings: kit.competencies.map((c) => {
          const r = existing?.ratings.find((x) => x.competencyId === c.id);
          return { competencyId: c.id, rating: r?.rating ? String(r.rating) : "", notes: r?.notes ?? "" };
        }),
        recommendation: existing?.recommendation ?? "",
        notes: existing?.notes ?? "",
      },
      existing: !!existing,
      locked: !!existing?.submittedAt,
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export async function action(args: ActionFunctionArgs) {
  assertSameOrigin(args.request);
  const ctx = await loadCandidateContext(args);
  const { db, scope, card, candidate } = ctx;
  const form = formDataToObject(await readForm(args.request));
  const submit = form.intent === "submit";
  const kitLang = form.lang === "en" ? "en" : form.lang === "fr" ? "fr" : ctx.lang;
  const kit = await cardKit(ctx, kitLang);
  const result = validateScorecard(form, kit.competencies.map((c) => c.id), submit ? "submit" : "draft");
  if (!result.ok) return json({ errors: result.errors, values: form, locked: false }, { status: 400 });
  const saved = await saveScorecard(db, scope, { candidateId: candidate.id, cardRevision: card.revision, kitLang, scorecard: result.scorecard, submit });
  if (saved.status === "not_found") throw new Response("Not found", { status: 404 });
  if (saved.status === "locked") return json({ errors: {}, values: form, locked: true }, { status: 409 });
  await recordAudit(db, { workspaceId: scope.workspaceId, userId: scope.userId, action: submit ? "scorecard.submit" : "scorecard.save", targetType: "candidate", targetId: candidate.id });
  return redirect(`/cards/${card.id}/candidates/${candidate.id}?lang=${kitLang}&${submit ? "submitted" : "draft"}=1`);
}

export default function ScorecardPage() {
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useMessages(kitMessages);
  const doc = kitMessages[data.kitLang].doc;
  const busy = useNavigation().state === "submitting";
  const errors: Record<string, ScorecardErrorKey> = answer?.errors ?? {};
  const sent = (answer?.values ?? null) as null | {
    ratings?: { rating?: string; notes?: string }[];
    recommendation?: string;
    notes?: string;
  };
  const values = sent
    ? {
        recommendation: sent.recommendation ?? "",
        notes: sent.notes ?? "",
        ratings: data.values.ratings.map((r, i) => ({ ...r, rating: sent.ratings?.[i]?.rating ?? "", notes: sent.ratings?.[i]?.notes ?? "" })),
      }
    : data.values;
  const formRef = useFocusFirstError(answer?.errors);
  const err = (path: string) =>
    errors[path] ? (
      <p className="field-error" id={`sc-${path.replaceAll(".", "-")}-error`}>
        {t.scorecard.errors[errors[path]!]}
      </p>
    ) : null;
  const described = (path: string) => (errors[path] ? `sc-${path.replaceAll(".", "-")}-error` : undefined);

  return (
    <div className="scorecard-page">
      <p className="no-print">
        <Link to={`/cards/${data.id}/candidates/${data.candidateId}?lang=${data.kitLang}`}>← {data.heading}</Link> ·{" "}
        <Link to={`/cards/${data.id}/kit?lang=${data.kitLang}`}>{t.page.title}</Link>
      </p>
      <h1>{data.heading}</h1>
      <p className="lead">{t.scorecard.intro}</p>
      {data.locked || answer?.locked ? (
        <p className="notice" role="status">
          {t.scorecard.locked}
        </p>
      ) : data.existing ? (
        <p className="notice">{t.scorecard.existing}</p>
      ) : null}
      {Object.keys(errors).length ? (
        <p className="notice error" role="alert">
          {t.scorecard.errorSummary}
        </p>
      ) : null}
      {data.locked ? null : (
        <Form method="post" ref={formRef} noValidate className="scorecard-form" key={JSON.stringify(answer?.errors ?? {})}>
          <input type="hidden" name="lang" value={data.kitLang} />
          {data.competencies.map((c, i) => {
            const path = `ratings.${i}.rating`;
            return (
              <fieldset key={c.id} className="panel scorecard-competency" lang={data.kitLang} aria-describedby={described(path)} data-competency={c.id}>
                <legend>{t.scorecard.ratingLegend(c.label)}</legend>
                <input type="hidden" name={`ratings.${i}.competencyId`} value={c.id} />
                <div className="rating-options">
                  {c.scale.map((s, k) => (
                    <label key={s.rating} className="rating-option">
                      <input
                        type="radio"
                        name={path}
                        value={s.rating}
                        defaultChecked={values.ratings[i]?.rating === String(s.rating)}
                        aria-invalid={k === 0 && errors[path] ? true : undefined}
                      />
                      <span>
                        <strong>
                          {s.rating} — {doc.ratingNames[s.rating]}
                        </strong>
                        <span className="muted small"> {s.anchor}</span>
                      </span>
                    </label>
                  ))}
                </div>
                {err(path)}
                <label htmlFor={`sc-notes-${i}`}>{t.scorecard.notes}</label>
                <textarea id={`sc-notes-${i}`} name={`ratings.${i}.notes`} rows={3} defaultValue={values.ratings[i]?.notes ?? ""} />
              </fieldset>
            );
          })}
          <fieldset className="panel" aria-describedby={["sc-recommendation-hint", errors.recommendation ? "sc-recommendation-error" : null].filter(Boolean).join(" ")}>
            <legend>{t.scorecard.recommendation}</legend>
            <p className="hint" id="sc-recommendation-hint">
              {t.scorecard.recommendationHint}
            </p>
            <div className="rating-options recommendation-options">
              {RECOMMENDATIONS.map((r, k) => (
                <label key={r} className={`rating-option rec-${r}`}>
                  <input
                    type="radio"
                    name="recommendation"
                    value={r}
                    defaultChecked={values.recommendation === r}
                    aria-invalid={k === 0 && errors.recommendation ? true : undefined}
                  />
                  <span>{doc.recommendations[r]}</span>
                </label>
              ))}
            </div>
            {err("recommendation")}
            <label htmlFor="sc-notes">{t.scorecard.overallNotes}</label>
            <textarea id="sc-notes" name="notes" rows={4} defaultValue={values.notes} />
          </fieldset>
          <p className="inline-form">
            <button type="submit" name="intent" value="draft" className="secondary" disabled={busy}>
              {busy ? t.scorecard.saving : t.scorecard.saveDraft}
            </button>{" "}
            <button type="submit" name="intent" value="submit" disabled={busy}>
              {t.scorecard.submit}
            </button>
          </p>
        </Form>
      )}
    </div>
  );
}
