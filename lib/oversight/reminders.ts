// 催报: reminders to departments about a year's report, in the portal and by
// e-mail (the existing outbox), each one recorded. Sent by an approver to one
// department or to every overdue one at once, and automatically at the days
// before each deadline the admin chose — never twice: an automatic reminder
// has a key (department, year, deadline, days before) that the database keeps unique.
import 'server-only';
import type { Tx } from '@/lib/db/client';
import { db } from '@/lib/db/client';
import { recordAuditEvent, type AuditActor } from '@/lib/audit/record-audit-event';
import { UserError } from '@/lib/errors';
import { formatChineseDate } from '@/lib/report-format/deadline';
import { isoDate } from '@/lib/format-time';
import { notify } from '@/lib/notifications/notify';
import { checkDeadlines, DEADLINE_LABELS, DEADLINE_MILESTONES, describeCheck, type DeadlineCheck, type DeadlineKind, type YearDeadlines } from './deadlines';
import { overdueDepartments } from './deadline-dashboard';
import type { DistrictChoice } from './districts';

interface Target {
  id: string;
  shortName: string;
  reportId: string | null;
  status: string | null;
  forwardedOn: string | null;
  publishedOn: string | null;
}

const day = (value: Date | null) => (value ? isoDate(value) : null);

async function loadTargets(client: Tx | typeof db, departmentIds: string[], year: number): Promise<Target[]> {
  const departments = await client.department.findMany({
    where: { id: { in: departmentIds } },
    select: { id: true, shortName: true, reports: { where: { year }, select: { id: true, status: true, firstForwardedAt: true, firstPublishedAt: true } } },
  });
  return departments.map((department) => {
    const report = department.reports[0];
    return {
      id: department.id,
      shortName: department.shortName,
      reportId: report?.id ?? null,
      status: report?.status ?? null,
      forwardedOn: day(report?.firstForwardedAt ?? null),
      publishedOn: day(report?.firstPublishedAt ?? null),
    };
  });
}

/** The deadline a reminder is about: the first one not yet met (overdue before open). */
function mostUrgent(checks: DeadlineCheck[]): DeadlineCheck | null {
  const open = checks.filter((check) => check.status === 'overdue' || check.status === 'open');
  return open.sort((a, b) => a.days - b.days)[0] ?? null;
}

export function reminderText(year: number, shortName: string, check: DeadlineCheck, note = ''): { title: string; body: string } {
  const title = `催报：${shortName}${year}年度报告${check.status === 'overdue' ? '已逾期' : `${DEADLINE_LABELS[check.kind]}将至`}`;
  const body =
    `请尽快完成${year}年度政府信息公开工作年度报告的${DEADLINE_MILESTONES[check.kind]}：${DEADLINE_LABELS[check.kind]}为${formatChineseDate(check.date)}，${describeCheck(check)}。` +
    (note ? `\n附言：${note}` : '');
  return { title, body };
}

/** Tells the department's editors (and its reviewer while a report waits for 签发); returns how many people. */
async function remind(tx: Tx, actor: AuditActor | null, target: Target, year: number, check: DeadlineCheck, options: { note?: string; daysBefore?: number | null; autoKey?: string | null }) {
  const { title, body } = reminderText(year, target.shortName, check, options.note);
  const actorId = actor?.id ?? '';
  let recipients = await notify(tx, { kind: 'reminder', reportId: target.reportId, recipients: { kind: 'departmentEditors', departmentId: target.id }, actorId, title, body });
  if (target.status === 'AWAITING_SIGNOFF') {
    recipients += await notify(tx, { kind: 'reminder', reportId: target.reportId, recipients: { kind: 'departmentReviewers', departmentId: target.id }, actorId, title, body });
  }
  await tx.reminder.create({
    data: {
      departmentId: target.id,
      year,
      deadline: check.kind,
      daysBefore: options.daysBefore ?? null,
      autoKey: options.autoKey ?? null,
      sentById: actor?.id ?? null,
      sentByName: actor?.displayName ?? null,
      recipients,
      message: body,
    },
  });
  await recordAuditEvent(tx, {
    actor,
    action: options.autoKey ? 'oversight.autoRemind' : 'oversight.remind',
    entityType: 'department',
    entityId: target.id,
    departmentId: target.id,
    reportId: target.reportId,
    details: { year, deadline: check.kind, date: check.date, recipients },
  });
  return recipients;
}

