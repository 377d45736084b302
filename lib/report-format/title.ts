/** 章贡区财政局2020年政府信息公开工作年度报告 */
export function reportTitle(departmentName: string, year: number): string {
  return `${departmentName}${year}年政府信息公开工作年度报告`;
}
