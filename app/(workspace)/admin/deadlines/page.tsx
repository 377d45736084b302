import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DeadlineSettingsForm } from '@/components/oversight/deadline-settings-form';
import { requirePermission } from '@/lib/auth/guard';
import { getYearSettings } from '@/lib/oversight/district-deadlines';
import { defaultOversightYear } from '@/lib/oversight/deadlines';
import { listDistricts, resolveDistrict } from '@/lib/oversight/districts';
import { DASHBOARD_FIELD_LABELS, dashboardFilterSchema } from '@/lib/oversight/oversight-schemas';
import { dashboardHref } from '@/lib/oversight/urls';
import { isoDate } from '@/lib/format-time';
import { reportYears } from '@/lib/report-format/formats';
import { parseUrlFilter } from '@/lib/url-filter';

export const metadata: Metadata = { title: '期限与提醒设置' };

export default async function DeadlinesPage({ searchParams }: PageProps<'/admin/deadlines'>) {
  await requirePermission('district.manage', undefined, '/admin/deadlines');
  const { filter } = parseUrlFilter(dashboardFilterSchema.pick({ district: true, year: true }), { district: DASHBOARD_FIELD_LABELS.district, year: DASHBOARD_FIELD_LABELS.year }, await searchParams);
  const district = await resolveDistrict(filter.district);
  if (!district) notFound();
  const years = reportYears().reverse();
  const year = filter.year && years.includes(filter.year) ? filter.year : defaultOversightYear(isoDate(new Date()));
  const settings = await getYearSettings(district.id, year);
  const districts = await listDistricts();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">期限与提醒设置</h1>
        <p className="text-sm text-muted">
          本区对各部门的报送和发布要求（早于法定期限，条例第四十九条：次年1月31日前公布）。期限看板按这些日期计算剩余天数和逾期情况。
        </p>
      </div>
      <form method="get" className="card flex flex-wrap items-end gap-4 p-4" aria-label="选择年度">
        {districts.length > 1 ? (
          <div>
            <label htmlFor="district" className="field-label">行政区</label>
            <select id="district" name="district" defaultValue={district.code} className="field-input">
              {districts.map((choice) => (
                <option key={choice.code} value={choice.code}>{choice.name}</option>
              ))}
            </select>
          </div>
        ) : (
          <input type="hidden" name="district" value={district.code} />
        )}
        <div>
          <label htmlFor="year" className="field-label">报告年度</label>
          <select id="year" name="year" defaultValue={year} className="field-input">
            {years.map((each) => (
              <option key={each} value={each}>{each}年度</option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary">切换</button>
      </form>
      <section aria-labelledby="deadlines-title" className="card space-y-4 p-4">
        <h2 id="deadlines-title" className="text-lg font-semibold">
          {district.name} {year}年度报告
        </h2>
        <DeadlineSettingsForm
          key={`${district.code}-${year}`}
          district={district.code}
          year={year}
          legal={settings.deadlines.legal}
          settings={{ submitBy: settings.deadlines.submit, publishBy: settings.deadlines.publish, remindersEnabled: settings.remindersEnabled, reminderDays: settings.reminderDays }}
        />
      </section>
      <p>
        <Link href={dashboardHref({ district: district.code, year })} className="text-brand underline">查看{year}年度期限看板</Link>
      </p>
    </div>
  );
}
