// Server-side enforcement of the policy for the three kinds of entry points.
import 'server-only';
import { forbidden, notFound, redirect, unauthorized } from 'next/navigation';
import { UserError } from '@/lib/errors';
import { findReportRef, type ReportRef } from '@/lib/reports/report-ref';
import { getCurrentUser, type CurrentUser } from './current-user';
import { denial, type Action, type ReportResource } from './policy';

/** Page loaders: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(returnTo?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/login?next=${encodeURIComponent(returnTo)}` : '/login');
  return user;
}

/** Page loaders: the user if allowed; otherwise the 403 or 404 page. */
export async function requirePermission(
  action: Action,
  resource?: ReportResource,
  returnTo?: string,
): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  const refused = denial(user, action, resource);
  if (refused === 'not_found') notFound();
  if (refused === 'forbidden') forbidden();
  return user;
}

/** Server actions and route handlers: the signed-in user, or a UserError (401). */
export async function currentUserOrThrow(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw UserError.unauthenticated('登录已失效，请重新登录后再试。');
  return user;
}

/** Server actions and route handlers: throws a UserError (403/404) unless allowed. */
export function authorize(user: CurrentUser, action: Action, resource?: ReportResource): void {
  const refused = denial(user, action, resource);
  if (refused === 'not_found') throw UserError.notFound();
  if (refused === 'forbidden') throw UserError.forbidden();
}

/**
 * Server actions: the signed-in user if allowed, else Next's 403/404
 * responses (forbidden()/notFound()), so that an action refused by the
 * policy answers with the right HTTP status and changes nothing.
 */
export async function requireActionPermission(action: Action, resource?: ReportResource): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) unauthorized();
  const refused = denial(user, action, resource);
  if (refused === 'not_found') notFound();
  if (refused === 'forbidden') forbidden();
  return user;
}

/** Server actions on one report: loads it (404 when missing) and checks the policy. */
export async function requireReportActionPermission(
  action: Action | readonly Action[],
  reportId: string,
): Promise<{ user: CurrentUser; report: ReportRef }> {
  const user = await getCurrentUser();
  if (!user) unauthorized();
  const report = await findReportRef(reportId);
  if (!report) notFound();
  for (const each of typeof action === 'string' ? [action] : action) {
    const refused = denial(user, each, report);
    if (refused === 'not_found') notFound();
    if (refused === 'forbidden') forbidden();
  }
  return { user, report };
}

/** Page loaders of one report: the report if the user may read it, else the 404 page. */
export async function requireReportPage(reportId: string, returnTo: string): Promise<{ user: CurrentUser; report: ReportRef }> {
  const user = await requireUser(returnTo);
  const report = await findReportRef(reportId);
  if (!report || denial(user, 'report.read', report)) notFound();
  return { user, report };
}
