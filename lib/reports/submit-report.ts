// Submits a report for review. Every rule runs on the server: errors block,
// each warning needs the editor's written explanation (stored with the
// submission and shown to the approver), a correction needs its 更正说明.
import 'server-only';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { db } from '@/lib/db/client';
import type { AuditActor } from '@/lib/audit/record-audit-event';
import { UserError } from '@/lib/errors';
import { notify } from '@/lib/notifications/notify';
import { getFormat } from '@/lib/report-format/formats';
import { checkReport, type RuleIssue } from '@/lib/report-format/rules/check-report';
import { applyReportTransition, reportWithContentInTransaction } from './apply-transition';
import { findPublishedContent } from './find-published-content';
import { reportLabel } from './report-label';
import { readContent } from './stored-content';

export interface SubmitInput {
  reportId: string;
  version: number;
  explanations: Record<string, string>;
  changeNote?: string;
}

export async function submitReport(actor: AuditActor, input: SubmitInput) {
  return db.$transaction(async (tx) => {
    const report = await reportWithContentInTransaction(tx, input.reportId);
    const format = getFormat(report.formatId);
    const content = readContent(report.content);
    const previous = await findPublishedContent(report.departmentId, report.year - 1, tx);
    const issues = checkReport(format, content, { previous });

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
    const fieldErrors: Record<string, string> = Object.fromEntries(
      missing.map((issue) => [`explanations.${issue.key}`, `请说明原因：${issue.message}`]),
    );
    if (report.editionNumber > 1 && (input.changeNote ?? '').trim().length < 4) {
      fieldErrors.changeNote = '更正已发布的报告，须填写更正说明（至少 4 个字），发布后向公众显示。';
    }
    if (Object.keys(fieldErrors).length) {
      throw UserError.invalid(
        missing.length ? `有 ${missing.length} 条警告需要填写说明后才能提交。` : fieldErrors.changeNote!,
        fieldErrors,
        { issues: missing },
      );
    }

    const explanations: Record<string, { message: string; explanation: string }> = Object.fromEntries(
      warnings.map((issue: RuleIssue) => [issue.key, { message: issue.message, explanation: input.explanations[issue.key]!.trim() }]),
    );
    const sequence = (await tx.reportSubmission.count({ where: { reportId: report.id, editionNumber: report.editionNumber } })) + 1;
    const { version, status } = await applyReportTransition(tx, {
      report,
      expectedVersion: input.version,
      actor,
      name: 'submit',
      data: {
        submittedAt: new Date(),
        ...(report.editionNumber > 1 ? { changeNote: input.changeNote!.trim() } : {}),
      },
      details: { sequence, warnings: warnings.length },
    });
    await tx.reportSubmission.create({
      data: {
        reportId: report.id,
        editionNumber: report.editionNumber,
        sequence,
        content: report.content as Prisma.InputJsonValue,
        version,
        explanations: explanations as Prisma.InputJsonObject,
        submittedById: actor.id,
      },
    });
    const label = reportLabel(report.department, report.year);
    await notify(tx, {
      kind: 'submitted',
      reportId: report.id,
      recipients: { kind: 'approvers' },
      actorId: actor.id,
      title: `${label}已提交审核`,
      body: `${actor.displayName}${sequence > 1 ? '重新' : ''}提交了${label}${report.editionNumber > 1 ? `（第 ${report.editionNumber} 版，更正）` : ''}，请审核。`,
    });
    return { version, status, sequence };
  });
}
