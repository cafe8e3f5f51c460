// Who may do what inside a workspace. Site administration (taxonomy edits) is a separate,
// site-level flag on the user and grants nothing here.

export const WORKSPACE_ROLES = ["owner", "recruiter", "interviewer"] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];

/** Members, invites, settings, the audit log, and every destructive action. */
export const OWNERS = ["owner"] as const satisfies readonly WorkspaceRole[];
/** Cards, kits and candidates: create, edit, archive, assign interviewers, export. */
export const RECRUITERS = ["owner", "recruiter"] as const satisfies readonly WorkspaceRole[];

export function hasRole(role: WorkspaceRole, allowed: readonly WorkspaceRole[]): boolean {
  return allowed.includes(role);
}

/**
 * What every scoped query in app/models/ needs: the workspace, and who asks with which
 * role (interviewers only see the cards they are assigned to).
 */
export interface Scope {
  workspaceId: number;
  userId: number;
  role: WorkspaceRole;
}

export function scopeOf(member: { user: { id: number }; workspace: { id: number }; role: WorkspaceRole }): Scope {
  return { workspaceId: member.workspace.id, userId: member.user.id, role: member.role };
}
