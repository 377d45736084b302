'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { DepartmentCombobox } from '@/components/public/department-combobox';
import type { StatisticsFilter } from '@/lib/statistics/filter';
import type { ComparisonMetric } from '@/lib/statistics/series';
import { STATISTICS_PATH, statisticsHref } from '@/lib/statistics/urls';

interface Props {
  /** What the form shows: the filter as resolved (the range and year in effect). */
  filter: StatisticsFilter;
  /** The department the filter named, when it named one. */
  department: { slug: string; name: string } | null;
  years: number[];
  metrics: { key: ComparisonMetric; label: string }[];
}

function YearSelect({ id, name, label, value, years }: { id: string; name: string; label: string; value: number | null; years: number[] }) {
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ''} className="field-input">
        {years.map((year) => (
          <option key={year} value={year}>
            {year}年度
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The statistics' filters: a plain GET form (works without JavaScript: a typed
 * department name is found on the server); with JavaScript a department chosen
 * from the suggestions goes into the address by its key.
 */
export function StatisticsFilterForm({ filter, department, years, metrics }: Props) {
  const router = useRouter();
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const field = form.elements.namedItem('department');
    const slug = field instanceof HTMLInputElement ? field.dataset.slug : undefined;
    router.push(
      statisticsHref({
        from: Number(text('from')) || null,
        to: Number(text('to')) || null,
        department: slug || text('department') || null,
        year: Number(text('year')) || null,
        metric: (text('metric') || null) as ComparisonMetric | null,
      }),
    );
  };
  return (
    <form action={STATISTICS_PATH} method="get" aria-label="统计范围" onSubmit={onSubmit} className="card grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-3">
      <YearSelect id="statistics-from" name="from" label="起始年度" value={filter.from} years={years} />
        <YearSelect id="statistics-to" name="to" label="截止年度" value={filter.to} years={years} />
        <div>
          <label htmlFor="statistics-department" className="field-label">
            部门（不选为全部部门）
          </label>
          <DepartmentCombobox id="statistics-department" initial={{ text: department?.name ?? filter.department ?? '', slug: department?.slug ?? null }} />
        </div>
        <YearSelect id="statistics-year" name="year" label="部门对比年度" value={filter.year} years={years} />
        <div>
          <label htmlFor="statistics-metric" className="field-label">
            部门对比指标
          </label>
          <select id="statistics-metric" name="metric" defaultValue={filter.metric ?? ''} className="field-input">
            {metrics.map((metric) => (
              <option key={metric.key} value={metric.key}>
                {metric.label}
              </option>
            ))}
          </select>
        </div>
      <div className="flex items-end gap-2">
        <button type="submit" className="btn-primary">
          查看统计
        </button>
        <Link href={STATISTICS_PATH} className="btn-secondary">
          清除
        </Link>
      </div>
    </form>
  );
}
