import type { DepartmentOption } from '@/lib/admin/list-departments';

/**
 * A labelled department picker for GET forms (filters, the admin's choice of
 * department): the value is the department's slug, as in the page's URL.
 */
export function DepartmentSelect({
  id,
  departments,
  value,
  name = 'department',
  allLabel,
}: {
  id: string;
  departments: Pick<DepartmentOption, 'id' | 'name' | 'slug'>[];
  /** The selected slug (none: the first option). */
  value?: string;
  name?: string;
  /** The text of an empty first option that means "every department"; without it a department must be chosen. */
  allLabel?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="field-label">
        部门
      </label>
      <select id={id} name={name} defaultValue={value ?? ''} className="field-input">
        {allLabel && <option value="">{allLabel}</option>}
        {departments.map((department) => (
          <option key={department.id} value={department.slug}>
            {department.name}
          </option>
        ))}
      </select>
    </div>
  );
}
