import type { Metadata } from 'next';
import Link from 'next/link';
import { IssueList } from '@/components/editor/issue-list';
import { PublishedReport } from '@/components/report/published-report';
import { ChangesList } from '@/components/reports/changes-list';
import { CommentForm } from '@/components/reports/comment-form';
import { CommentsByPlace } from '@/components/reports/comments-by-place';
import { EditionsList } from '@/components/reports/editions-list';
import { AuditEventTable } from '@/components/reports/audit-event-table';
import { ReportSummary } from '@/components/reports/report-summary';
import { SignOffRecord } from '@/components/reports/sign-off-record';
import { WorkflowActions } from '@/components/workflow/workflow-actions';
import { QualityPanel } from '@/components/oversight/quality-panel';
import { getQualityDetail } from '@/lib/quality/quality-detail';
import { listReportHistory } from '@/lib/audit/list-audit-events';
import { requireReportPage } from '@/lib/auth/guard';
import { getFormat } from '@/lib/report-format/formats';
import { formatDateTime } from '@/lib/format-time';
import { allowedTransitions, fourEyesNotice } from '@/lib/workflow/permissions';
import { stepsOfSide } from '@/lib/workflow/state-machine';

export const metadata: Metadata = { title: '审核年度报告' };

export default async function ReviewReportPage({ params }: PageProps<'/review/reports/[reportId]'>) {
  const { reportId } = await params;
  // The department's reviewer (签发) and the district's approvers review here.
  const { user, workspace } = await requireReportPage(reportId, `/review/reports/${reportId}`, ['workspace.review']);
  const { report } = workspace;
  const history = await listReportHistory(reportId);
  const quality = await getQualityDetail(reportId);
  // The reviewing steps here; the editor page offers the department's own.
  const steps = stepsOfSide(allowedTransitions(user, report), 'review');
  const barred = fourEyesNotice(user, report);
  const submission = workspace.submissions[0];
  const explained = submission ? Object.entries(submission.explanations) : [];

  return (
    <div className="space-y-8">
      <p>
        <Link href="/review" className="text-sm text-brand underline">返回审核列表</Link>
      </p>
      <ReportSummary workspace={workspace} />
      <WorkflowActions reportId={report.id} version={report.version} allowed={steps} />
      {barred && <p className="text-sm text-warn">{barred}</p>}
      <SignOffRecord submission={submission} />

      <nav aria-label="本页内容" className="flex flex-wrap gap-3 text-sm">
        <a href="#checks" className="text-brand underline">检查结果</a>
        <a href="#quality" className="text-brand underline">质量评分</a>
        {workspace.changes && <a href="#changes" className="text-brand underline">修改对比</a>}
        <a href="#comments" className="text-brand underline">评论</a>
        <a href="#preview" className="text-brand underline">报告预览</a>
        <a href="#editions" className="text-brand underline">发布版本</a>
        <a href="#history" className="text-brand underline">历史记录</a>
      </nav>

      <section id="checks" aria-labelledby="checks-title" className="card space-y-4 p-4">
        <h2 id="checks-title" className="text-lg font-semibold">检查结果</h2>
        <IssueList issues={workspace.issues} linkable={false} />
        {submission && (
          <div>
            <h3 className="mb-2 font-semibold">
              第 {submission.sequence} 次提交 · {submission.submittedBy} · {formatDateTime(submission.submittedAt)}
            </h3>
            {explained.length === 0 ? (
              <p className="text-sm text-muted">提交时没有需要说明的警告。</p>
            ) : (
              <dl className="space-y-2 text-sm" data-testid="explanations">
                {explained.map(([key, { message, explanation }]) => (
                  <div key={key} className="rounded border border-warn bg-warn-soft px-3 py-2">
                    <dt className="font-medium">警告：{message}</dt>
                    <dd className="mt-1">编辑说明：{explanation}</dd>
                  </div>
                ))}
              </dl>
            )}
            {report.changeNote && report.editionNumber > 1 && (
              <p className="mt-2 text-sm">更正说明：{report.changeNote}</p>
            )}
          </div>
        )}
      </section>

      {quality && <QualityPanel detail={quality} />}

      {workspace.changes && (
        <section id="changes" aria-labelledby="changes-title" className="card space-y-3 p-4">
          <h2 id="changes-title" className="text-lg font-semibold">修改对比</h2>
          <ChangesList against={workspace.changes.against} changes={workspace.changes.list} />
        </section>
      )}

      <section id="comments" aria-labelledby="comments-title" className="card space-y-4 p-4">
        <h2 id="comments-title" className="text-lg font-semibold">评论</h2>
        <CommentsByPlace comments={workspace.comments} formatId={report.formatId} />
        {/* Whoever may review may comment (the policy's report.comment includes supervision). */}
        <CommentForm reportId={report.id} formatId={report.formatId} />
      </section>

      <section id="preview" aria-labelledby="preview-title" className="card space-y-3 p-6">
        <h2 id="preview-title" className="text-lg font-semibold">报告预览（发布后的样式）</h2>
        <PublishedReport format={getFormat(report.formatId)} content={workspace.content} title={report.title} titleLevel={3} />
      </section>

      <section id="editions" aria-labelledby="editions-title" className="card space-y-3 p-4">
        <h2 id="editions-title" className="text-lg font-semibold">发布版本</h2>
        <EditionsList editions={workspace.editions} />
      </section>

      <section id="history" aria-labelledby="history-title" className="card space-y-3 p-4">
        <h2 id="history-title" className="text-lg font-semibold">历史记录</h2>
        <AuditEventTable events={history} caption="报告历史记录" />
      </section>
    </div>
  );
}
