// The load test's lost-save check against a real PostgreSQL: saves made
// through the domain function are found; an acknowledged save the database
// does not hold, or holds with another text, is reported lost.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { createDbClient } from '@/lib/db/create-client';
import { createReport } from '@/lib/reports/create-report';
import { saveReportContent } from '@/lib/reports/save-report-content';
import { readContent } from '@/lib/reports/stored-content';
import { seedBase } from '@/prisma/seed/seed-base';
import { SaveLedger, withText, type Content } from './ledger';
import { checkSaves } from './verify';

let reportId: string;
const since = new Date(Date.now() - 1000);

beforeAll(async () => {
  const seeding = createDbClient(process.env.DATABASE_URL!);
  await seedBase(seeding);
  await seeding.$disconnect();
  const user = await db.user.findUniqueOrThrow({ where: { username: 'finance.editor' } });
  const editor = { id: user.id, displayName: user.displayName };
  const report = await createReport(editor, { departmentId: user.departmentId!, year: 2026 }, new Date('2026-11-30T10:00:00+08:00'));
  reportId = report.id;
  let content = readContent((await db.report.findUniqueOrThrow({ where: { id: reportId } })).content) as unknown as Content;
  // Two saves, versions 2 and 3, the last one's text is “B”.
  for (const [version, text] of [[1, 'A'], [2, 'B']] as const) {
    content = withText(content, text);
    await saveReportContent(editor, { reportId, version, content });
  }
});

function ledgerOf(acks: [number, string][]): SaveLedger {
  const ledger = new SaveLedger();
  for (const [version, text] of acks) ledger.ack(reportId, version, text);
  return ledger;
}

describe('checkSaves', () => {
  it('finds every acknowledged save', async () => {
    const check = await checkSaves(process.env.DATABASE_URL!, [reportId], ledgerOf([[2, 'A'], [3, 'B']]), since);
    expect(check).toMatchObject({ acknowledged: 2, stored: 2, storedUnacknowledged: 0, lost: [] });
  });

  it('counts a stored save nobody was told about, which is not a loss', async () => {
    const check = await checkSaves(process.env.DATABASE_URL!, [reportId], ledgerOf([[2, 'A']]), since);
    expect(check).toMatchObject({ acknowledged: 1, stored: 2, storedUnacknowledged: 1, lost: [] });
  });

  it('reports an acknowledged version the database does not have', async () => {
    const check = await checkSaves(process.env.DATABASE_URL!, [reportId], ledgerOf([[2, 'A'], [3, 'B'], [4, 'C']]), since);
    expect(check.lost).toEqual([`${reportId} version 4: no report.save event`, `${reportId}: stored version 3 < acknowledged 4`]);
  });

  it('reports a last acknowledged save whose text is not the stored one', async () => {
    const check = await checkSaves(process.env.DATABASE_URL!, [reportId], ledgerOf([[3, 'X']]), since);
    expect(check.lost).toEqual([`${reportId} version 3: stored text “B” is not the acknowledged “X”`]);
  });
});
