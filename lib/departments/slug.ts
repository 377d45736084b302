// A department's key in public addresses (/departments/finance): lower-case
// ASCII, starting with a letter. One definition for the admin form, the
// directory filter and the public pages.
export const DEPARTMENT_SLUG_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;

export function isDepartmentSlug(value: string): boolean {
  return DEPARTMENT_SLUG_PATTERN.test(value);
}
