import type { ActionFunctionArgs, LinksFunction, MetaFunction } from "@remix-run/node";
import { useActionData, useFetcher } from "@remix-run/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { poolFrom } from "#app/analysis-pool/pool.server";
import { handleCheckForm, type CheckActionData } from "#app/check/check-action.server";
import { BLANK_CHECK, type CheckValues } from "#app/check/check-values";
import { fingerprint } from "#app/forms/fingerprint";
import { outcomeResponse } from "#app/intake/offer-form.server";
import { CheckForm } from "#app/components/check/check-form";
import { CheckResult } from "#app/components/check/check-result";
import { dbFrom } from "#app/db.server";
import { clientIpFrom } from "#app/http/request-context.server";
import { check } from "#app/i18n/check";
import { isLang, useMessages } from "#app/i18n/locale";
import { langFromRequest } from "#app/i18n/locale.server";
import checkStyles from "#app/styles/check.css";
import { retryAfterHeaders } from "#app/http/retry-after";
import complianceStyles from "#app/styles/compliance.css";
import { useDropIndexParam } from "#app/components/use-drop-index-param";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: checkStyles }, { rel: "stylesheet", href: complianceStyles }];

export const headers = retryAfterHeaders;

export const meta: MetaFunction = ({ matches }) => {
  const lang = (matches.find((m) => m.id === "root")?.data as { lang?: string } | undefined)?.lang;
  return [{ title: check[isLang(lang) ? lang : "fr"].metaTitle }];
};

export async function action({ request, context }: ActionFunctionArgs) {
  const lang = await langFromRequest(request);
  return outcomeResponse(await handleCheckForm(dbFrom(context), request, lang, clientIpFrom(context), poolFrom(context)), "/check");
}

const PREVIEW_DELAY_MS = 400;

const revisionOf = (values: CheckValues) => `${fingerprint(values.text)}:${values.language}:${values.drop}`;

export default function CheckPage() {
  useDropIndexParam();
  const t = useMessages(check);
  const submitted = useActionData<typeof action>() as CheckActionData | undefined;
  const preview = useFetcher<typeof action>({ key: "check-preview" });
  const previewed = preview.data as CheckActionData | undefined;
  const submitPreview = preview.submit;
  // Edited since the last real submission: the live preview, not the submission, is current.
  const [live, setLive] = useState(false);
  const [blank, setBlank] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const formRef = useRef<HTMLFormElement | null>(null);

  useEffect(() => {
    setLive(false);
    setBlank(false);
  }, [submitted]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const onEdit = useCallback(
    (form: HTMLFormElement, changed: "text" | "file" | "options") => {
      formRef.current = form;
      clearTimeout(timer.current);
      const data = new FormData(form);
      const file = data.get("file");
      const hasFile = file instanceof File && file.size > 0;
      if (!hasFile) data.delete("file");
      const text = data.get("text");
      const empty = !hasFile && (typeof text !== "string" || !text.trim());
      setLive(true);
      setBlank(empty);
      if (empty) return;
      data.set("intent", "preview");
      timer.current = setTimeout(
        () => submitPreview(data, { method: "post", action: "/check?index", encType: "multipart/form-data" }),
        changed === "text" ? PREVIEW_DELAY_MS : 0,
      );
    },
    [submitPreview],
  );

  // A previewed file becomes the text it holds, so that further edits start from it.
  useEffect(() => {
    const form = formRef.current;
    if (!form || previewed?.status !== "ok" || !previewed.fromFile) return;
    const textarea = form.elements.namedItem("text");
    const file = form.elements.namedItem("file");
    if (textarea instanceof HTMLTextAreaElement) textarea.value = previewed.view.text;
    if (file instanceof HTMLInputElement) file.value = "";
  }, [previewed]);

  const shown = live ? (blank ? undefined : (previewed ?? submitted)) : submitted;
  const values = submitted?.values ?? BLANK_CHECK;
  const revision = useMemo(() => revisionOf(values), [values]);

  let liveStatus = "";
  if (live && preview.state !== "idle") liveStatus = t.live.updating;
  else if (live && previewed?.status === "error" && previewed.code !== "empty") liveStatus = t.errors[previewed.code];
  else if (live && previewed?.status === "ok" && !blank) liveStatus = `${t.live.updated} ${t.live.note}`;

  return (
    <div className="check-page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <CheckForm
        values={values}
        error={submitted?.status === "error" && !live ? submitted.code : null}
        revision={revision}
        fromFile={submitted?.status === "ok" && submitted.fromFile && !live}
        liveStatus={liveStatus}
        onEdit={onEdit}
      />
      {shown?.status === "ok" ? (
        <>
          {!shown.preview ? (
            <p className="notice" role="status" data-testid="not-kept">
              {t.share.notKept}
            </p>
          ) : null}
          <CheckResult view={shown.view} />
        </>
      ) : null}
    </div>
  );
}