/**
 * A person's reminder: to one department, or to every overdue one. Returns
 * how many departments were reminded.
 */
export async function sendReminders(
  actor: AuditActor,
  district: DistrictChoice,
  deadlines: YearDeadlines,
  input: { target: string; note: string },
  now: Date = new Date(),
): Promise<{ departments: number; people: number }> {
  const today = isoDate(now);
  if (input.target !== 'overdue' && (await db.department.count({ where: { id: input.target, districtId: district.id } })) === 0) {
    throw UserError.notFound('该部门不存在或不属于本区。');
  }
  const ids = input.target === 'overdue' ? (await overdueDepartments(district.id, deadlines, now)).map((row) => row.id) : [input.target];
  const targets = await loadTargets(db, ids, deadlines.year);
  let departments = 0;
  let people = 0;
  for (const target of targets) {
    const check = mostUrgent(checkDeadlines(deadlines, target, today));
    if (!check) continue; // Already published: nothing to remind of.
    people += await db.$transaction((tx) => remind(tx, actor, target, deadlines.year, check, { note: input.note }));
    departments += 1;
  }
  if (input.target !== 'overdue' && departments === 0) throw UserError.conflict('该部门的年度报告已经发布，无需提醒。');
  return { departments, people };
}

/**
 * The automatic reminders due today in every district that turned them on:
 * for each deadline N days away (N one of the chosen days), each department
 * that has not reached it is reminded once. Safe to run any number of times,
 * in any number of processes. Returns how many reminders went out.
 */
export async function runAutomaticReminders(now: Date = new Date()): Promise<number> {
  const today = isoDate(now);
  const settings = await db.districtDeadline.findMany({
    where: { remindersEnabled: true, year: { gte: Number(today.slice(0, 4)) - 1 } },
    select: { districtId: true, year: true, submitBy: true, publishBy: true, reminderDays: true },
  });
  let sent = 0;
  for (const setting of settings) {
    const deadlines: YearDeadlines = {
      year: setting.year,
      submit: setting.submitBy?.toISOString().slice(0, 10) ?? null,
      publish: setting.publishBy?.toISOString().slice(0, 10) ?? null,
      legal: `${setting.year + 1}-01-31`,
    };
    for (const kind of ['submit', 'publish', 'legal'] as DeadlineKind[]) {
      const date = deadlines[kind];
      if (!date) continue;
      const check = { kind, date, status: 'open' as const, days: Math.round((Date.parse(date) - Date.parse(today)) / 86_400_000) };
      if (!setting.reminderDays.includes(check.days)) continue;
      const departments = await db.department.findMany({
        where: {
          districtId: setting.districtId,
          active: true,
          NOT: { reports: { some: { year: setting.year, ...(kind === 'submit' ? { OR: [{ firstForwardedAt: { not: null } }, { firstPublishedAt: { not: null } }] } : { firstPublishedAt: { not: null } }) } } },
        },
        select: { id: true },
      });
      for (const target of await loadTargets(db, departments.map((department) => department.id), setting.year)) {
        const autoKey = `${target.id}:${setting.year}:${kind}:${check.days}`;
        const done = await db.$transaction(async (tx) => {
          // Claim the key first: a second run (another process, or the same day again) finds it taken.
          await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtext(${autoKey}))`;
          if (await tx.reminder.findUnique({ where: { autoKey }, select: { id: true } })) return false;
          await remind(tx, null, target, setting.year, check, { daysBefore: check.days, autoKey });
          return true;
        });
        if (done) sent += 1;
      }
    }
  }
  return sent;
}
