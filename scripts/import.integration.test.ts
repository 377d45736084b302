// `npm run import` as an admin runs it, against this test's database: one
// file with --dry-run --json (the open-data shape, nothing saved), then a
// folder whose reports name their department and year in their titles.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { createDbClient } from '@/lib/db/create-client';
import { EDUCATION_2021 } from '@/lib/import/testing/fixtures-2021';
import { HOUSING_2020 } from '@/lib/import/testing/fixtures-2020';
import { fixtureInput } from '@/lib/import/testing/forms';
import { seedBase } from '@/prisma/seed/seed-base';

const run = promisify(execFile);
let folder: string;

function importCommand(args: string[]) {
  return run(process.execPath, [join('node_modules', 'tsx', 'dist', 'cli.mjs'), '--conditions=react-server', 'scripts/import.ts', ...args], {
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    timeout: 120_000,
    maxBuffer: 20 * 1024 * 1024,
  }).catch((error: { stdout: string; stderr: string; code: number }) => ({ ...error, failed: true }));
}

beforeAll(async () => {
  const seeding = createDbClient(process.env.DATABASE_URL!);
  await seedBase(seeding);
  await seeding.$disconnect();
  folder = await mkdtemp(join(tmpdir(), 'nianbao-import-'));
  await writeFile(join(folder, 'jiaoyu-2021.html'), (await fixtureInput(EDUCATION_2021, 'html')).bytes);
  await writeFile(join(folder, 'zhujian-2020.docx'), (await fixtureInput(HOUSING_2020, 'docx')).bytes);
  await writeFile(join(folder, 'notes.txt'), '会议纪要：无关内容。');
}, 60_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('npm run import', () => {
  it('--dry-run --json prints the report in the open-data shape and saves nothing', { timeout: 150_000 }, async () => {
    const before = await db.report.count();
    const result = await importCommand(['lib/import/testing/zhanggong-finance-2020.txt', '--dry-run', '--json']);
    const report = JSON.parse(result.stdout.trim().split('\n')[0]!);
    expect(report).toMatchObject({ schema: 'nianbao.report/v1', title: '章贡区财政局2020年政府信息公开工作年度报告', year: 2020, department: { slug: 'finance' } });
    const t2 = report.tables.find((table: { id: string }) => table.id === 't2_art20_9');
    expect(t2.rows[0].values.procurement_amount).toEqual({ amount: 172621.8, unit: null });
    expect(result.stderr).toContain('试运行，未保存');
    expect(result.stderr).toMatch(/共 1 个文件：解析 1 个，失败 0 个/);
    expect(await db.report.count()).toBe(before);
  });

  it('imports a folder, department and year from each title; says what it could not read; refuses what is not a report', { timeout: 150_000 }, async () => {
    const result = await importCommand([folder]);
    expect(result.stdout).toMatch(/✓ .*jiaoyu-2021\.html：章贡区教育局 2021（gov-2021）：读出 \d+ 个单元格，0 处无法读取，规则错误 \d+ 个；已保存为已发布的历史报告（第 1 版）/);
    expect(result.stdout).toMatch(/✓ .*zhujian-2020\.docx：章贡区住房和城乡建设局 2020（gov-2019）：读出 \d+ 个单元格，1 处无法读取/);
    expect(result.stdout).toContain('无法读取：');
    expect(result.stdout).toMatch(/✗ .*notes\.txt：/);
    expect(result.stdout).toMatch(/共 3 个文件：解析 2 个，失败 1 个/);
    const saved = await db.report.findMany({ where: { importedAt: { not: null } }, include: { department: true } });
    expect(saved.map((report) => [report.department.slug, report.year, report.status]).sort()).toEqual([
      ['education', 2021, 'PUBLISHED'],
      ['housing', 2020, 'PUBLISHED'],
    ]);
    expect(await db.auditEvent.count({ where: { action: 'report.import', actorId: null } })).toBe(2);
  });
});
