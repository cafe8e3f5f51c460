import type { ColumnType, Generated } from "kysely";

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export type WorkspaceRoleColumn = "owner" | "recruiter" | "interviewer";

export interface WorkspaceTable {
  id: Generated<number>;
  name: string;
  /** Months after a card is archived before its candidates are erased; null keeps them. */
  retention_months: number | null;
  created_at: CreatedAt;
}

export interface WorkspaceMemberTable {
  workspace_id: number;
  user_id: number;
  role: WorkspaceRoleColumn;
  created_at: CreatedAt;
}

export interface WorkspaceInviteTable {
  id: Generated<number>;
  workspace_id: number;
  /** sha256 of the link's token: a leaked table holds no usable link. */
  token_hash: string;
  role: WorkspaceRoleColumn;
  created_by: number | null;
  created_at: CreatedAt;
  expires_at: Date | string;
  used_at: Date | null;
  used_by: number | null;
}

export interface AuditEventTable {
  id: Generated<number>;
  workspace_id: number;
  user_id: number | null;
  /** candidate.view | candidate.create | candidate.update | candidate.export | candidate.erase | scorecard.save | scorecard.submit | … */
  action: string;
  target_type: string;
  /** An id, never a name: the log outlives erased personal data. */
  target_id: string;
  created_at: CreatedAt;
}

export interface WorkspacesTables {
  workspaces: WorkspaceTable;
  workspace_members: WorkspaceMemberTable;
  workspace_invites: WorkspaceInviteTable;
  audit_events: AuditEventTable;
}
