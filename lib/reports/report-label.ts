// How notifications and messages name a report, and where its pages are.
export function reportLabel(department: { shortName: string }, year: number): string {
  return `${department.shortName}${year}年度报告`;
}

export const editorReportPath = (reportId: string) => `/editor/reports/${reportId}`;
export const reviewReportPath = (reportId: string) => `/review/reports/${reportId}`;
/** The working copy (or a draft) as a Word document, for the department and the reviewers. */
export const reportDocxPath = (reportId: string) => `/editor/reports/${reportId}/report.docx`;
/** The quality score and the 雷同 comparison (for whoever may read the report). */
export const reportQualityPath = (reportId: string) => `/review/reports/${reportId}/quality`;
