// Public addresses (stable and readable: one per department and year).
export const departmentPath = (slug: string) => `/departments/${slug}`;
export const reportPath = (slug: string, year: number) => `/departments/${slug}/${year}`;
export const editionPath = (slug: string, year: number, edition: number) => `/departments/${slug}/${year}/editions/${edition}`;
export const reportJsonPath = (slug: string, year: number) => `/departments/${slug}/${year}/report.json`;
export const tableCsvPath = (slug: string, year: number, tableId: string) => `/departments/${slug}/${year}/tables/${tableId}.csv`;
export const yearCsvPath = (year: number) => `/open-data/${year}.csv`;
