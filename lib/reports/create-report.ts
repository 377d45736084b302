// Starts a department's report for a year: the year's format, the opening
// paragraph and skeleton, and the values carried from last year's published report.
import 'server-only';
import { db } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/unique-violation';
import { recordAuditEvent, type AuditActor } from '@/lib/audit/record-audit-event';
import { UserError } from '@/lib/errors';
import { formatForYear } from '@/lib/report-format/formats';
import { prefillFromPrevious } from '@/lib/report-format/prefill';
import { newReportContent } from '@/lib/report-format/skeleton';
import { findPublishedContent } from './find-published-content';
import { toJson } from './stored-content';

export async function createReport(actor: AuditActor, input: { departmentId: string; year: number }, now = new Date()) {
  const format = formatForYear(input.year, now);
  const department = await db.department.findUnique({ where: { id: input.departmentId }, include: { district: true } });
  if (!department || !department.active) throw UserError.notFound('该部门不存在或已停用。');

  const previous = await findPublishedContent(department.id, input.year - 1);
  let content = newReportContent(format, input.year, { department, district: department.district });
  if (previous) content = prefillFromPrevious(format, content, previous);

  try {
    return await db.$transaction(async (tx) => {
      const report = await tx.report.create({
        data: {
          departmentId: department.id,
          year: input.year,
          formatId: format.id,
          content: toJson(content),
          updatedById: actor.id,
        },
        select: { id: true, year: true, version: true },
      });
      await recordAuditEvent(tx, {
        actor,
        action: 'report.create',
        entityType: 'report',
        entityId: report.id,
        reportId: report.id,
        departmentId: department.id,
        toStatus: 'DRAFT',
        details: { year: input.year, format: format.id, carried: content.carried.length, edition: 1 },
      });
      return report;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      const existing = await db.report.findUnique({
        where: { departmentId_year: { departmentId: department.id, year: input.year } },
        select: { id: true },
      });
      throw UserError.conflict(`${department.name}${input.year}年度报告已经存在，请直接打开编辑。`, { reportId: existing?.id });
    }
    throw error;
  }
}
