import { readForm } from "#app/http/read-form.server";
import { json, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { assertSameOrigin } from "#app/auth/same-origin.server";
import { CheckboxField, FormField, SelectField, TextAreaField, useFocusFirstError } from "#app/components/form-field";
import { applyEdit, type RuleEditError } from "#app/compliance/rule-edit-schema";
import { LAW_STATUSES, SEVERITIES } from "#app/compliance/rule-schema";
import { dbFrom } from "#app/db.server";
import { formValues } from "#app/forms/form-values";
import { compliance } from "#app/i18n/compliance";
import { useMessages } from "#app/i18n/locale";
import { langFromRequest } from "#app/i18n/locale.server";
import { findRuleOrList, saveRuleDefinition } from "#app/models/compliance-rules.server";
import { requireAdmin } from "#app/session.server";
import styles from "#app/styles/compliance.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.title} — RoleScope` : "RoleScope" }];

type Failure = { values: Record<string, string>; errors: Partial<Record<string, RuleEditError>> };

async function load(request: Request, db: ReturnType<typeof dbFrom>, id: string) {
  const admin = await requireAdmin(request, db);
  const found = await findRuleOrList(db, id);
  if (!found) throw new Response("Not found", { status: 404 });
  return { admin, found };
}

/** The stored definition as the form's text values (word lists one per line). */
function storedValues(found: NonNullable<Awaited<ReturnType<typeof findRuleOrList>>>): Record<string, string> {
  if (found.kind === "list") return { note: found.list.note, termsFr: found.list.terms.fr.join("\n"), termsEn: found.list.terms.en.join("\n") };
  const r = found.rule;
  return {
    severity: r.severity,
    status: r.law.status,
    since: r.law.since,
    reasonFr: r.reason.fr,
    reasonEn: r.reason.en,
    fixFr: r.fix.fr,
    fixEn: r.fix.en,
    termsFr: r.terms.fr.join("\n"),
    termsEn: r.terms.en.join("\n"),
    exceptFr: r.except.fr.join("\n"),
    exceptEn: r.except.en.join("\n"),
    retired: r.retired ? "on" : "",
  };
}

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  const { found } = await load(request, db, params.ruleId ?? "");
  const lang = await langFromRequest(request);
  return json({
    id: params.ruleId ?? "",
    kind: found.kind,
    values: storedValues(found),
    saved: new URL(request.url).searchParams.has("saved"),
    title: compliance[lang].rules.editTitle(params.ruleId ?? ""),
  });
}

export async function action({ params, request, context }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const db = dbFrom(context);
  const id = params.ruleId ?? "";
  const { admin, found } = await load(request, db, id);
  const values = formValues(await readForm(request));
  const edit = applyEdit(found.kind === "rule" ? { kind: "rule", rule: found.rule } : { kind: "list", list: found.list }, values);
  if (!edit.ok) return json<Failure>({ values, errors: edit.errors }, { status: 400 });
  if (!(await saveRuleDefinition(db, admin.id, id, edit.definition))) throw new Response("Not found", { status: 404 });
  return redirect(`/compliance/rules/${encodeURIComponent(id)}?saved`);
}

export default function EditRule() {
  const { id, kind, values: stored, saved } = useLoaderData<typeof loader>();
  const failed = useActionData<Failure>();
  const t = useMessages(compliance);
  const r = t.rules;
  const values = failed?.values ?? stored;
  const formRef = useFocusFirstError(failed?.errors);
  const error = (name: string) => {
    const key = failed?.errors[name];
    return key ? r.errors[key] : undefined;
  };
  const area = (name: keyof typeof r.fields, hint?: string) => (
    <TextAreaField key={`${name}-${failed ? "failed" : "stored"}`} name={name} label={r.fields[name]} hint={hint} defaultValue={values[name] ?? ""} error={error(name)} />
  );
  return (
    <article className="stack">
      <p>
        <Link to={`/compliance#${id}`}>← {r.back}</Link>
      </p>
      <h1>{r.editTitle(id)}</h1>
      {saved && !failed ? (
        <p className="notice success" role="status">
          {r.saved}
        </p>
      ) : null}
      {failed ? (
        <div className="notice error" role="alert">
          <p>{r.formErrors}</p>
          <ul>
            {[...new Set(Object.values(failed.errors))].map((key) => (key ? <li key={key}>{r.errors[key]}</li> : null))}
          </ul>
        </div>
      ) : null}
      <Form method="post" ref={formRef} noValidate key={failed ? "failed" : "stored"}>
        {kind === "rule" ? (
          <>
            <SelectField name="severity" label={r.fields.severity} defaultValue={values.severity} error={error("severity")} options={SEVERITIES.map((s) => ({ value: s, label: t.severities[s] }))} />
            <SelectField name="status" label={r.fields.status} defaultValue={values.status} error={error("status")} options={LAW_STATUSES.map((s) => ({ value: s, label: t.statusNames[s] }))} />
            <FormField name="since" type="date" label={r.fields.since} defaultValue={values.since} error={error("since")} />
            {area("reasonFr")}
            {area("reasonEn")}
            {area("fixFr")}
            {area("fixEn")}
            {area("termsFr", r.termsHint)}
            {area("termsEn", r.termsHint)}
            {area("exceptFr", r.termsHint)}
            {area("exceptEn", r.termsHint)}
            <CheckboxField id="retired" name="retired" label={r.fields.retired} hint={r.retiredHint} defaultChecked={values.retired === "on"} />
          </>
        ) : (
          <>
            {area("note")}
            {area("termsFr", r.termsHint)}
            {area("termsEn", r.termsHint)}
          </>
        )}
        <button type="submit">{r.save}</button>
      </Form>
    </article>
  );
}
