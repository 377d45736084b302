// Saves a report brought in from a published source (lib/import parses it):
// as a draft the department goes on editing, or (admins) as a historical
// published report of a past year, public at once with a note that it was
// imported. An existing report is replaced only when the caller says so, and
// only where that cannot disturb a review under way. Audited.
import 'server-only';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { db, type Tx } from '@/lib/db/client';
import { recordAuditEvent, type AuditActor } from '@/lib/audit/record-audit-event';
import { UserError } from '@/lib/errors';
import type { ParsedReportContent } from '@/lib/report-format/content';
import { formatForYear, reportYearProblem } from '@/lib/report-format/formats';
import { reportTitle } from '@/lib/report-format/title';
import { validateContent } from '@/lib/report-format/validate-content';
import { syncPublicReport } from '@/lib/public/public-index';
import { isoDate } from '@/lib/format-time';
import { STATUS_LABELS, type ReportStatus } from '@/lib/workflow/status';
import { toJson } from './stored-content';

export interface ImportSave {
  departmentId: string;
  year: number;
  mode: 'draft' | 'published';
  /** Replace the department's existing report of that year. */
  replace: boolean;
  /** published: the day it was published at the source (YYYY-MM-DD); default 31 January of the next year. */
  publishedOn: string | null;
  /** What it was imported from, as the public page says. */
  source: string;
}

export interface ImportSaved {
  reportId: string;
  slug: string;
  status: ReportStatus;
  replaced: boolean;
  editionNumber: number;
}

/** What already exists for the department and year (the preview asks before replacing it). */
export async function findExistingReport(departmentId: string, year: number) {
  const report = await db.report.findUnique({
    where: { departmentId_year: { departmentId, year } },
    select: { id: true, status: true, editionNumber: true, publishedEditionId: true, importedAt: true },
  });
  return report ? { ...report, status: report.status as ReportStatus } : null;
}

const EDITABLE: readonly ReportStatus[] = ['DRAFT', 'RETURNED'];

function checkInput(content: ParsedReportContent, input: ImportSave, now: Date) {
  const yearProblem = reportYearProblem(input.year, now);
  if (yearProblem) throw UserError.invalid(yearProblem, { year: yearProblem });
  const format = formatForYear(input.year, now);
  const valid = validateContent(format, content);
  if (!valid.ok) throw UserError.invalid(`导入的内容不符合${format.source}格式：${valid.problems[0]!.message}`, { content: valid.problems[0]!.message });
  if (input.mode === 'published') {
    if (input.year >= Number(isoDate(now).slice(0, 4))) {
      throw UserError.invalid('只能把往年（本年度以前）的报告作为已发布的历史报告导入；本年度的报告请导入为草稿，按审核流程发布。', { mode: '本年度的报告只能导入为草稿。' });
    }
    if (input.publishedOn && (input.publishedOn < `${input.year}-01-01` || input.publishedOn > isoDate(now))) {
      throw UserError.invalid('发布日期应在报告年度开始之后、今天之前。', { publishedOn: '发布日期应在报告年度开始之后、今天之前。' });
    }
  }
  return { format, content: valid.content };
}

