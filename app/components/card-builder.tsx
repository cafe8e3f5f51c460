import { zodResolver } from "@hookform/resolvers/zod";
import { Form, Link, useFetcher, useNavigation, useSubmit } from "@remix-run/react";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { get, useFieldArray, useForm, type FieldErrors, type Resolver } from "react-hook-form";
import { evenShares, sharesTotal, type CardFormValues } from "~/cards/card";
import {
  CONTRACTS,
  CURRENCIES,
  firstErrorPath,
  REMOTE,
  RoleCardSchema,
  SALARY_PERIODS,
  SENIORITIES,
  type CardErrorKey,
} from "~/cards/card-schema";
import { requirementField } from "~/cards/builder-intents";
import { appendLines } from "~/cards/card";
import { catalogOfKind, searchCatalog, type CatalogGroup } from "~/cards/catalog";
import type { GuardView } from "~/cards/scope-guard";
import { cards } from "~/i18n/cards";
import { useMessages } from "~/i18n/locale";
import { ScopeGuardPanel, VerdictBadge } from "./scope-guard-panel";

export interface CardBuilderProps {
  heading: string;
  values: CardFormValues;
  errors: Record<string, CardErrorKey>;
  guard: GuardView;
  query: string;
  catalog: CatalogGroup[];
  labels: Record<string, { label: string; familyId: string; depth: string }>;
  profiles: { id: string; label: string }[];
  cancelHref: string;
}

const resolver = zodResolver(RoleCardSchema as never) as unknown as Resolver<CardFormValues>;

export const fieldId = (path: string) => `card-${path.replaceAll(".", "-")}`;

/** Every error RHF holds, as dotted paths, like the server's. */
function flatten(errors: FieldErrors, prefix = ""): Record<string, CardErrorKey> {
  const out: Record<string, CardErrorKey> = {};
  for (const [key, value] of Object.entries(errors ?? {})) {
    if (!value || key === "ref") continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof (value as { message?: unknown }).message === "string") out[path] = (value as { message: string }).message as CardErrorKey;
    else if (typeof value === "object") Object.assign(out, flatten(value as FieldErrors, path));
  }
  return out;
}

function focusPath(path: string | null) {
  if (!path) return;
  const el = document.getElementById(fieldId(path)) ?? document.getElementById(fieldId(path.split(".")[0]!));
  el?.focus();
}

