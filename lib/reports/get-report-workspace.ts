// Everything the editor and the review pages show about one report.
import 'server-only';
import { db } from '@/lib/db/client';
import type { ParsedReportContent } from '@/lib/report-format/content';
import { diffContent, type ContentChange } from '@/lib/report-format/diff';
import { getFormat } from '@/lib/report-format/formats';
import { checkReport, type RuleIssue } from '@/lib/report-format/rules/check-report';
import { reportTitle } from '@/lib/report-format/title';
import { stageOf } from '@/lib/workflow/state-machine';
import type { ReportStatus } from '@/lib/workflow/status';
import { isoDate } from '@/lib/format-time';
import { submissionPeriodProblem } from '@/lib/workflow/submission-period';
import { findPublishedContent } from './find-published-content';
import { readContent } from './stored-content';
import type { CommentAnchor } from './workflow-schemas';

export interface CommentView {
  id: string;
  authorName: string;
  body: string;
  createdAt: string;
  resolved: boolean;
  editionNumber: number;
  anchor: CommentAnchor;
}

export interface SubmissionView {
  sequence: number;
  submittedAt: string;
  submittedBy: string;
  outcome: 'PENDING' | 'WITHDRAWN' | 'RETURNED' | 'APPROVED';
  returnReason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  explanations: Record<string, { message: string; explanation: string }>;
  /** 签发 with its 保密审查, when the department's reviewer signed this submission off. */
  signOff: { by: string; at: string; statement: string; note: string | null } | null;
}

export interface EditionView {
  id: string;
  number: number;
  title: string;
  changeNote: string | null;
  publishedAt: string;
  supersededAt: string | null;
  withdrawnAt: string | null;
}

function anchorOf(comment: { anchorKind: string; sectionId: string | null; tableId: string | null; rowKey: string | null; columnKey: string | null }): CommentAnchor {
  if (comment.anchorKind === 'section' && comment.sectionId) return { kind: 'section', sectionId: comment.sectionId };
  if (comment.anchorKind === 'cell' && comment.tableId && comment.rowKey && comment.columnKey) {
    return { kind: 'cell', tableId: comment.tableId, rowKey: comment.rowKey, columnKey: comment.columnKey };
  }
  return { kind: 'report' };
}

/**
 * Who has the report in hand at its stage: the department's editors while it
 * is drafted or returned, its reviewer while it waits for 签发, the district's
 * approvers while it is reviewed or waits for publication.
 */
async function holdersOf(status: ReportStatus, departmentId: string): Promise<{ role: string; names: string[] } | null> {
  const holder = holderRole(status);
  if (!holder) return null;
  const users = await db.user.findMany({
    where: { role: holder.role, disabled: false, ...(holder.role === 'APPROVER' ? {} : { departmentId }) },
    orderBy: { displayName: 'asc' },
    take: 6,
    select: { displayName: true },
  });
  return { role: holder.label, names: users.map((user) => user.displayName) };
}

function holderRole(status: ReportStatus): { role: 'EDITOR' | 'DEPARTMENT_REVIEWER' | 'APPROVER'; label: string } | null {
  switch (stageOf(status)) {
    case 'draft':
      return { role: 'EDITOR', label: '部门编辑' };
    case 'signoff':
      return { role: 'DEPARTMENT_REVIEWER', label: '部门负责人' };
    case 'review':
    case 'publication':
      return { role: 'APPROVER', label: '区政务公开办审核人员' };
    case 'public':
      return null;
  }
}

