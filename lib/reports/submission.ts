// What submitting a report takes beyond the transition: every rule runs on the
// server (errors block; each warning needs the editor's written explanation,
// stored with the submission and shown to the reviewers), a correction needs
// its 更正说明, and a year's report waits for the year to end. Then the
// submission is recorded with the content as submitted.
import 'server-only';
import type { Prisma } from '@/lib/db/generated/client.ts';
import type { Tx } from '@/lib/db/client';
import type { AuditActor } from '@/lib/audit/record-audit-event';
import { UserError } from '@/lib/errors';
import { getFormat } from '@/lib/report-format/formats';
import { checkReport, type RuleIssue } from '@/lib/report-format/rules/check-report';
import { isoDate } from '@/lib/format-time';
import { submissionPeriodProblem } from '@/lib/workflow/submission-period';
import { findPublishedContent } from './find-published-content';
import type { ReportRef } from './report-ref';
import { readContent } from './stored-content';

export interface SubmissionInput {
  explanations: Record<string, string>;
  changeNote?: string;
}

type Explained = Record<string, { message: string; explanation: string }>;

/** Checks the report as the server has it; returns the explanations to keep, or throws a UserError naming what is missing. */
export async function checkSubmission(tx: Tx, report: ReportRef & { content: Prisma.JsonValue }, input: SubmissionInput, now: Date): Promise<Explained> {
  const today = isoDate(now);
  const period = submissionPeriodProblem(report.year, today, report.department.district.earlySubmission);
  if (period) throw UserError.invalid(period, { form: period });

  const format = getFormat(report.formatId);
  const content = readContent(report.content);
  const previous = await findPublishedContent(report.departmentId, report.year - 1, tx);
  const issues = checkReport(format, content, { previous, year: report.year, today });
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length) {
    throw UserError.invalid(
      `报告还有 ${errors.length} 处错误，须修改后才能提交：${errors
        .slice(0, 3)
        .map((issue) => issue.message)
        .join('；')}${errors.length > 3 ? '……' : ''}`,
      Object.fromEntries(errors.map((issue) => [`issue.${issue.key}`, issue.message])),
      { issues: errors },
    );
  }
  const warnings = issues.filter((issue) => issue.severity === 'warning');
  const missing = warnings.filter((issue) => (input.explanations[issue.key] ?? '').trim().length < 2);
  const fieldErrors: Record<string, string> = Object.fromEntries(missing.map((issue) => [`explanations.${issue.key}`, `请说明原因：${issue.message}`]));
  if (report.editionNumber > 1 && (input.changeNote ?? '').trim().length < 4) {
    fieldErrors.changeNote = '更正已发布的报告，须填写更正说明（至少 4 个字），发布后向公众显示。';
  }
  if (Object.keys(fieldErrors).length) {
    throw UserError.invalid(missing.length ? `有 ${missing.length} 条警告需要填写说明后才能提交。` : fieldErrors.changeNote!, fieldErrors, { issues: missing });
  }
  return Object.fromEntries(warnings.map((issue: RuleIssue) => [issue.key, { message: issue.message, explanation: input.explanations[issue.key]!.trim() }]));
}

/** Records the submission (the next in this edition) with the content as submitted. */
export async function recordSubmission(
  tx: Tx,
  report: ReportRef & { content: Prisma.JsonValue },
  actor: AuditActor,
  version: number,
  explained: Explained,
): Promise<number> {
  const sequence = (await tx.reportSubmission.count({ where: { reportId: report.id, editionNumber: report.editionNumber } })) + 1;
  await tx.reportSubmission.create({
    data: {
      reportId: report.id,
      editionNumber: report.editionNumber,
      sequence,
      content: report.content as Prisma.InputJsonValue,
      version,
      explanations: explained as Prisma.InputJsonObject,
      submittedById: actor.id,
    },
  });
  return sequence;
}
