// District oversight against a real PostgreSQL, with reports whose figures are
// set here: the district summary equals the sums worked out by hand (blanks
// stay blank, 万元 converted), a cell's breakdown lists exactly who filled it,
// a rule that fails in the sum names the department behind it; the deadline
// dashboard's figures and lateness; reminders by hand and automatic ones, once.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { db } from '@/lib/db/client';
import { createDbClient } from '@/lib/db/create-client';
import type { ParsedReportContent } from '@/lib/report-format/content';
import { sample2019, sample2021 } from '@/lib/report-format/testing/sample-content';
import { syncPublicReport } from '@/lib/public/public-index';
import { reportTitle } from '@/lib/report-format/title';
import { seedBase } from '@/prisma/seed/seed-base';
import { getYearSettings, saveYearSettings } from './district-deadlines';
import { dashboardTotals, listDashboardRows } from './deadline-dashboard';
import { checkDeadlines, latenessOf } from './deadlines';
import { getCellBreakdown, getDistrictSummary } from './district-summary';
import { resolveDistrict, type DistrictChoice } from './districts';
import { runAutomaticReminders, sendReminders } from './reminders';

let district: DistrictChoice;
let approver: { id: string; displayName: string };
const admin = { id: '', displayName: '' };

async function departmentId(slug: string) {
  return (await db.department.findUniqueOrThrow({ where: { slug } })).id;
}

/** A report in a given state, with its history dates; published ones get an edition and the public index. */
async function report(slug: string, year: number, content: ParsedReportContent, options: { status?: 'DRAFT' | 'SUBMITTED' | 'PUBLISHED'; forwardedAt?: string; publishedAt?: string } = {}) {
  const status = options.status ?? 'PUBLISHED';
  const json = content as unknown as Prisma.InputJsonValue;
  const formatId = year >= 2021 ? 'gov-2021' : 'gov-2019';
  const department = await db.department.findUniqueOrThrow({ where: { slug } });
  return db.$transaction(async (tx) => {
    const created = await tx.report.create({
      data: {
        departmentId: department.id,
        year,
        formatId,
        status,
        content: json,
        firstForwardedAt: options.forwardedAt ? new Date(options.forwardedAt) : null,
        firstPublishedAt: options.publishedAt ? new Date(options.publishedAt) : null,
      },
    });
    if (status === 'PUBLISHED') {
      const edition = await tx.reportEdition.create({
        data: { reportId: created.id, number: 1, formatId, content: json, title: reportTitle(department.name, year), publishedAt: new Date(options.publishedAt!) },
      });
      await tx.report.update({ where: { id: created.id }, data: { publishedEditionId: edition.id } });
      await syncPublicReport(tx, created.id);
    }
    return created.id;
  });
}

function applications(natural: number | null, commercial: number | null, research: number | null): ParsedReportContent {
  const content = sample2021();
  const t3 = content.tables.t3_applications!;
  // Only 本年新收 and 予以公开 carry numbers; every other cell of table 三 is blank.
  for (const row of Object.keys(t3)) t3[row] = {};
  t3.new_received = { natural_person: natural, legal_commercial: commercial, legal_research: research };
  t3.granted = { natural_person: natural, legal_commercial: commercial, legal_research: research };
  return content;
}

