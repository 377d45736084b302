// `npm run import -- <files or folders…> [--department <slug>] [--year <year>] [--draft] [--replace] [--dry-run] [--json]`
//
// Brings past reports in (lib/import parses them; lib/reports/import-report.ts saves them):
// - one report: `npm run import -- caizheng-2020.docx --department finance --year 2020`
// - a folder: every .html/.htm/.txt/.docx file in it; department and year come from each report's title.
// Saved as historical published reports of past years (admin import), or as drafts with --draft.
// Prints a line per file (cells read, rule failures, what it could not read) and a summary.
// --dry-run saves nothing; --json prints each parsed report in the open-data shape (nianbao.report/v1).
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureAppDatabase } from './lib/database';
import { prepareDatabase } from './lib/prepare-database';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSIONS = new Set(['.html', '.htm', '.txt', '.docx']);
const KIND_LABELS = { html: '网页', text: '文本', docx: 'Word 文件' } as const;

async function filesOf(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path);
    if (info.isDirectory()) {
      for (const entry of (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.isFile() && EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(join(path, entry.name));
      }
    } else files.push(path);
  }
  return files;
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      department: { type: 'string' },
      year: { type: 'string' },
      draft: { type: 'boolean', default: false },
      replace: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) {
    console.error('用法：npm run import -- <文件或文件夹…> [--department <部门标识>] [--year <年度>] [--draft] [--replace] [--dry-run] [--json]');
    process.exit(2);
  }
  if (values.year && !/^\d{4}$/.test(values.year)) {
    console.error(`--year 应为四位数字年份：${values.year}`);
    process.exit(2);
  }
  const log = (line: string) => (values.json ? console.error(line) : console.log(line));
  const files = await filesOf(positionals);

  const database = await ensureAppDatabase(root, (line) => log(`[nianbao] ${line}`));
  process.env.DATABASE_URL = database.url;
  try {
    await prepareDatabase(database.ownerUrl, { demoReports: false, appUrl: database.url, log: (line) => log(`[nianbao] ${line}`) });
    // Loaded after DATABASE_URL is set: the application's modules connect on first use.
    const { importFile } = await import('./lib/import-file');
    const totals = { files: files.length, parsed: 0, saved: 0, failed: 0, cells: 0, unreadable: 0, ruleErrors: 0 };
    for (const file of files) {
      const outcome = await importFile(file, await readFile(file), {
        departmentSlug: values.department ?? null,
        year: values.year ? Number(values.year) : null,
        mode: values.draft ? 'draft' : 'published',
        replace: values.replace,
        dryRun: values['dry-run'],
        source: `${KIND_LABELS[(extname(file).toLowerCase() === '.docx' ? 'docx' : extname(file).toLowerCase() === '.txt' ? 'text' : 'html') as keyof typeof KIND_LABELS]}（${basename(file)}）`,
      });
      if (values.json && outcome.json) console.log(JSON.stringify(outcome.json));
      log(outcome.line);
      for (const problem of outcome.problems) log(`    ${problem}`);
      if (outcome.ok) totals.parsed += 1;
      else totals.failed += 1;
      if (outcome.saved) totals.saved += 1;
      totals.cells += outcome.cells;
      totals.unreadable += outcome.unreadable;
      totals.ruleErrors += outcome.ruleErrors;
    }
    log(
      `共 ${totals.files} 个文件：解析 ${totals.parsed} 个，失败 ${totals.failed} 个；读出 ${totals.cells} 个单元格，${totals.unreadable} 处无法读取，规则错误 ${totals.ruleErrors} 个；` +
        (values['dry-run'] ? '试运行，未保存。' : `保存 ${totals.saved} 份报告。`),
    );
    process.exitCode = totals.failed > 0 ? 1 : 0;
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
