import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DistrictSettingsForm } from '@/components/admin/district-settings-form';
import { getDistrictSettings } from '@/lib/admin/district-settings';
import { requirePermission } from '@/lib/auth/guard';

export const metadata: Metadata = { title: '审核流程设置' };

export default async function SettingsPage() {
  await requirePermission('district.manage', undefined, '/admin/settings');
  const settings = await getDistrictSettings();
  if (!settings) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">审核流程设置</h1>
      <section aria-labelledby="settings-title" className="card space-y-4 p-4">
        <h2 id="settings-title" className="text-lg font-semibold">
          {settings.name}
        </h2>
        <DistrictSettingsForm settings={settings} />
      </section>
      {settings.signOffRequired && settings.withoutReviewer.length > 0 && (
        <p role="alert" className="rounded border border-warn bg-warn-soft px-4 py-3 text-sm text-warn">
          以下部门还没有部门负责人账号，其报告提交后将无人签发（管理员可代为签发）：{settings.withoutReviewer.join('、')}
          {settings.withoutReviewer.length === 20 ? '等' : ''}。请在“用户管理”中为其新增“部门负责人”。
        </p>
      )}
    </div>
  );
}
