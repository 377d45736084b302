import type { Metadata } from 'next';
import Link from 'next/link';
import { ReportEditor } from '@/components/editor/report-editor';
import { IssueList } from '@/components/editor/issue-list';
import { PublishedReport } from '@/components/report/published-report';
import { CommentsByPlace } from '@/components/reports/comments-by-place';
import { EditionsList } from '@/components/reports/editions-list';
import { AuditEventTable } from '@/components/reports/audit-event-table';
import { ReportSummary } from '@/components/reports/report-summary';
import { SignOffRecord } from '@/components/reports/sign-off-record';
import { ReportStepper } from '@/components/workflow/report-stepper';
import { WorkflowActions } from '@/components/workflow/workflow-actions';
import { SimilarityNotice } from '@/components/oversight/similarity-notice';
import { computeQuality } from '@/lib/quality/report-quality';
import { reportQualityPath } from '@/lib/reports/report-label';
import { listReportHistory } from '@/lib/audit/list-audit-events';
import { requireReportPage } from '@/lib/auth/guard';
import { can } from '@/lib/auth/policy';
import { getFormat } from '@/lib/report-format/formats';
import { allowedTransitions } from '@/lib/workflow/permissions';
import { stepsOfSide } from '@/lib/workflow/state-machine';
import { isEditable } from '@/lib/workflow/state-machine';

export const metadata: Metadata = { title: '编制年度报告' };

export default async function EditorReportPage({ params }: PageProps<'/editor/reports/[reportId]'>) {
  const { reportId } = await params;
  const { user, workspace } = await requireReportPage(reportId, `/editor/reports/${reportId}`);
  const { report } = workspace;
  const editable = isEditable(report.status) && can(user, 'report.edit', report);
  const lastReturn = workspace.submissions.find((submission) => submission.outcome === 'RETURNED') ?? null;
  const quality = await computeQuality(reportId);
  const qualityNotice = quality && <SimilarityNotice quality={quality} formatId={report.formatId} qualityHref={reportQualityPath(reportId)} />;

  if (editable) {
    return (
      <div className="space-y-4">
        <ReportStepper status={report.status} signOffRequired={workspace.settings.signOffRequired} holders={workspace.holders} />
        {qualityNotice}
        <ReportEditor
          key={`${report.id}-${report.editionNumber}`}
          report={report}
          initialContent={workspace.content}
          previous={workspace.previous}
          comments={workspace.comments.filter((comment) => comment.editionNumber === report.editionNumber)}
          lastReturn={lastReturn}
          canSubmit={can(user, 'report.submit', report)}
          signOffRequired={workspace.settings.signOffRequired}
          submissionProblem={workspace.settings.submissionProblem}
        />
      </div>
    );
  }

  const history = await listReportHistory(reportId);
  // The department's own steps here; the review page offers the supervisory ones.
  const steps = stepsOfSide(allowedTransitions(user, report), 'department');
  return (
    <div className="space-y-8">
      <p>
        <Link href="/editor" className="text-sm text-brand underline">
          返回年度报告列表
        </Link>
      </p>
      <ReportSummary workspace={workspace} />
      <SignOffRecord submission={workspace.submissions[0]} />
      {qualityNotice}
      <p className="text-sm">
        {report.status === 'AWAITING_SIGNOFF' && '报告已提交，等待本部门负责人进行保密审查并签发。签发前可以撤回修改。'}
        {report.status === 'SUBMITTED' &&
          `${report.signedOffById ? '报告已签发报送' : '报告已提交'}，等待区政务公开办审核。审核开始前可以撤回修改。`}
        {report.status === 'IN_REVIEW' && '审核人员正在审核，暂时不能修改。'}
        {report.status === 'APPROVED' && '报告已审核通过，等待发布。'}
        {report.status === 'PUBLISHED' && '报告已发布。如需更正，可以开始新版本，审核通过后替换公开版本。'}
        {report.status === 'UNPUBLISHED' && '报告已撤销发布。可以开始新版本进行更正，审核通过后重新发布。'}
      </p>
      <WorkflowActions reportId={report.id} version={report.version} allowed={steps} />
      <section aria-labelledby="comments-title" className="card space-y-3 p-4">
        <h2 id="comments-title" className="text-lg font-semibold">审核评论</h2>
        <CommentsByPlace comments={workspace.comments} formatId={report.formatId} />
      </section>
      <section aria-labelledby="issues-title" className="card space-y-3 p-4">
        <h2 id="issues-title" className="text-lg font-semibold">检查结果</h2>
        <IssueList issues={workspace.issues} linkable={false} />
      </section>
      <section aria-labelledby="editions-title" className="card space-y-3 p-4">
        <h2 id="editions-title" className="text-lg font-semibold">发布版本</h2>
        <EditionsList editions={workspace.editions} />
      </section>
      <section aria-labelledby="preview-title" className="card space-y-3 p-6">
        <h2 id="preview-title" className="text-lg font-semibold">报告预览</h2>
        <PublishedReport format={getFormat(report.formatId)} content={workspace.content} title={report.title} titleLevel={3} />
      </section>
      <section aria-labelledby="history-title" className="card space-y-3 p-4">
        <h2 id="history-title" className="text-lg font-semibold">历史记录</h2>
        <AuditEventTable events={history} caption="报告历史记录" />
      </section>
    </div>
  );
}
