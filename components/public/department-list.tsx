import Link from 'next/link';
import { departmentPath } from '@/lib/public/urls';

/** The department directory's cards: each department's column, with its number of published reports. */
export function DepartmentList({ departments }: { departments: { slug: string; name: string; published: number }[] }) {
  return (
    <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
      {departments.map((department) => (
        <li key={department.slug} className="card px-4 py-3">
          <Link href={departmentPath(department.slug)} className="inline-link text-brand underline">
            {department.name}
          </Link>
          <span className="ml-2 text-sm text-muted">已发布 {department.published} 份年度报告</span>
        </li>
      ))}
    </ul>
  );
}
