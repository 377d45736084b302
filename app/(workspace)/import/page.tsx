import type { Metadata } from 'next';
import { ImportWorkbench } from '@/components/import/import-workbench';
import { requirePermission } from '@/lib/auth/guard';
import { can } from '@/lib/auth/policy';
import { currentYearInChina } from '@/lib/report-format/formats';

export const metadata: Metadata = { title: '导入往年报告' };

export default async function ImportPage() {
  // Editors (their own department) and admins; who may import for which department is checked again on the department the report belongs to.
  const user = await requirePermission('workspace.editor', undefined, '/import');
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">导入往年报告</h1>
        <p className="text-sm text-muted">
          把已经发布的年度报告（网页、文字或 Word 文件）读入系统：自动识别部门、年度和格式，读出六个部分和表二、表三、表四的每个数字，核对后保存。原文合计与各项之和不一致时按原文保留并标注。
        </p>
      </div>
      <ImportWorkbench
        ownDepartment={user.role === 'ADMIN' ? null : user.department ? { slug: user.department.slug, name: user.department.name } : null}
        canPublish={can(user, 'report.importPublished')}
        currentYear={currentYearInChina()}
      />
    </div>
  );
}