beforeAll(async () => {
  const seeding = createDbClient(process.env.DATABASE_URL!);
  await seedBase(seeding);
  await seeding.$disconnect();
  district = (await resolveDistrict(undefined))!;
  const user = await db.user.findUniqueOrThrow({ where: { username: 'approver1' } });
  approver = { id: user.id, displayName: user.displayName };
  const adminUser = await db.user.findUniqueOrThrow({ where: { username: 'admin' } });
  Object.assign(admin, { id: adminUser.id, displayName: adminUser.displayName });

  // 2022: three departments with figures set here; 区民政局's report does not balance.
  await report('education', 2022, applications(5, 1, null), { forwardedAt: '2023-01-10T10:00:00+08:00', publishedAt: '2023-01-18T10:00:00+08:00' });
  await report('health', 2022, applications(7, null, null), { forwardedAt: '2023-01-25T10:00:00+08:00', publishedAt: '2023-01-30T10:00:00+08:00' });
  const unbalanced = applications(null, null, 2);
  unbalanced.tables.t3_applications!.granted = { legal_research: 1 };
  await report('civil-affairs', 2022, unbalanced, { forwardedAt: '2023-01-20T10:00:00+08:00', publishedAt: '2023-02-03T10:00:00+08:00' });
  await report('justice', 2022, applications(100, 100, 100), { status: 'DRAFT' });
  await report('transport', 2022, applications(100, 100, 100), { status: 'SUBMITTED', forwardedAt: '2023-01-19T10:00:00+08:00' });

  // 2020 (2019 format): 采购总金额 in 元 and in 万元, beside the real 2020 report of 章贡区财政局 (172621.8, no unit).
  const inTenThousands = sample2019();
  inTenThousands.tables.t2_art20_9 = { government_central_procurement: { procurement_items: 2, procurement_amount: { amount: 10, unit: '万元' } } };
  await report('education', 2020, inTenThousands, { publishedAt: '2021-01-20T10:00:00+08:00' });
  const inYuan = sample2019();
  inYuan.tables.t2_art20_9 = { government_central_procurement: { procurement_items: 3, procurement_amount: { amount: 5000, unit: '元' } } };
  await report('health', 2020, inYuan, { publishedAt: '2021-01-21T10:00:00+08:00' });
}, 60_000);

describe('the district summary (区级汇总)', () => {
  it('adds up every cell; blank stays blank; the totals are derived from the sums', async () => {
    const summary = (await getDistrictSummary(district, 2022))!;
    const t3 = summary.content.tables.t3_applications!;
    expect(t3.new_received).toEqual({ natural_person: 12, legal_commercial: 1, legal_research: 2 });
    expect(t3.granted).toEqual({ natural_person: 12, legal_commercial: 1, legal_research: 1 });
    // Nobody filled 上年结转: no number, not 0.
    expect(t3.carried_over).toBeUndefined();
    expect(summary.reports).toBe(3);
    expect(summary.missing.count).toBe(summary.departments - 3);
    expect(summary.missing.names).toContain('章贡区司法局');
    expect(summary.missing.names).not.toContain('章贡区教育局');
  });

  it('converts 万元 to 元 before adding', async () => {
    const summary = (await getDistrictSummary(district, 2020))!;
    expect(summary.content.tables.t2_art20_9?.government_central_procurement).toEqual({
      procurement_items: 10,
      procurement_amount: { amount: 172621.8 + 100000 + 5000, unit: '元' },
    });
  });

  it('names the department behind a rule that fails in the sum', async () => {
    const summary = (await getDistrictSummary(district, 2022))!;
    const balance = summary.issues.find((issue) => issue.key === 't3_balance:t3_applications.carried_forward.legal_research');
    expect(balance?.departments).toEqual([{ name: '章贡区民政局', slug: 'civil-affairs' }]);
    // Only the tables' rules: the sum has no text.
    expect(summary.issues.every((issue) => issue.key.startsWith('t'))).toBe(true);
  });

  it("lists exactly the departments that filled a cell, and how much", async () => {
    const natural = await getCellBreakdown(district, 2022, { tableId: 't3_applications', rowKey: 'new_received', columnKey: 'natural_person' });
    expect(natural.map((row) => [row.departmentSlug, row.value])).toEqual([
      ['health', 7],
      ['education', 5],
    ]);
    const total = await getCellBreakdown(district, 2022, { tableId: 't3_applications', rowKey: 'new_received', columnKey: 'total' });
    expect(total.map((row) => [row.departmentSlug, row.value])).toEqual([
      ['health', 7],
      ['education', 6],
      ['civil-affairs', 2],
    ]);
    expect(await getCellBreakdown(district, 2022, { tableId: 't3_applications', rowKey: 'carried_over', columnKey: 'natural_person' })).toEqual([]);
  });
});

