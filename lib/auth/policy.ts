// The policy: the only place that says who may do what. Every page loader,
// server action and route handler asks it on the server (through
// lib/auth/guard.ts); buttons are hidden with the same answers, never instead
// of them. Pure: no database, no request.

export const ROLES = ['EDITOR', 'DEPARTMENT_REVIEWER', 'APPROVER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  EDITOR: '部门编辑',
  DEPARTMENT_REVIEWER: '部门负责人',
  APPROVER: '审核人员',
  ADMIN: '系统管理员',
};

/** Roles that belong to exactly one department. */
export const DEPARTMENT_ROLES: readonly Role[] = ['EDITOR', 'DEPARTMENT_REVIEWER'];

/** The signed-in user, as far as the policy needs to know. */
export interface Actor {
  id: string;
  role: Role;
  /** Editors and department reviewers belong to exactly one department; others to none. */
  departmentId: string | null;
}

/** Workspaces (page areas) of the signed-in portal. */
export type Workspace = 'editor' | 'review' | 'admin';

/**
 * Everything the policy decides. Actions on a report take the report's
 * department as their resource; the workflow state machine (lib/workflow)
 * decides separately whether the report's state allows the step.
 */
export type Action =
  | `workspace.${Workspace}`
  | 'report.read'
  | 'report.create'
  | 'report.edit'
  | 'report.submit'
  | 'report.withdraw'
  | 'report.correct'
  | 'report.comment'
  | 'report.import'
  | 'report.importPublished'
  | 'report.signoff'
  | 'report.review'
  | 'report.return'
  | 'report.approve'
  | 'report.publish'
  | 'report.unpublish'
  | 'department.manage'
  | 'user.manage'
  | 'district.manage'
  | 'oversight.read'
  | 'oversight.remind'
  | 'audit.read'
  | 'notifications.read';

export interface ReportResource {
  departmentId: string;
}

type Rule = (actor: Actor, resource?: ReportResource) => boolean;

const isEditorOf = (actor: Actor, resource?: ReportResource) =>
  actor.role === 'EDITOR' && resource !== undefined && actor.departmentId === resource.departmentId;
const isDepartmentReviewerOf = (actor: Actor, resource?: ReportResource) =>
  actor.role === 'DEPARTMENT_REVIEWER' && resource !== undefined && actor.departmentId === resource.departmentId;
/** The department's own people: its editors and its reviewer. */
const isMemberOf = (actor: Actor, resource?: ReportResource) => isEditorOf(actor, resource) || isDepartmentReviewerOf(actor, resource);
const isAdmin = (actor: Actor) => actor.role === 'ADMIN';
const isApprover = (actor: Actor) => actor.role === 'APPROVER';

/** Department work: the department's own editors, and admins. */
const departmentWork: Rule = (actor, resource) => isAdmin(actor) || isEditorOf(actor, resource);
/** Supervisory work on any department's report: approvers and admins. */
const supervision: Rule = (actor) => isApprover(actor) || isAdmin(actor);

const RULES: Record<Action, Rule> = {
  'workspace.editor': (actor) => actor.role === 'EDITOR' || isAdmin(actor),
  // The review pages: the district's, and the department reviewer's (their department only).
  'workspace.review': (actor) => supervision(actor) || actor.role === 'DEPARTMENT_REVIEWER',
  'workspace.admin': isAdmin,

  'report.read': (actor, resource) => supervision(actor) || isMemberOf(actor, resource),
  'report.create': departmentWork,
  'report.edit': departmentWork,
  'report.submit': departmentWork,
  'report.withdraw': departmentWork,
  'report.correct': departmentWork,
  // Bring a past report in from a web page, text or Word file: as a draft (the department's own editors, and admins) …
  'report.import': departmentWork,
  // … or as a historical published report (admins only: it is public at once).
  'report.importPublished': (actor) => isAdmin(actor),
  // Every side of a review talks in comments.
  'report.comment': (actor, resource) => supervision(actor) || isMemberOf(actor, resource),
  // 签发: the department's own reviewer (and admins).
  'report.signoff': (actor, resource) => isAdmin(actor) || isDepartmentReviewerOf(actor, resource),
  'report.review': supervision,
  'report.return': supervision,
  'report.approve': supervision,
  'report.publish': supervision,
  'report.unpublish': supervision,

  'department.manage': isAdmin,
  'user.manage': isAdmin,
  // The district's settings (the sign-off stage, early submission).
  'district.manage': isAdmin,
  // The district's oversight: the deadline dashboard, quality scores, the district summary; reminders.
  'oversight.read': supervision,
  'oversight.remind': supervision,
  'audit.read': isAdmin,
  // Each signed-in user reads their own notifications.
  'notifications.read': () => true,
};

export function can(actor: Actor, action: Action, resource?: ReportResource): boolean {
  return RULES[action](actor, resource);
}

export type Denial = 'forbidden' | 'not_found';

/**
 * Why `actor` may not do `action`, or null when allowed. An editor is told
 * that another department's report does not exist (404) rather than that it
 * is off limits (403), so department data does not leak through status codes.
 */
export function denial(actor: Actor, action: Action, resource?: ReportResource): Denial | null {
  if (can(actor, action, resource)) return null;
  if (resource && DEPARTMENT_ROLES.includes(actor.role) && actor.departmentId !== resource.departmentId) return 'not_found';
  return 'forbidden';
}

/**
 * The reports an actor may list: a Prisma `where` fragment. A department's
 * editors and reviewer see only their department; approvers and admins see the whole district.
 */
export function reportScope(actor: Actor): { departmentId?: string } {
  if (DEPARTMENT_ROLES.includes(actor.role)) {
    // An editor without a department sees nothing (an impossible id matches no row).
    return { departmentId: actor.departmentId ?? '__none__' };
  }
  return {};
}

/** Where a user lands after signing in. */
export function landingPath(role: Role): string {
  switch (role) {
    case 'EDITOR':
      return '/editor';
    case 'DEPARTMENT_REVIEWER':
    case 'APPROVER':
      return '/review';
    case 'ADMIN':
      return '/admin';
  }
}

/** Every action the policy knows, for exhaustive tests and admin screens. */
export const ACTIONS = Object.keys(RULES) as Action[];
