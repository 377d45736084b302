// The Word copy opened by an office suite: LibreOffice converts it to PDF
// (as Word or WPS would lay it out) and poppler renders the first page to PNG.
// CI installs both (.ci/run); on a machine without them this file is skipped.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zhanggongFinance2020 } from '@/prisma/seed/data/zhanggong-finance-2020';
import { reportContentSchema } from '@/lib/report-format/content';
import { GOV_2019 } from '@/lib/report-format/formats/gov-2019';
import { reportDocx } from './report-docx';

const run = promisify(execFile);
const SOFFICE = '/usr/bin/soffice';
const available = existsSync(SOFFICE) && existsSync('/usr/bin/pdftoppm');

describe.skipIf(!available)('the .docx in LibreOffice', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'nianbao-docx-'));
  });
  afterAll(async () => {
    if (process.env.KEEP_DOCX_RENDER) console.log(`rendered into ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  });

  it('converts to PDF and PNG, with the title, the tables and the numbers on the pages', { timeout: 180_000 }, async () => {
    const docx = path.join(dir, 'finance-2020.docx');
    await writeFile(docx, await reportDocx(GOV_2019, reportContentSchema.parse(zhanggongFinance2020), '章贡区财政局2020年政府信息公开工作年度报告'));
    // Its own profile, so that a running LibreOffice does not take the job.
    await run(SOFFICE, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { timeout: 170_000 });
    const pdf = path.join(dir, 'finance-2020.pdf');
    const info = (await run('pdfinfo', [pdf])).stdout;
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(3);

    const text = (await run('pdftotext', [pdf, '-'])).stdout.replace(/\s+/g, '');
    expect(text).toContain('章贡区财政局2020年政府信息公开工作年度报告');
    expect(text).toContain('收到和处理政府信息公开申请情况');
    expect(text).toContain('172621.8');
    expect(text).toContain('2021年1月20日');

    await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, path.join(dir, 'page')]);
    const pages = (await readdir(dir)).filter((name) => /^page-\d+\.png$/.test(name)).sort();
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      const png = await readFile(path.join(dir, page));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.length).toBeGreaterThan(5_000);
    }
  });
});