/** `actor` null: the command line (npm run import), recorded as the system. */
export async function saveImportedReport(actor: AuditActor | null, parsed: ParsedReportContent, input: ImportSave, now: Date = new Date()): Promise<ImportSaved> {
  const { format, content } = checkInput(parsed, input, now);
  const department = await db.department.findUnique({ where: { id: input.departmentId }, select: { id: true, name: true, slug: true, active: true } });
  if (!department) throw UserError.notFound('该部门不存在。');
  const label = `${department.name}${input.year}年度报告`;

  return db.$transaction(async (tx) => {
    const existing = await tx.report.findUnique({
      where: { departmentId_year: { departmentId: department.id, year: input.year } },
      select: { id: true, status: true, version: true, editionNumber: true, publishedEditionId: true },
    });
    const status = existing?.status as ReportStatus | undefined;
    if (existing && input.mode === 'draft' && !EDITABLE.includes(status!)) {
      throw UserError.conflict(
        status === 'PUBLISHED' || status === 'UNPUBLISHED'
          ? `${label}已发布，不能用草稿替换；如需更正，请在报告页面“更正报告（新版本）”。`
          : `${label}正在审核流程中（${STATUS_LABELS[status!]}），不能替换；请等审核结束或由审核人员退回后再导入。`,
      );
    }
    if (existing && input.mode === 'published' && !EDITABLE.includes(status!) && status !== 'PUBLISHED' && status !== 'UNPUBLISHED') {
      throw UserError.conflict(`${label}正在审核流程中（${STATUS_LABELS[status!]}），不能替换；请等审核结束或由审核人员退回后再导入。`);
    }
    if (existing && !input.replace) {
      throw UserError.conflict(`${label}已经存在（${STATUS_LABELS[status!]}）。如需用导入的内容替换，请勾选“用导入的内容替换”后再保存。`, { reportId: existing.id });
    }
    const json = toJson(content);
    const marks = { importedAt: now, importSource: input.source, updatedById: actor?.id ?? null };
    const editorIds = actor ? [actor.id] : [];
    let reportId: string;
    let editionNumber = existing?.editionNumber ?? 1;

    if (!existing) {
      reportId = (
        await tx.report.create({
          data: { departmentId: department.id, year: input.year, formatId: format.id, content: json, editorIds, ...marks },
          select: { id: true },
        })
      ).id;
    } else {
      reportId = existing.id;
      const { count } = await tx.report.updateMany({
        where: { id: existing.id, version: existing.version, status: existing.status },
        data: { content: json, formatId: format.id, version: { increment: 1 }, editorIds, ...marks },
      });
      if (count !== 1) throw UserError.conflict('该报告刚刚已被他人修改，请刷新后重试。');
    }

    if (input.mode === 'published') {
      editionNumber = await publishImported(tx, { reportId, departmentName: department.name, year: input.year, formatId: format.id, json, existing, actor, input, now });
    }
    await recordAuditEvent(tx, {
      actor,
      action: 'report.import',
      entityType: 'report',
      entityId: reportId,
      reportId,
      departmentId: department.id,
      fromStatus: existing?.status ?? null,
      toStatus: input.mode === 'published' ? 'PUBLISHED' : (existing?.status ?? 'DRAFT'),
      details: { year: input.year, mode: input.mode, source: input.source, replaced: Boolean(existing), edition: editionNumber, via: actor ? 'portal' : 'command line' },
    });
    return { reportId, slug: department.slug, status: input.mode === 'published' ? 'PUBLISHED' : ((existing?.status as ReportStatus) ?? 'DRAFT'), replaced: Boolean(existing), editionNumber };
  });
}

/** The imported content as the report's public edition: the first, or a new one replacing what was public. */
async function publishImported(
  tx: Tx,
  args: {
    reportId: string;
    departmentName: string;
    year: number;
    formatId: string;
    json: Prisma.InputJsonValue;
    existing: { editionNumber: number; publishedEditionId: string | null } | null;
    actor: AuditActor | null;
    input: ImportSave;
    now: Date;
  },
): Promise<number> {
  const publishedAt = new Date(`${args.input.publishedOn ?? `${args.year + 1}-01-31`}T12:00:00+08:00`);
  const editions = await tx.reportEdition.count({ where: { reportId: args.reportId } });
  const number = editions + 1;
  const edition = await tx.reportEdition.create({
    data: {
      reportId: args.reportId,
      number,
      formatId: args.formatId,
      content: args.json,
      title: reportTitle(args.departmentName, args.year),
      changeNote: number > 1 ? `按原文重新导入（${args.input.source}）。` : null,
      publishedAt: number > 1 ? args.now : publishedAt,
      publishedById: args.actor?.id ?? null,
    },
    select: { id: true },
  });
  if (args.existing?.publishedEditionId) await tx.reportEdition.update({ where: { id: args.existing.publishedEditionId }, data: { supersededAt: args.now } });
  await tx.report.update({
    where: { id: args.reportId },
    data: {
      status: 'PUBLISHED',
      editionNumber: number,
      publishedEditionId: edition.id,
      unpublishedAt: null,
      unpublishReason: null,
      ...(number === 1 ? { firstPublishedAt: publishedAt } : {}),
    },
  });
  await syncPublicReport(tx, args.reportId);
  return number;
}
