// What each workflow step does besides moving the report through the state
// machine (lib/workflow/state-machine.ts): what it writes, whom it tells, and
// what the public sees. Run by one function, ./take-step.ts. Only the steps
// with real work of their own call out: submit (./submission.ts) and publish
// (./publish-edition.ts).
import 'server-only';
import type { Prisma } from '@/lib/db/generated/client.ts';
import type { Tx } from '@/lib/db/client';
import type { AuditActor } from '@/lib/audit/record-audit-event';
import type { NotifyInput } from '@/lib/notifications/notify';
import type { TransitionName } from '@/lib/workflow/state-machine';
import type { ReportStatus } from '@/lib/workflow/status';
import { createEdition } from './publish-edition';
import type { ReportRef } from './report-ref';
import { checkSubmission, recordSubmission } from './submission';
import { CONFIDENTIALITY_STATEMENT } from './confidentiality';
import type { StepInput } from './workflow-schemas';

type Working = ReportRef & { content: Prisma.JsonValue; changeNote: string | null };

export interface StepContext<I extends StepInput = StepInput> {
  tx: Tx;
  report: Working;
  actor: AuditActor;
  input: I;
  now: Date;
  /** 区财政局2024年度报告: how messages name the report. */
  label: string;
}

export interface Moved {
  status: ReportStatus;
  version: number;
}

type Notice = Omit<NotifyInput, 'reportId' | 'actorId'>;

interface StepEffect<I extends StepInput> {
  /** Work before the transition; what it returns is written and audited with it. */
  before?: (context: StepContext<I>) => Promise<{ data?: Prisma.ReportUncheckedUpdateManyInput; details?: Prisma.InputJsonObject; keep?: Record<string, unknown> }>;
  /** Fields written with the transition. */
  data?: (context: StepContext<I>) => Prisma.ReportUncheckedUpdateManyInput;
  /** Work after the transition (in the same transaction); what it returns goes to the caller. */
  after?: (context: StepContext<I>, moved: Moved, kept: Record<string, unknown>) => Promise<Record<string, unknown> | void>;
  /** Who is told. */
  notices: (context: StepContext<I>, moved: Moved) => Notice[];
}

type Effects = { [S in TransitionName]: StepEffect<Extract<StepInput, { step: S }>> };

const editors = (report: ReportRef) => ({ kind: 'departmentEditors', departmentId: report.departmentId }) as const;
const reviewers = (report: ReportRef) => ({ kind: 'departmentReviewers', departmentId: report.departmentId }) as const;
/** The first time the first edition reaches the district is kept (history for the 报送 deadline). */
const forwarded = (report: ReportRef, now: Date) => (report.editionNumber === 1 && !report.firstForwardedAt ? { firstForwardedAt: now } : {});
const correction = (report: ReportRef) => (report.editionNumber > 1 ? `（第 ${report.editionNumber} 版，更正）` : '');

