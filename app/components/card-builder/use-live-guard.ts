import { useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";
import type { CardFormValues } from "#app/cards/card";
import type { GuardView } from "#app/cards/scope-guard";

type GuardInput = Pick<CardFormValues, "profileId" | "duties" | "skillsRequired" | "toolsRequired">;

/**
 * The scope guard kept up to date as the card is edited: a quarter of a second after the
 * last change, the duties and requirements go to /cards/scope. Until it answers, the
 * server's guard.
 */
export function useLiveGuard({ profileId, duties, skillsRequired, toolsRequired }: GuardInput, initial: GuardView) {
  const fetcher = useFetcher<GuardView>();
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
  return { guard: fetcher.data ?? initial, busy: fetcher.state !== "idle" };
}