export function CardBuilder(props: CardBuilderProps) {
  const t = useMessages(cards);
  const submit = useSubmit();
  const navigation = useNavigation();
  const fetcher = useFetcher<GuardView>();
  const [clientChecked, setClientChecked] = useState(false);
  const [query, setQuery] = useState(props.query);
  const { register, control, formState, watch, handleSubmit, setValue, getValues } = useForm<CardFormValues>({
    defaultValues: props.values,
    resolver,
    mode: "onSubmit",
    reValidateMode: "onChange",
    shouldFocusError: false,
  });
  const { fields, append, remove, replace } = useFieldArray({ control, name: "duties" });

  const clientErrors = flatten(formState.errors as FieldErrors);
  // Once the browser has validated, its errors are the current truth; until then the server's.
  // A server error stops showing once its field is edited.
  const serverErrors = Object.fromEntries(
    Object.entries(props.errors).filter(([path]) => !get(formState.dirtyFields, path) && !(path === "dutiesTotal" && formState.dirtyFields.duties)),
  ) as Record<string, CardErrorKey>;
  const errors: Record<string, CardErrorKey> = clientChecked ? clientErrors : { ...serverErrors, ...clientErrors };
  const errorOf = (path: string): CardErrorKey | undefined => errors[path] ?? (get(formState.errors, path)?.message as CardErrorKey | undefined);

  // Without JavaScript the first error comes back from the server: put the focus on it.
  const serverFirst = firstErrorPath(props.errors);
  useEffect(() => {
    focusPath(serverFirst);
  }, [serverFirst]);

  const duties = watch("duties");
  const profileId = watch("profileId");
  const skillsRequired = watch("skillsRequired");
  const toolsRequired = watch("toolsRequired");
  const total = sharesTotal(duties ?? []);
  const dutyKey = JSON.stringify([profileId, duties, skillsRequired, toolsRequired]);
  const firstRun = useRef(true);
  useEffect(() => {
    if (firstRun.current) {
      firstRun.current = false;
      return;
    }
    const timer = setTimeout(() => {
      const data = new FormData();
      const [profile, list, skills, tools] = JSON.parse(dutyKey) as [string, CardFormValues["duties"], string, string];
      data.set("profileId", profile ?? "");
      data.set("skillsRequired", skills ?? "");
      data.set("toolsRequired", tools ?? "");
      (list ?? []).forEach((d, i) => {
        data.set(`duties.${i}.entryId`, d.entryId);
        data.set(`duties.${i}.share`, d.share);
      });
      fetcher.submit(data, { method: "post", action: "/cards/scope" });
    }, 250);
    return () => clearTimeout(timer);
    // fetcher.submit is stable enough; re-running on its identity would loop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dutyKey]);
  const guard = fetcher.data ?? props.guard;

  const picked = new Set((duties ?? []).map((d) => d.entryId));
  const found = useMemo(() => searchCatalog(props.catalog, query), [props.catalog, query]);
  const visibleCatalog = useMemo(() => catalogOfKind(found, ["duty"]), [found]);
  // Skills and tools are listed only for a search: unfiltered, they would bury the duties.
  const requirementHits = useMemo(
    () => (query.trim() ? catalogOfKind(found, ["skill", "tool"]).flatMap((g) => g.entries.map((e) => ({ ...e, family: g.label }))).slice(0, 8) : []),
    [found, query],
  );
  const newDutyRef = useRef<HTMLSelectElement>(null);
  const newShareRef = useRef<HTMLInputElement>(null);
  const saving = navigation.state !== "idle" && navigation.formData?.get("intent") === "save";

  const describe = (path: string, hint?: boolean) => {
    const ids = [hint ? `${fieldId(path)}-hint` : null, errorOf(path) ? `${fieldId(path)}-error` : null].filter(Boolean);
    return {
      id: fieldId(path),
      "aria-invalid": errorOf(path) ? (true as const) : undefined,
      "aria-describedby": ids.length ? ids.join(" ") : undefined,
    };
  };
  const errorText = (path: string) => {
    const key = errorOf(path);
    return key ? (
      <p className="field-error" id={`${fieldId(path)}-error`}>
        {t.errors[key] ?? key}
      </p>
    ) : null;
  };
  const field = (path: keyof CardFormValues, label: string, control: ReactNode, hint?: string) => (
    <div className="field">
      <label htmlFor={fieldId(path)}>{label}</label>
      {hint ? (
        <p className="hint" id={`${fieldId(path)}-hint`}>
          {hint}
        </p>
      ) : null}
      {control}
      {errorText(path)}
    </div>
  );

  const errorPaths = Object.keys(errors);
  const fieldLabels: Record<string, string> = {
    titleFr: t.builder.titleFr,
    titleEn: t.builder.titleEn,
    profileId: t.builder.profile,
    seniority: t.builder.seniority,
    contract: t.builder.contract,
    hours: t.builder.hours,
    dutiesTotal: t.builder.sections.duties,
    skillsRequired: t.builder.skillsRequired,
    skillsNice: t.builder.skillsNice,
    toolsRequired: t.builder.toolsRequired,
    toolsNice: t.builder.toolsNice,
    languages: t.builder.languages,
    team: t.builder.team,
    reportsTo: t.builder.reportsTo,
    salaryMin: t.builder.salaryMin,
    salaryMax: t.builder.salaryMax,
    salaryCurrency: t.builder.currency,
    salaryPeriod: t.builder.period,
    location: t.builder.location,
    remote: t.builder.remote,
  };
  const summaryLabel = (path: string) => {
    const m = /^duties\.(\d+)\./.exec(path);
    if (m) {
      const duty = duties?.[Number(m[1])];
      return props.labels[duty?.entryId ?? ""]?.label ?? t.builder.dutyColumn;
    }
    return fieldLabels[path] ?? path;
  };

  return (
    <Form
      method="post"
      className="card-form"
      noValidate
      onSubmit={(event) => {
        const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        if (submitter?.value !== "save") return;
        event.preventDefault();
        setClientChecked(true);
        const formElement = event.currentTarget;
        void handleSubmit(
          () => {
            const data = new FormData(formElement);
            data.set("intent", "save");
            submit(data, { method: "post" });
          },
          (invalid) => focusPath(firstErrorPath(flatten(invalid as FieldErrors))),
        )();
      }}
    >
      {/* Enter in a text field submits with the first button: make that a harmless re-check. */}
      <button type="submit" name="intent" value="check" className="visually-hidden" tabIndex={-1} aria-hidden="true">
        {t.builder.check}
      </button>
      <h1>{props.heading}</h1>
      <p className="lead">{t.builder.intro}</p>
      {errorPaths.length ? (
        <div className="notice error" role="alert" id="card-errors">
          <p>{t.builder.errorSummary}</p>
          <ul>
            {errorPaths.map((path) => (
              <li key={path}>
                <a href={`#${fieldId(path)}`}>
                  {summaryLabel(path)} — {t.errors[errors[path]!] ?? errors[path]}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="builder-layout">
        <div className="builder-main">
          <fieldset className="panel">
            <legend>{t.builder.sections.identity}</legend>
            <div className="row">
              {field("titleFr", t.builder.titleFr, <input type="text" lang="fr" {...register("titleFr")} defaultValue={props.values.titleFr} {...describe("titleFr")} />)}
              {field("titleEn", t.builder.titleEn, <input type="text" lang="en" {...register("titleEn")} defaultValue={props.values.titleEn} {...describe("titleEn")} />)}
            </div>
            {field(
              "profileId",
              t.builder.profile,
              <select {...register("profileId")} defaultValue={props.values.profileId} {...describe("profileId", true)}>
                <option value="">{t.builder.chooseProfile}</option>
                {props.profiles.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}
                  </option>
                ))}
              </select>,
              t.builder.profileHint,
            )}
            <div className="row">
              {field(
                "seniority",
                t.builder.seniority,
                <select {...register("seniority")} defaultValue={props.values.seniority} {...describe("seniority")}>
                  {SENIORITIES.map((s) => (
                    <option key={s} value={s}>
                      {t.seniority[s]}
                    </option>
                  ))}
                </select>,
              )}
              {field(
                "contract",
                t.builder.contract,
                <select {...register("contract")} defaultValue={props.values.contract} {...describe("contract")}>
                  {CONTRACTS.map((c) => (
                    <option key={c} value={c}>
                      {t.contract[c]}
                    </option>
                  ))}
                </select>,
              )}
              {field(
                "hours",
                t.builder.hours,
                <input type="text" inputMode="numeric" {...register("hours")} defaultValue={props.values.hours} {...describe("hours", true)} />,
                t.builder.hoursHint,
              )}
            </div>
          </fieldset>

          <fieldset className="panel duties">
            <legend>{t.builder.sections.duties}</legend>
            <p className="hint" id="card-duties-hint">
              {t.builder.dutiesHint}
            </p>
            {fields.length === 0 ? (
              <p className="muted">{t.builder.noDuties}</p>
            ) : (
              <table className="duty-table">
                <thead>
                  <tr>
                    <th scope="col">{t.builder.dutyColumn}</th>
                    <th scope="col">{t.builder.shareColumn}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t.builder.remove}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {fields.map((item, i) => {
                    const info = props.labels[item.entryId];
                    const name = info?.label ?? item.entryId;
                    return (
                      <tr key={item.id} data-entry={item.entryId}>
                        <td>
                          <input type="hidden" {...register(`duties.${i}.entryId`)} defaultValue={item.entryId} />
                          <span className="family-swatch" style={{ background: `var(--fam-${info?.familyId ?? "none"}, #999)` }} aria-hidden="true" />
                          {name}
                          {info?.depth === "light" ? <span className="muted depth-tag"> · {t.builder.lightTag}</span> : null}
                          {errorText(`duties.${i}.entryId`)}
                        </td>
                        <td className="share-cell">
                          <input
                            type="text"
                            inputMode="numeric"
                            className="share-input"
                            {...register(`duties.${i}.share`)}
                            defaultValue={item.share}
                            aria-label={t.builder.shareLabel(name)}
                            {...describe(`duties.${i}.share`)}
                          />
                          {errorText(`duties.${i}.share`)}
                        </td>
                        <td>
                          <button
                            type="submit"
                            className="secondary small"
                            name="intent"
                            value={`remove-duty:${i}`}
                            aria-label={t.builder.removeLabel(name)}
                            onClick={(event) => {
                              event.preventDefault();
                              remove(i);
                            }}
                          >
                            {t.builder.remove}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
            <p
              id={fieldId("dutiesTotal")}
              tabIndex={-1}
              className={`duty-total${total === 100 ? " ok" : ""}`}
              aria-live="polite"
              aria-describedby={errorOf("dutiesTotal") ? `${fieldId("dutiesTotal")}-error` : undefined}
            >
              {t.builder.total(total)}
            </p>
            {errorText("dutiesTotal")}
            {guard.empty ? null : (
              <p className="guard-inline">
                {t.guard.verdictIntro} <VerdictBadge verdict={guard.verdict} />{" "}
                <a href="#scope-guard-title">{t.builder.seeGuard(guard.drift.length)}</a>
              </p>
            )}

            <div className="duty-picker">
              <div className="field">
                <label htmlFor="card-q">{t.builder.search}</label>
                <p className="hint" id="card-q-hint">
                  {t.builder.searchHint}
                </p>
                <div className="inline">
                  <input
                    type="search"
                    id="card-q"
                    name="q"
                    aria-describedby="card-q-hint"
                    defaultValue={props.query}
                    onChange={(e) => setQuery(e.target.value)}
                    onKeyDown={(e) => {
                      if (e.key === "Enter") e.preventDefault();
                    }}
                  />
                  <button type="submit" className="secondary" name="intent" value="search">
                    {t.builder.searchButton}
                  </button>
                </div>
              </div>
              <div className="row">
                <div className="field grow">
                  <label htmlFor="card-newDuty">{t.builder.pick}</label>
                  {visibleCatalog.length ? (
                    <select id="card-newDuty" name="newDuty" ref={newDutyRef}>
                      {visibleCatalog.map((group) => (
                        <optgroup key={group.familyId} label={group.label}>
                          {group.entries
                            .filter((e) => !picked.has(e.id))
                            .map((e) => (
                              <option key={e.id} value={e.id}>
                                {e.label}
                              </option>
                            ))}
                        </optgroup>
                      ))}
                    </select>
                  ) : (
                    <p className="muted" id="card-newDuty">
                      {t.builder.pickNone}
                    </p>
                  )}
                </div>
                <div className="field narrow">
                  <label htmlFor="card-newShare">{t.builder.addShare}</label>
                  <input type="text" inputMode="numeric" id="card-newShare" name="newShare" ref={newShareRef} />
                </div>
              </div>
              {requirementHits.length ? (
                <div className="requirement-hits">
                  <p className="list-heading">{t.builder.requirementHits}</p>
                  <ul>
                    {requirementHits.map((hit) => {
                      const kind = hit.kind === "skill" ? "skill" : "tool";
                      return (
                        <li key={hit.id} data-entry={hit.id}>
                          <span>
                            <span className="family-swatch" style={{ background: `var(--fam-${props.labels[hit.id]?.familyId ?? "none"}, #999)` }} aria-hidden="true" />
                            {hit.label} <span className="muted small">· {hit.family}</span>
                          </span>
                          <button
                            type="submit"
                            className="secondary small"
                            name="intent"
                            value={`add-requirement:${hit.id}`}
                            aria-label={t.builder.addRequirementLabel(kind, hit.label)}
                            onClick={(event) => {
                              event.preventDefault();
                              const field = requirementField(kind);
                              setValue(field, appendLines(getValues(field), [hit.label]), { shouldDirty: true });
                            }}
                          >
                            {t.builder.addRequirement[kind]}
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                </div>
              ) : null}
              <p className="inline">
                <button
                  type="submit"
                  name="intent"
                  value="add-duty"
                  className="secondary"
                  disabled={!visibleCatalog.length}
                  onClick={(event) => {
                    const entryId = newDutyRef.current?.value;
                    if (!entryId) return;
                    event.preventDefault();
                    if (picked.has(entryId)) return;
                    const typed = newShareRef.current?.value.trim() ?? "";
                    const left = 100 - sharesTotal(getValues("duties"));
                    append({ entryId, share: typed || String(left > 0 ? left : 10) });
                    if (newShareRef.current) newShareRef.current.value = "";
                  }}
                >
                  {t.builder.add}
                </button>
                <button
                  type="submit"
                  name="intent"
                  value="spread"
                  className="secondary"
                  disabled={fields.length === 0}
                  onClick={(event) => {
                    event.preventDefault();
                    const shares = evenShares(fields.length);
                    getValues("duties").forEach((_, i) => setValue(`duties.${i}.share`, String(shares[i]), { shouldValidate: clientChecked }));
                  }}
                >
                  {t.builder.spread}
                </button>
              </p>
            </div>
          </fieldset>
        </div>

        <aside className="builder-side">
          <ScopeGuardPanel
            guard={guard}
            busy={fetcher.state !== "idle"}
            onRemove={(ids) => replace(getValues("duties").filter((d) => !ids.includes(d.entryId)))}
            accept={
              <div className="field checkbox">
                <input type="checkbox" id={fieldId("scopeAccepted")} {...register("scopeAccepted")} defaultChecked={props.values.scopeAccepted} aria-describedby="card-scopeAccepted-hint" />
                <label htmlFor={fieldId("scopeAccepted")}>{t.guard.accept}</label>
                <p className="hint" id="card-scopeAccepted-hint">
                  {t.guard.acceptHint}
                </p>
              </div>
            }
          />
          <noscript>
            <p>
              <button type="submit" className="secondary" name="intent" value="check">
                {t.builder.check}
              </button>
            </p>
          </noscript>
        </aside>
      </div>

      <fieldset className="panel">
        <legend>{t.builder.sections.requirements}</legend>
        <div className="row">
          {field("skillsRequired", t.builder.skillsRequired, <textarea rows={4} {...register("skillsRequired")} defaultValue={props.values.skillsRequired} {...describe("skillsRequired", true)} />, t.builder.listHint)}
          {field("skillsNice", t.builder.skillsNice, <textarea rows={4} {...register("skillsNice")} defaultValue={props.values.skillsNice} {...describe("skillsNice", true)} />, t.builder.listHint)}
        </div>
        <div className="row">
          {field("toolsRequired", t.builder.toolsRequired, <textarea rows={4} {...register("toolsRequired")} defaultValue={props.values.toolsRequired} {...describe("toolsRequired", true)} />, t.builder.listHint)}
          {field("toolsNice", t.builder.toolsNice, <textarea rows={4} {...register("toolsNice")} defaultValue={props.values.toolsNice} {...describe("toolsNice", true)} />, t.builder.listHint)}
        </div>
        {field("languages", t.builder.languages, <textarea rows={2} {...register("languages")} defaultValue={props.values.languages} {...describe("languages", true)} />, t.builder.listHint)}
      </fieldset>

      <fieldset className="panel">
        <legend>{t.builder.sections.team}</legend>
        <div className="row">
          {field("team", t.builder.team, <input type="text" {...register("team")} defaultValue={props.values.team} {...describe("team")} />)}
          {field("reportsTo", t.builder.reportsTo, <input type="text" {...register("reportsTo")} defaultValue={props.values.reportsTo} {...describe("reportsTo")} />)}
        </div>
      </fieldset>

      <fieldset className="panel">
        <legend>{t.builder.sections.conditions}</legend>
        <div className="row">
          {field("location", t.builder.location, <input type="text" {...register("location")} defaultValue={props.values.location} {...describe("location")} />)}
          {field(
            "remote",
            t.builder.remote,
            <select {...register("remote")} defaultValue={props.values.remote} {...describe("remote")}>
              {REMOTE.map((r) => (
                <option key={r} value={r}>
                  {t.remote[r]}
                </option>
              ))}
            </select>,
          )}
        </div>
        <fieldset className="salary" aria-describedby="card-salary-hint">
          <legend>{t.builder.salary}</legend>
          <p className="hint" id="card-salary-hint">
            {t.builder.salaryHint}
          </p>
          <div className="row">
            {field("salaryMin", t.builder.salaryMin, <input type="text" inputMode="numeric" {...register("salaryMin")} defaultValue={props.values.salaryMin} {...describe("salaryMin")} />)}
            {field("salaryMax", t.builder.salaryMax, <input type="text" inputMode="numeric" {...register("salaryMax")} defaultValue={props.values.salaryMax} {...describe("salaryMax")} />)}
            {field(
              "salaryCurrency",
              t.builder.currency,
              <select {...register("salaryCurrency")} defaultValue={props.values.salaryCurrency} {...describe("salaryCurrency")}>
                {CURRENCIES.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>,
            )}
            {field(
              "salaryPeriod",
              t.builder.period,
              <select {...register("salaryPeriod")} defaultValue={props.values.salaryPeriod} {...describe("salaryPeriod")}>
                {SALARY_PERIODS.map((p) => (
                  <option key={p} value={p}>
                    {t.period[p]}
                  </option>
                ))}
              </select>,
            )}
          </div>
        </fieldset>
      </fieldset>

      <p className="muted">{t.builder.unsaved}</p>
      <p className="form-actions">
        <button type="submit" name="intent" value="save" className="primary" disabled={saving}>
          {saving ? t.builder.saving : t.builder.save}
        </button>{" "}
        <Link to={props.cancelHref}>{t.builder.cancel}</Link>
      </p>
    </Form>
  );
}
