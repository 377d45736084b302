'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { DirectoryFilter } from '@/lib/public/directory-filter';
import { directoryHref } from '@/lib/public/urls';
import { DepartmentCombobox } from './department-combobox';

interface Props {
  filter: DirectoryFilter;
  /** The department the filter named, when it named one. */
  department: { slug: string; name: string } | null;
  years: number[];
}

/**
 * The directory's filters: a plain GET form (works without JavaScript); with
 * JavaScript the address leaves out empty fields and names a department
 * chosen from the suggestions by its key, so that shared links stay short.
 */
export function DirectoryFilterForm({ filter, department, years }: Props) {
  const router = useRouter();
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const departmentField = form.elements.namedItem('department');
    const slug = departmentField instanceof HTMLInputElement ? departmentField.dataset.slug : undefined;
    // Malformed values cannot come from these fields; the server checks them anyway.
    router.push(directoryHref({ year: Number(text('year')) || null, department: slug || text('department') || null, q: text('q') || null }));
  };
  return (
    <form action="/reports" method="get" role="search" aria-label="筛选年度报告" onSubmit={onSubmit} className="card grid gap-4 p-4 sm:grid-cols-[auto_1fr_1fr_auto] sm:items-end">
      <div>
        <label htmlFor="filter-year" className="field-label">
          年度
        </label>
        <select id="filter-year" name="year" defaultValue={filter.year ?? ''} className="field-input">
          <option value="">全部年度</option>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}年度
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-department" className="field-label">
          部门
        </label>
        <DepartmentCombobox id="filter-department" initial={{ text: department?.name ?? filter.department ?? '', slug: department?.slug ?? null }} />
      </div>
      <div>
        <label htmlFor="filter-q" className="field-label">
          关键词
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={filter.q ?? ''} maxLength={50} className="field-input" placeholder="标题或正文中的词语" />
      </div>
      <div className="flex gap-2">
        <button type="submit" className="btn-primary">
          筛选
        </button>
        <Link href="/reports" className="btn-secondary">
          清除
        </Link>
      </div>
    </form>
  );
}