/** Everything the report's pages show, or null when there is no such report. */
export async function getReportWorkspace(reportId: string) {
  const report = await db.report.findUnique({
    where: { id: reportId },
    include: {
      department: { select: { id: true, name: true, shortName: true, slug: true, district: { select: { signOffRequired: true, earlySubmission: true } } } },
      updatedBy: { select: { displayName: true } },
      comments: { orderBy: { createdAt: 'asc' } },
      // Content is read below for the one submission or edition that is compared.
      submissions: { omit: { content: true }, orderBy: [{ editionNumber: 'desc' }, { sequence: 'desc' }] },
      editions: { omit: { content: true }, orderBy: { number: 'asc' } },
    },
  });
  if (!report) return null;
  const format = getFormat(report.formatId);
  const content = readContent(report.content);
  const previous = await findPublishedContent(report.departmentId, report.year - 1);
  const issues: RuleIssue[] = checkReport(format, content, { previous, year: report.year, today: isoDate(new Date()) });

  const current = report.submissions.filter((submission) => submission.editionNumber === report.editionNumber);
  const userIds = [...new Set(current.flatMap((submission) => [submission.submittedById, submission.decidedById]).filter(Boolean))] as string[];
  const users = new Map((await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } })).map((user) => [user.id, user.displayName]));

  const submissions: SubmissionView[] = current.map((submission) => ({
    sequence: submission.sequence,
    submittedAt: submission.submittedAt.toISOString(),
    submittedBy: users.get(submission.submittedById) ?? '（已删除的用户）',
    outcome: submission.outcome,
    returnReason: submission.returnReason,
    decidedBy: submission.decidedById ? (users.get(submission.decidedById) ?? null) : null,
    decidedAt: submission.decidedAt?.toISOString() ?? null,
    explanations: submission.explanations as SubmissionView['explanations'],
    signOff:
      submission.signedOffAt && submission.signedOffByName
        ? { by: submission.signedOffByName, at: submission.signedOffAt.toISOString(), statement: submission.confidentialityStatement ?? '', note: submission.confidentialityNote }
        : null,
  }));

  // What changed: since the last returned submission, or (for a correction) since the published edition.
  const latest = current[0];
  const lastReturned = current.find((submission) => submission.outcome === 'RETURNED');
  let changes: { against: string; list: ContentChange[] } | null = null;
  if (lastReturned && latest && latest.sequence > lastReturned.sequence) {
    const { content: returned } = await db.reportSubmission.findUniqueOrThrow({ where: { id: lastReturned.id }, select: { content: true } });
    changes = { against: `第 ${lastReturned.sequence} 次提交（已退回）`, list: diffContent(format, readContent(returned), content) };
  } else if (report.editionNumber > 1) {
    const published = report.editions.find((edition) => edition.number === report.editionNumber - 1);
    if (published) {
      const { content: before } = await db.reportEdition.findUniqueOrThrow({ where: { id: published.id }, select: { content: true } });
      changes = { against: `已发布的第 ${published.number} 版`, list: diffContent(format, readContent(before), content) };
    }
  }

  const editions: EditionView[] = report.editions.map((edition) => ({
    id: edition.id,
    number: edition.number,
    title: edition.title,
    changeNote: edition.changeNote,
    publishedAt: edition.publishedAt.toISOString(),
    supersededAt: edition.supersededAt?.toISOString() ?? null,
    withdrawnAt: edition.withdrawnAt?.toISOString() ?? null,
  }));

  const comments: CommentView[] = report.comments.map((comment) => ({
    id: comment.id,
    authorName: comment.authorName,
    body: comment.body,
    createdAt: comment.createdAt.toISOString(),
    resolved: comment.resolvedAt !== null,
    editionNumber: comment.editionNumber,
    anchor: anchorOf(comment),
  }));

  return {
    report: {
      id: report.id,
      departmentId: report.departmentId,
      year: report.year,
      formatId: report.formatId,
      status: report.status as ReportStatus,
      version: report.version,
      editionNumber: report.editionNumber,
      changeNote: report.changeNote,
      isPublic: report.publishedEditionId !== null,
      unpublishReason: report.unpublishReason,
      submittedAt: report.submittedAt?.toISOString() ?? null,
      updatedAt: report.updatedAt.toISOString(),
      updatedBy: report.updatedBy?.displayName ?? null,
      editorIds: report.editorIds,
      signedOffById: report.signedOffById,
      title: reportTitle(report.department.name, report.year),
    },
    department: { id: report.department.id, name: report.department.name, shortName: report.department.shortName, slug: report.department.slug },
    settings: {
      signOffRequired: report.department.district.signOffRequired,
      /** Why the report may not be submitted yet (its year is not over), or null. */
      submissionProblem: submissionPeriodProblem(report.year, isoDate(new Date()), report.department.district.earlySubmission),
    },
    holders: await holdersOf(report.status as ReportStatus, report.departmentId),
    content: content as ParsedReportContent,
    previous: previous ? { formatId: previous.format.id, content: previous.content } : null,
    issues,
    submissions,
    changes,
    editions,
    comments,
  };
}

export type ReportWorkspace = NonNullable<Awaited<ReturnType<typeof getReportWorkspace>>>;
