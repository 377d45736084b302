// One file of `npm run import`: parse, find its department and year, save
// (unless --dry-run), and say in one line what happened.
import { isUserError } from '@/lib/errors';
import { getFormat } from '@/lib/report-format/formats';
import { reportJson } from '@/lib/public/open-data';
import { saveImportedReport } from '@/lib/reports/import-report';
import { previewImport } from '@/lib/reports/import-preview';

export interface FileOptions {
  departmentSlug: string | null;
  year: number | null;
  mode: 'draft' | 'published';
  replace: boolean;
  dryRun: boolean;
  source: string;
}

export interface FileOutcome {
  ok: boolean;
  saved: boolean;
  line: string;
  problems: string[];
  cells: number;
  unreadable: number;
  ruleErrors: number;
  json: unknown;
}

export async function importFile(path: string, bytes: Uint8Array, options: FileOptions): Promise<FileOutcome> {
  const failed = (message: string): FileOutcome => ({ ok: false, saved: false, line: `✗ ${path}：${message}`, problems: [], cells: 0, unreadable: 0, ruleErrors: 0, json: null });
  try {
    const preview = await previewImport(bytes, path, { departmentSlug: options.departmentSlug, year: options.year });
    const { parsed, department, year } = preview;
    const cells = Object.keys(parsed.sources).length;
    const unreadable = parsed.problems.filter((problem) => problem.level === 'error').length;
    const ruleErrors = preview.issues.filter((issue) => issue.severity === 'error').length;
    const problems = [
      ...parsed.problems.map((problem) => `${problem.level === 'error' ? '无法读取' : '注意'}：${problem.message}`),
      ...preview.issues.filter((issue) => issue.severity === 'error').map((issue) => `规则错误：${issue.message}`),
    ];
    const who = department ? department.name : `未找到部门（${parsed.departmentName ?? '标题中没有部门名称'}）`;
    const summary = `${who} ${year ?? '年度不明'}（${parsed.formatId ?? '格式不明'}）：读出 ${cells} 个单元格，${unreadable} 处无法读取，规则错误 ${ruleErrors} 个`;
    const json =
      parsed.formatId && year
        ? reportJson({
            department: { slug: department?.slug ?? '', name: department?.name ?? parsed.departmentName ?? '' },
            year,
            title: parsed.title ?? '',
            edition: { number: 1, publishedAt: parsed.publishedOn ?? '', changeNote: null },
            isDemo: false,
            format: getFormat(parsed.formatId),
            content: parsed.content,
          })
        : null;
    if (!department || !year || !parsed.formatId) return { ok: false, saved: false, line: `✗ ${path}：${summary}。请用 --department 和 --year 指定。`, problems, cells, unreadable, ruleErrors, json };
    if (options.dryRun) return { ok: true, saved: false, line: `○ ${path}：${summary}（试运行，未保存）`, problems, cells, unreadable, ruleErrors, json };
    // The command line acts as the system (no signed-in user); the audit entry says so.
    const saved = await saveImportedReport(null, parsed.content, {
      departmentId: department.id,
      year,
      mode: options.mode,
      replace: options.replace,
      publishedOn: parsed.publishedOn,
      source: options.source,
    });
    return { ok: true, saved: true, line: `✓ ${path}：${summary}；已保存为${saved.status === 'PUBLISHED' ? `已发布的历史报告（第 ${saved.editionNumber} 版）` : '草稿'}${saved.replaced ? '，替换了原有报告' : ''}`, problems, cells, unreadable, ruleErrors, json };
  } catch (error) {
    if (isUserError(error)) return failed(error.message);
    throw error;
  }
}