describe('the deadline dashboard', () => {
  it('counts who reported and who was on time from history, against the district’s and the legal deadlines', async () => {
    await saveYearSettings(admin, district, { district: district.code, year: 2022, submitBy: '2023-01-20', publishBy: '2023-01-28', remindersEnabled: false, reminderDays: [7, 3, 1] });
    const { deadlines } = await getYearSettings(district.id, 2022);
    expect(deadlines).toEqual({ year: 2022, submit: '2023-01-20', publish: '2023-01-28', legal: '2023-01-31' });
    const { totals } = await dashboardTotals(district.id, deadlines, { state: 'all', lateness: 'all' }, new Date('2023-06-01T12:00:00+08:00'));
    expect(totals).toMatchObject({ forwarded: 4, published: 3, onTimeLegal: 2, onTimeDistrict: 1 });
    expect(totals.byStatus).toMatchObject({ PUBLISHED: 3, DRAFT: 1, SUBMITTED: 1 });
    expect(await db.auditEvent.count({ where: { action: 'district.deadlines' } })).toBe(1);
  });

  it('refuses district deadlines after the legal one, naming the field, and saves nothing', async () => {
    const before = await db.auditEvent.count({ where: { action: 'district.deadlines' } });
    await expect(
      saveYearSettings(admin, district, { district: district.code, year: 2022, submitBy: '2023-01-25', publishBy: '2023-02-05', remindersEnabled: false, reminderDays: [3] }),
    ).rejects.toMatchObject({ kind: 'invalid', fieldErrors: { publishBy: '发布期限不能晚于法定公开期限（2023-01-31）。' } });
    await expect(
      saveYearSettings(admin, district, { district: district.code, year: 2022, submitBy: '2023-01-25', publishBy: '2023-01-21', remindersEnabled: false, reminderDays: [3] }),
    ).rejects.toMatchObject({ fieldErrors: { publishBy: '发布期限不能早于报送期限。' } });
    expect(await db.auditEvent.count({ where: { action: 'district.deadlines' } })).toBe(before);
    expect((await getYearSettings(district.id, 2022)).deadlines.publish).toBe('2023-01-28');
  });

  it.each(['2023-01-05', '2023-01-20', '2023-01-21', '2023-01-29', '2023-02-05'])('ranks lateness in the database as the page does on %s', async (today) => {
    const { deadlines } = await getYearSettings(district.id, 2022);
    const now = new Date(`${today}T12:00:00+08:00`);
    const rows = await listDashboardRows(district.id, deadlines, { state: 'all', lateness: 'all', sort: 'urgency' }, { offset: 0, limit: 100 }, now);
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      expect(row.lateness, row.departmentName).toBe(latenessOf(checkDeadlines(deadlines, { forwardedOn: row.forwardedOn, publishedOn: row.publishedOn }, today)));
    }
    // Most urgent first.
    const ranks = rows.map((row) => ['overdue', 'soon', 'late', 'open', 'met'].indexOf(row.lateness));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it('filters by state and lateness, and pages', async () => {
    const { deadlines } = await getYearSettings(district.id, 2022);
    const now = new Date('2023-06-01T12:00:00+08:00');
    const drafts = await listDashboardRows(district.id, deadlines, { state: 'DRAFT', lateness: 'all', sort: 'name' }, { offset: 0, limit: 50 }, now);
    expect(drafts.map((row) => row.departmentShortName)).toEqual(['区司法局']);
    const notStarted = await dashboardTotals(district.id, deadlines, { state: 'none', lateness: 'all' }, now);
    expect(notStarted.matching).toBe(notStarted.totals.departments - 5);
    const late = await listDashboardRows(district.id, deadlines, { state: 'all', lateness: 'late', sort: 'name' }, { offset: 0, limit: 50 }, now);
    expect(late.map((row) => row.departmentShortName).sort()).toEqual(['区卫生健康委员会', '区民政局'].sort());
    const page2 = await listDashboardRows(district.id, deadlines, { state: 'all', lateness: 'all', sort: 'name' }, { offset: 20, limit: 20 }, now);
    expect(page2.length).toBe(notStarted.totals.departments - 20);
  });
});

describe('reminders', () => {
  it('reminds one department, in the portal, recorded and audited', async () => {
    const { deadlines } = await getYearSettings(district.id, 2022);
    const justice = await departmentId('justice');
    const sent = await sendReminders(approver, district, deadlines, { target: justice, note: '请于本周内完成。' }, new Date('2023-01-22T12:00:00+08:00'));
    expect(sent).toEqual({ departments: 1, people: 1 });
    const notification = await db.notification.findFirstOrThrow({ where: { kind: 'reminder', user: { username: 'justice.editor' } } });
    expect(notification.title).toBe('催报：区司法局2022年度报告已逾期');
    expect(notification.body).toContain('报送区政务公开办为2023年1月20日，逾期 2 天');
    expect(notification.body).toContain('附言：请于本周内完成。');
    expect(await db.reminder.count({ where: { departmentId: justice, year: 2022, sentById: approver.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: 'oversight.remind', departmentId: justice } })).toBe(1);
  });

  it('refuses a department that published already, or of another district', async () => {
    const { deadlines } = await getYearSettings(district.id, 2022);
    await expect(sendReminders(approver, district, deadlines, { target: await departmentId('education'), note: '' })).rejects.toMatchObject({ kind: 'conflict' });
    await expect(sendReminders(approver, district, deadlines, { target: 'no-such-department', note: '' })).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('reminds every overdue department at once', async () => {
    const { deadlines } = await getYearSettings(district.id, 2022);
    const now = new Date('2023-02-02T12:00:00+08:00');
    const overdue = await dashboardTotals(district.id, deadlines, { state: 'all', lateness: 'overdue' }, now);
    const before = await db.reminder.count();
    const sent = await sendReminders(approver, district, deadlines, { target: 'overdue', note: '' }, now);
    expect(sent.departments).toBe(overdue.matching);
    expect(await db.reminder.count()).toBe(before + overdue.matching);
  });

  it('sends each automatic reminder once, on its day, to those who have not reached the deadline', async () => {
    await saveYearSettings(admin, district, { district: district.code, year: 2025, submitBy: '2026-01-20', publishBy: null, remindersEnabled: true, reminderDays: [3] });
    await report('finance', 2025, sample2021(), { status: 'SUBMITTED', forwardedAt: '2026-01-10T10:00:00+08:00' });
    const active = await db.department.count({ where: { districtId: district.id, active: true } });
    // Not a reminder day: nothing.
    expect(await runAutomaticReminders(new Date('2026-01-16T09:00:00+08:00'))).toBe(0);
    // Three days before 报送: every department but 财政局 (already forwarded).
    const day = new Date('2026-01-17T09:00:00+08:00');
    const [first, second] = await Promise.all([runAutomaticReminders(day), runAutomaticReminders(day)]);
    expect(first + second).toBe(active - 1);
    expect(await runAutomaticReminders(day)).toBe(0);
    expect(await db.reminder.count({ where: { year: 2025, daysBefore: 3, deadline: 'submit' } })).toBe(active - 1);
    expect(await db.reminder.count({ where: { year: 2025, department: { slug: 'finance' } } })).toBe(0);
    // Three days before the legal deadline: everyone not yet published (财政局 too), once.
    expect(await runAutomaticReminders(new Date('2026-01-28T09:00:00+08:00'))).toBe(active);
    expect(await runAutomaticReminders(new Date('2026-01-28T20:00:00+08:00'))).toBe(0);
  });
});
