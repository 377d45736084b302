// Server-side enforcement of the policy for page loaders and server actions.
import 'server-only';
import { forbidden, notFound, redirect, unauthorized } from 'next/navigation';
import { getReportWorkspace, type ReportWorkspace } from '@/lib/reports/get-report-workspace';
import { findReportRef, type ReportRef } from '@/lib/reports/report-ref';
import { getCurrentUser, sessionEnd, type CurrentUser } from './current-user';
import { denial, type Action, type ReportResource } from './policy';

/** Answers a refusal with Next's 404 or 403 response (and nothing runs after it). */
function refuse(user: CurrentUser, actions: Action | readonly Action[], resource?: ReportResource): void {
  for (const action of typeof actions === 'string' ? [actions] : actions) {
    const refused = denial(user, action, resource);
    if (refused === 'not_found') notFound();
    if (refused === 'forbidden') forbidden();
  }
}

/** Page loaders: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(returnTo?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    // The sign-in page says why when a session ran out (?ended=idle|expired).
    const end = await sessionEnd();
    const query = new URLSearchParams();
    if (returnTo) query.set('next', returnTo);
    if (end === 'idle' || end === 'expired') query.set('ended', end);
    redirect(query.size ? `/login?${query}` : '/login');
  }
  return user;
}

/** Page loaders: the user if allowed; otherwise the 403 or 404 page. */
export async function requirePermission(action: Action, resource?: ReportResource, returnTo?: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  refuse(user, action, resource);
  return user;
}

/**
 * Page loaders of one report: its workspace if the user may read it (and do
 * `also`), else the 404 or 403 page. The report's reference is read and
 * authorized first; the whole workspace only for those who may see it.
 */
export async function requireReportPage(
  reportId: string,
  returnTo: string,
  also: readonly Action[] = [],
): Promise<{ user: CurrentUser; workspace: ReportWorkspace }> {
  const user = await requireUser(returnTo);
  const report = await findReportRef(reportId);
  if (!report) notFound();
  refuse(user, ['report.read', ...also], report);
  const workspace = await getReportWorkspace(reportId);
  if (!workspace) notFound();
  return { user, workspace };
}

/**
 * Server actions, before anything else is read: the signed-in user, or
 * Next's 401 (unauthorized()). Input is checked only after this, so an
 * anonymous caller learns nothing about the form.
 */
export async function requireCaller(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) unauthorized();
  return user;
}

/**
 * Server actions: the signed-in user if allowed, else Next's 401/403/404
 * responses (unauthorized()/forbidden()/notFound()), so that an action
 * refused by the policy answers with that HTTP status and changes nothing.
 */
export async function requireActionPermission(action: Action, resource?: ReportResource): Promise<CurrentUser> {
  const user = await requireCaller();
  refuse(user, action, resource);
  return user;
}

/** Server actions on one report: loads its reference (404 when missing) and checks every action against the policy. */
export async function requireReportActionPermission(
  user: CurrentUser,
  actions: Action | readonly Action[],
  reportId: string,
): Promise<ReportRef> {
  const report = await findReportRef(reportId);
  if (!report) notFound();
  refuse(user, actions, report);
  return report;
}
