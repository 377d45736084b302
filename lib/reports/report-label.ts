// How notifications and messages name a report, and where its pages are.
export function reportLabel(department: { shortName: string }, year: number): string {
  return `${department.shortName}${year}年度报告`;
}

export const editorReportPath = (reportId: string) => `/editor/reports/${reportId}`;
export const reviewReportPath = (reportId: string) => `/review/reports/${reportId}`;
