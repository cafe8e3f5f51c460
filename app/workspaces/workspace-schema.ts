import { z } from "zod";
import type { CandidateErrorKey } from "#app/i18n/candidates";
import type { WorkspaceErrorKey } from "#app/i18n/workspaces";
import { WORKSPACE_ROLES } from "./roles";

// Form schemas of the workspace and candidate pages; issue messages are i18n keys.

export const CANDIDATE_STAGES = ["new", "interview", "offer", "hired", "rejected"] as const;
export type CandidateStage = (typeof CANDIDATE_STAGES)[number];

const trimmed = (v: unknown) => (typeof v === "string" ? v.trim() : v);

export const WorkspaceNameSchema = z.preprocess(
  trimmed,
  z
    .string({ error: "nameRequired" satisfies WorkspaceErrorKey })
    .min(1, { error: "nameRequired" satisfies WorkspaceErrorKey })
    .max(80, { error: "nameTooLong" satisfies WorkspaceErrorKey }),
);

export const WorkspaceSettingsSchema = z.object({
  name: WorkspaceNameSchema,
  retentionMonths: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : typeof v === "string" ? Number(v.trim()) : v),
    z.number({ error: "retention" satisfies WorkspaceErrorKey }).int({ error: "retention" }).min(1, { error: "retention" }).max(120, { error: "retention" }).nullable(),
  ),
});

export const InviteSchema = z.object({ role: z.enum(WORKSPACE_ROLES, { error: "role" satisfies WorkspaceErrorKey }) });

export const CandidateSchema = z.object({
  name: z.preprocess(
    trimmed,
    z.string({ error: "required" satisfies CandidateErrorKey }).min(1, { error: "required" }).max(120, { error: "tooLong" satisfies CandidateErrorKey }),
  ),
  email: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : trimmed(v)),
    z.email({ error: "email" satisfies CandidateErrorKey }).max(254, { error: "tooLong" }).nullable(),
  ),
  stage: z.enum(CANDIDATE_STAGES, { error: "stage" satisfies CandidateErrorKey }),
});
