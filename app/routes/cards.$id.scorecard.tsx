import { json, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { assertSameOrigin } from "~/auth/same-origin.server";
import { formDataToObject } from "~/cards/form-data";
import { cardTitle, kitForCard, kitLangFrom, memberAndCard } from "~/cards/pages.server";
import { candidateKey, RECOMMENDATIONS, validateScorecard, type ScorecardErrorKey } from "~/cards/scorecard";
import { useFocusFirstError } from "~/components/form-field";
import { dbFrom } from "~/db.server";
import { kit as kitMessages } from "~/i18n/kit";
import { useMessages } from "~/i18n/locale";
import { langFromRequest } from "~/i18n/locale.server";
import { getCompiledTaxonomy } from "~/models/analyzer.server";
import { findScorecard, saveScorecard } from "~/models/scorecard.server";
import styles from "~/styles/cards.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.heading} — RoleScope` : "RoleScope" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  const { user, card } = await memberAndCard(request, db, params.id);
  const lang = await langFromRequest(request);
  const kitLang = kitLangFrom(request, lang);
  const kit = await kitForCard(db, await getCompiledTaxonomy(db), card, kitLang);
  const candidate = (new URL(request.url).searchParams.get("candidate") ?? "").slice(0, 120);
  const existing = candidate ? await findScorecard(db, { cardId: card.id, candidate, interviewerId: user.id }) : null;
  return json({
    id: card.id,
    kitLang,
    heading: kitMessages[lang].scorecard.title(cardTitle(card, lang)),
    competencies: kit.competencies.map((c) => ({ id: c.id, label: c.label, scale: c.scale })),
    values: {
      candidate: existing?.candidate ?? candidate,
      interviewerName: existing?.interviewerName ?? user.email,
      ratings: kit.competencies.map((c) => {
        const r = existing?.ratings.find((x) => x.competencyId === c.id);
        return { competencyId: c.id, rating: r ? String(r.rating) : "", notes: r?.notes ?? "" };
      }),
      recommendation: existing?.recommendation ?? "",
      notes: existing?.notes ?? "",
    },
    existing: !!existing,
  });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const db = dbFrom(context);
  const { user, card } = await memberAndCard(request, db, params.id);
  const form = formDataToObject(await request.formData());
  const kitLang = form.lang === "en" ? "en" : form.lang === "fr" ? "fr" : await langFromRequest(request);
  const kit = await kitForCard(db, await getCompiledTaxonomy(db), card, kitLang);
  const result = validateScorecard(form, kit.competencies.map((c) => c.id));
  if (!result.ok) return json({ errors: result.errors, values: form }, { status: 400 });
  await saveScorecard(db, { cardId: card.id, cardRevision: card.revision, kitLang, interviewerId: user.id, scorecard: result.scorecard });
  return redirect(`/cards/${card.id}/candidates/${encodeURIComponent(candidateKey(result.scorecard.candidate))}?lang=${kitLang}&saved=1`);
}

export default function ScorecardPage() {
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useMessages(kitMessages);
  const doc = kitMessages[data.kitLang].doc;
  const busy = useNavigation().state === "submitting";
  const errors: Record<string, ScorecardErrorKey> = answer?.errors ?? {};
  const sent = (answer?.values ?? null) as null | {
    candidate?: string;
    interviewerName?: string;
    ratings?: { rating?: string; notes?: string }[];
    recommendation?: string;
    notes?: string;
  };
  const values = sent
    ? {
        candidate: sent.candidate ?? "",
        interviewerName: sent.interviewerName ?? "",
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
  const described = (path: string, hint?: string) =>
    [hint, errors[path] ? `sc-${path.replaceAll(".", "-")}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <div className="scorecard-page">
      <p className="no-print">
        <Link to={`/cards/${data.id}/kit?lang=${data.kitLang}`}>← {t.page.title}</Link>
      </p>
      <h1>{data.heading}</h1>
      <p className="lead">{t.scorecard.intro}</p>
      {data.existing ? <p className="notice">{t.scorecard.existing}</p> : null}
      {Object.keys(errors).length ? (
        <p className="notice error" role="alert">
          {t.scorecard.errorSummary}
        </p>
      ) : null}
      <Form method="post" ref={formRef} noValidate className="scorecard-form" key={JSON.stringify(answer?.errors ?? {})}>
        <input type="hidden" name="lang" value={data.kitLang} />
        <div className="row">
          {(
            [
              ["candidate", t.scorecard.candidate, t.scorecard.candidateHint],
              ["interviewerName", t.scorecard.interviewer, t.scorecard.interviewerHint],
            ] as const
          ).map(([name, label, hint]) => (
            <div className="field" key={name}>
              <label htmlFor={`sc-${name}`}>{label}</label>
              <p className="hint" id={`sc-${name}-hint`}>
                {hint}
              </p>
              <input
                type="text"
                id={`sc-${name}`}
                name={name}
                defaultValue={values[name]}
                aria-invalid={errors[name] ? true : undefined}
                aria-describedby={described(name, `sc-${name}-hint`)}
              />
              {err(name)}
            </div>
          ))}
        </div>
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
        <p>
          <button type="submit" disabled={busy}>
            {busy ? t.scorecard.saving : t.scorecard.save}
          </button>
        </p>
      </Form>
    </div>
  );
}