export const STEP_EFFECTS: Effects = {
  submit: {
    async before({ tx, report, input, now, actor }) {
      const explained = await checkSubmission(tx, report, input, now);
      const isCorrection = report.editionNumber > 1;
      return {
        keep: { explained },
        data: {
          submittedAt: now,
          signedOffById: null,
          // Straight to the district where no sign-off is asked for: it reached the district now.
          ...(!report.department.district.signOffRequired ? forwarded(report, now) : {}),
          // A correction's 更正说明 is content: its writer may not sign off or approve it.
          ...(isCorrection ? { changeNote: input.changeNote!.trim(), ...(report.editorIds.includes(actor.id) ? {} : { editorIds: { push: actor.id } }) } : {}),
        },
        details: { warnings: Object.keys(explained).length },
      };
    },
    async after({ tx, report, actor }, moved, kept) {
      return { sequence: await recordSubmission(tx, report, actor, moved.version, kept.explained as Parameters<typeof recordSubmission>[4]) };
    },
    notices: ({ report, actor, label }, moved) =>
      moved.status === 'AWAITING_SIGNOFF'
        ? [{ kind: 'submitted', recipients: reviewers(report), title: `${label}待签发`, body: `${actor.displayName}提交了${label}${correction(report)}，请进行保密审查并签发。` }]
        : [{ kind: 'submitted', recipients: { kind: 'approvers' }, title: `${label}已提交审核`, body: `${actor.displayName}提交了${label}${correction(report)}，请审核。` }],
  },
  signOff: {
    data: ({ actor, report, now }) => ({ signedOffById: actor.id, ...forwarded(report, now) }),
    // The 保密审查 as confirmed, in the audit trail and the report's history.
    before: async ({ input }) => ({ details: { confidentiality: { statement: CONFIDENTIALITY_STATEMENT, note: input.confidentialityNote || null } } }),
    async after({ tx, report, actor, input, now }) {
      await tx.reportSubmission.updateMany({
        where: { reportId: report.id, editionNumber: report.editionNumber, outcome: 'PENDING' },
        data: {
          signedOffById: actor.id,
          signedOffByName: actor.displayName,
          signedOffAt: now,
          confidentialityStatement: CONFIDENTIALITY_STATEMENT,
          confidentialityNote: input.confidentialityNote || null,
        },
      });
    },
    notices: ({ report, actor, label }) => [
      { kind: 'signedOff', recipients: { kind: 'approvers' }, title: `${label}已签发，请审核`, body: `${actor.displayName}已对${label}${correction(report)}进行保密审查并签发，请审核。` },
      { kind: 'signedOff', recipients: editors(report), title: `${label}已签发`, body: `${actor.displayName}已签发${label}，已报送区政务公开办审核。` },
    ],
  },
  returnToEditor: {
    data: () => ({ signedOffById: null }),
    notices: ({ report, actor, label, input }) => [
      { kind: 'returned', recipients: editors(report), title: `${label}被部门负责人退回`, body: `${actor.displayName}退回了${label}。退回原因：${input.reason}` },
    ],
  },
  startReview: { notices: () => [] },
  approve: {
    notices: ({ report, actor, label }) => [{ kind: 'approved', recipients: editors(report), title: `${label}已审核通过`, body: `${actor.displayName}审核通过了${label}，待发布。` }],
  },
  approveAndPublish: publishing(true),
  publish: publishing(false),
  return: {
    data: () => ({ signedOffById: null }),
    notices: ({ report, actor, label, input }) => [
      { kind: 'returned', recipients: editors(report), title: `${label}被退回修改`, body: `${actor.displayName}退回了${label}。退回原因：${input.reason}` },
      ...(report.signedOffById ? [{ kind: 'returned' as const, recipients: reviewers(report), title: `${label}被区政务公开办退回`, body: `${actor.displayName}退回了${label}，部门修改后须重新签发。退回原因：${input.reason}` }] : []),
    ],
  },
  withdraw: {
    data: () => ({ signedOffById: null }),
    notices: ({ report, actor, label }) => [
      {
        kind: 'withdrawn',
        recipients: report.status === 'AWAITING_SIGNOFF' ? reviewers(report) : { kind: 'approvers' },
        title: `${label}已撤回`,
        body: `${actor.displayName}撤回了${label}的提交，无需${report.status === 'AWAITING_SIGNOFF' ? '签发' : '审核'}。`,
      },
    ],
  },
  startCorrection: {
    // Whoever starts the correction writes its 更正说明: a change to the content (four eyes).
    data: ({ actor }) => ({ editionNumber: { increment: 1 }, editorIds: [actor.id], changeNote: null, submittedAt: null, signedOffById: null }),
    after: async ({ report }) => ({ editionNumber: report.editionNumber + 1 }),
    notices: () => [],
  },
  unpublish: {
    data: ({ now, input }) => ({ publishedEditionId: null, unpublishedAt: now, unpublishReason: input.reason }),
    async after({ tx, report, now }) {
      if (report.publishedEditionId) await tx.reportEdition.update({ where: { id: report.publishedEditionId }, data: { withdrawnAt: now } });
    },
    notices: ({ report, actor, label, input }) => [
      { kind: 'unpublished', recipients: editors(report), title: `${label}已撤销发布`, body: `${actor.displayName}撤销发布了${label}。公开说明：${input.reason}` },
    ],
  },
};

function publishing<I extends Extract<StepInput, { step: 'publish' | 'approveAndPublish' }>>(approvedHere: boolean): StepEffect<I> {
  return {
    async before({ tx, report, actor, now }) {
      const edition = await createEdition(tx, report, actor, { approvedHere, now });
      return {
        // The first publication's date is history (on-time figures): corrections keep it.
        data: { publishedEditionId: edition.id, unpublishedAt: null, unpublishReason: null, ...(edition.number === 1 ? { firstPublishedAt: now } : {}) },
        details: { publishedEdition: edition.number },
        keep: { edition: edition.number },
      };
    },
    after: async (_context, _moved, kept) => ({ editionNumber: kept.edition as number }),
    notices: ({ report, actor, label }) => [
      {
        kind: 'published',
        recipients: editors(report),
        title: `${label}已发布`,
        body: `${actor.displayName}发布了${label}${report.editionNumber > 1 ? `第 ${report.editionNumber} 版（更正）` : ''}，公众现在可以查阅。`,
      },
    ],
  };
}

