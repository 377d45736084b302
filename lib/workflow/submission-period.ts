// A year's report describes the whole year: it may be submitted from
// 1 January of the next year, once its statistics period (to 31 December) is
// over. The district's admin may allow earlier submission for tests and demos.
// Pure: shared by the editor (to say so before anyone tries) and the server.

/** Why a report of `year` may not be submitted on `today` (YYYY-MM-DD, China), or null when it may. */
export function submissionPeriodProblem(year: number, today: string, earlySubmission: boolean): string | null {
  if (earlySubmission || today >= `${year + 1}-01-01`) return null;
  return `${year}年度的统计期到${year}年12月31日结束，${year + 1}年1月1日起才能提交该年度报告（系统管理员可为测试和演示开启“允许提前提交”）。`;
}
