// Generated demonstration reports (演示数据) for the departments of the demo
// district: published reports for 2019–2025 in both formats whose numbers pass
// every rule (including the cross-year ones), some with applications, one
// corrected; and the 2025 reports of a few departments still in progress or
// late. Every generated report is marked isDemo and shown as 演示数据.
import type { Prisma } from '@/lib/db/generated/client.ts';
import type { DbClient } from '@/lib/db/create-client';
import { CONTENT_SCHEMA_VERSION, type ParsedReportContent, type TableCells } from '@/lib/report-format/content';
import { numericValue } from '@/lib/report-format/derive';
import { formatForYear, getFormat, isInputCell } from '@/lib/report-format/formats';
import { APPLICANT_COLUMN_KEYS } from '@/lib/report-format/formats/shared';
import { carriedValueOf, carriedValues, type PreviousReport } from '@/lib/report-format/carry';
import { checkReport } from '@/lib/report-format/rules/check-report';
import { syncPublicReport } from '@/lib/public/public-index';
import { CONFIDENTIALITY_STATEMENT } from '@/lib/reports/confidentiality';
import { defaultPreamble } from '@/lib/report-format/skeleton';
import { reportTitle } from '@/lib/report-format/title';
import type { ReportFormat } from '@/lib/report-format/types';
import { readContent } from '@/lib/reports/stored-content';
import { int, seededRandom, sectionFive, sectionOne, sectionSix, type Random } from './demo-text';

export const DEMO_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];

/** 2025 reports not (yet) published in the demo: the deadline dashboard has something to show. */
export const DEMO_2025_IN_PROGRESS: Record<string, 'none' | 'DRAFT' | 'AWAITING_SIGNOFF' | 'SUBMITTED' | 'RETURNED'> = {
  education: 'none',
  emergency: 'none',
  health: 'DRAFT',
  transport: 'SUBMITTED',
  'medical-security': 'AWAITING_SIGNOFF',
  agriculture: 'RETURNED',
};

/** The demo report that was corrected after publication (two editions). */
export const DEMO_CORRECTION = { slug: 'market-regulation', year: 2023 };

/** How many applications a department typically receives (some receive none). */
const APPLICATION_LOAD: Record<string, number> = {
  housing: 30,
  'human-resources': 18,
  'market-regulation': 14,
  'natural-resources': 25,
  'civil-affairs': 8,
  education: 10,
  health: 9,
  transport: 6,
  agriculture: 5,
  'urban-management': 7,
  'development-reform': 4,
  finance: 3,
  'government-office': 6,
};

const LICENSING_HEAVY = new Set(['market-regulation', 'housing', 'transport', 'health', 'agriculture', 'culture-tourism', 'water-resources', 'education']);

function distribute(random: Random, total: number, weights: Record<string, number>): Record<string, number> {
  const keys = Object.keys(weights);
  const result: Record<string, number> = Object.fromEntries(keys.map((key) => [key, 0]));
  const sum = keys.reduce((acc, key) => acc + weights[key]!, 0);
  for (let unit = 0; unit < total; unit++) {
    let roll = random() * sum;
    for (const key of keys) {
      roll -= weights[key]!;
      if (roll <= 0) {
        result[key]!++;
        break;
      }
    }
  }
  return result;
}

interface Generated {
  content: ParsedReportContent;
  facts: { received: number; carriedOver: number; processed: number; carriedForward: number };
}

interface Neighbours {
  previous: PreviousReport | null;
  /** An existing report of the next year (e.g. the real 2020 finance report) this one must lead into. */
  next: PreviousReport | null;
}

function applications(format: ReportFormat, random: Random, slug: string, neighbours: Neighbours, cells: TableCells) {
  const table = format.tables.find((each) => each.id === 't3_applications')!;
  const load = APPLICATION_LOAD[slug] ?? (random() < 0.35 ? 2 : 0);
  const carried = neighbours.previous ? carriedValues(format, neighbours.previous) : [];
  // The result rows an application can end in (（一）…（六）, not the （七）总计 row).
  const leaves = table.rows.filter((row) => row.parent && isInputCell(row, table.columns[0]!));
  const weights: Record<string, number> = Object.fromEntries(leaves.map((row) => [row.key, 0.15]));
  weights.granted = 4.5;
  weights.partially_granted = 1.5;
  weights.unable_not_held = 1.8;
  weights.unable_needs_creation = 0.6;
  weights.denied_third_party_rights = 0.4;
  weights.denied_process_information = 0.3;
  weights.not_processed_petition_complaint = 0.5;
  weights.not_processed_duplicate = 0.3;
  const totals = { received: 0, carriedOver: 0, processed: 0, carriedForward: 0 };
  for (const row of ['new_received', 'carried_over', 'carried_forward', ...leaves.map((leaf) => leaf.key)]) cells[row] = {};
  for (const column of APPLICANT_COLUMN_KEYS) {
    const scale = column === 'natural_person' ? 1 : column === 'legal_commercial' ? 0.2 : 0.06;
    const received = load === 0 ? 0 : int(random, 0, Math.max(0, Math.round(load * scale * 1.6)));
    const carriedOver =
      carriedValueOf(carried, 't3_applications', 'carried_over', column) ?? (column === 'natural_person' && load > 0 ? int(random, 0, 1) : 0);
    const intake = received + carriedOver;
    const fixedForward = neighbours.next ? numericValue(neighbours.next.content.tables.t3_applications?.carried_over?.[column] ?? null) : null;
    let forward = fixedForward ?? (intake > 3 && random() < 0.5 ? int(random, 0, Math.min(2, intake)) : 0);
    let newReceived = received;
    if (forward > intake) newReceived += forward - intake; // the next year's carried-over applications must have come in
    forward = Math.min(forward, newReceived + carriedOver);
    const processed = newReceived + carriedOver - forward;
    cells.new_received![column] = newReceived;
    cells.carried_over![column] = carriedOver;
    cells.carried_forward![column] = forward;
    const outcome = distribute(random, processed, weights);
    for (const leaf of leaves) cells[leaf.key]![column] = outcome[leaf.key] ?? 0;
    totals.received += newReceived;
    totals.carriedOver += carriedOver;
    totals.processed += processed;
    totals.carriedForward += forward;
  }
  return totals;
}

function sectionTwo(format: ReportFormat, random: Random, slug: string, neighbours: Neighbours, tables: Record<string, TableCells>) {
  const previous = neighbours.previous && neighbours.previous.format.id === format.id ? neighbours.previous.content.tables : null;
  const next = neighbours.next && neighbours.next.format.id === format.id ? neighbours.next.content.tables : null;
  const heavy = LICENSING_HEAVY.has(slug);
  const carried = neighbours.previous ? carriedValues(format, neighbours.previous) : [];
  let normativeIssued = 0;
  if (format.id === 'gov-2019') {
    const prevTotal = numericValue(previous?.t2_art20_1?.normative_documents?.total_published ?? null);
    const made = int(random, 0, 4);
    normativeIssued = made;
    tables.t2_art20_1 = {
      regulations: { newly_made: 0, newly_published: 0, total_published: 0 },
      normative_documents: { newly_made: made, newly_published: made, total_published: (previous ? prevTotal : int(random, 3, 25)) + made },
    };
    for (const [tableId, rows] of [
      ['t2_art20_5', ['administrative_licensing', 'other_external_services']],
      ['t2_art20_6', ['administrative_penalty', 'administrative_coercion']],
      ['t2_art20_8', ['administrative_fees']],
    ] as const) {
      const cells: TableCells = {};
      for (const row of rows) {
        const before = carriedValueOf(carried, tableId, row, 'prev_year_items') ?? int(random, 0, heavy ? 40 : 8);
        const target = next ? numericValue(next[tableId]?.[row]?.prev_year_items ?? null) : null;
        const change = target !== null ? target - before : int(random, -Math.min(2, before), 3);
        cells[row] = { prev_year_items: before, change };
        if (tableId !== 't2_art20_8') {
          cells[row]!.decisions = row === 'administrative_licensing' || row === 'administrative_penalty' ? (heavy ? int(random, 20, 1500) : int(random, 0, 30)) : int(random, 0, 5);
        }
      }
      tables[tableId] = cells;
    }
    const items = int(random, 0, 12);
    tables.t2_art20_9 = {
      government_central_procurement: {
        procurement_items: items,
        procurement_amount: items === 0 ? { amount: 0, unit: null } : random() < 0.5 ? { amount: int(random, 5000, 900000) + int(random, 0, 99) / 100, unit: '元' } : { amount: int(random, 5, 600) + int(random, 0, 9) / 10, unit: '万元' },
      },
    };
  } else {
    const prevInForce = carriedValueOf(carried, 't2_art20_1', 'administrative_normative_documents', 'in_force') ?? int(random, 3, 25);
    const issued = int(random, 0, 4);
    const repealed = int(random, 0, Math.min(2, prevInForce));
    normativeIssued = issued;
    tables.t2_art20_1 = {
      regulations: { issued: 0, repealed: 0, in_force: 0 },
      administrative_normative_documents: { issued, repealed, in_force: prevInForce + issued - repealed },
    };
    tables.t2_art20_5 = { administrative_licensing: { decisions: heavy ? int(random, 50, 3000) : int(random, 0, 40) } };
    tables.t2_art20_6 = {
      administrative_penalty: { decisions: heavy ? int(random, 10, 800) : int(random, 0, 20) },
      administrative_coercion: { decisions: int(random, 0, heavy ? 30 : 3) },
    };
    tables.t2_art20_8 = { administrative_fees: { fee_amount: random() < 0.6 ? 0 : int(random, 1, 300) + int(random, 0, 99) / 100 } };
  }
  return normativeIssued;
}

function reviewsAndLitigation(random: Random, received: number): TableCells {
  const count: Record<string, number> = {};
  for (const group of ['review', 'litigation_direct', 'litigation_after_review']) {
    for (const result of ['upheld', 'corrected', 'other', 'pending']) count[`${group}_${result}`] = 0;
  }
  if (received > 10 && random() < 0.6) count.review_upheld = int(random, 1, 2);
  if (received > 15 && random() < 0.3) count.review_pending = 1;
  if (received > 20 && random() < 0.3) count.litigation_direct_upheld = 1;
  return { count };
}

export function generateDemoContent(
  format: ReportFormat,
  year: number,
  party: { department: { slug: string; name: string; address: string; phone: string; email: string }; district: { portalName: string } },
  neighbours: Neighbours,
): Generated {
  const random = seededRandom(`${party.department.slug}:${year}`);
  const tables: Record<string, TableCells> = {};
  const normativeIssued = sectionTwo(format, random, party.department.slug, neighbours, tables);
  tables.t3_applications = {};
  const facts = applications(format, random, party.department.slug, neighbours, tables.t3_applications);
  tables.t4_review_litigation = reviewsAndLitigation(random, facts.received);
  const textFacts = {
    year,
    departmentName: party.department.name,
    slug: party.department.slug,
    portalName: party.district.portalName,
    published: int(random, 60, 420),
    normativeIssued,
    feeYuan: random() < 0.85 ? 0 : int(random, 20, 300),
    newFormat: format.id === 'gov-2021',
    ...facts,
  };
  const day = int(random, 8, 28);
  const content: ParsedReportContent = {
    schemaVersion: CONTENT_SCHEMA_VERSION,
    preamble: defaultPreamble(format, year, party),
    sections: { s1: sectionOne(random, textFacts), s5: sectionFive(random, textFacts), s6: sectionSix(textFacts) },
    tables,
    carried: [],
    signature: { organization: party.department.name, date: `${year + 1}-01-${String(day).padStart(2, '0')}` },
  };
  return { content, facts };
}

type DemoState = 'PUBLISHED' | 'DRAFT' | 'AWAITING_SIGNOFF' | 'SUBMITTED' | 'RETURNED';

function publishedAtFor(content: ParsedReportContent, random: Random): Date {
  const date = content.signature.date!;
  return new Date(`${date}T${String(int(random, 9, 17)).padStart(2, '0')}:${String(int(random, 0, 59)).padStart(2, '0')}:00+08:00`);
}

export interface DemoSeedOptions {
  years?: number[];
  /** Leave some 2025 reports unpublished (the demo); the benchmark publishes everything. */
  inProgress?: Record<string, 'none' | DemoState>;
  correction?: { slug: string; year: number } | null;
  log?: (line: string) => void;
}

/** Creates the demo reports that do not exist yet; returns how many were created. */
export async function seedDemoReports(db: DbClient, options: DemoSeedOptions = {}): Promise<number> {
  const years = options.years ?? DEMO_YEARS;
  const inProgress = options.inProgress ?? DEMO_2025_IN_PROGRESS;
  const correction = options.correction === undefined ? DEMO_CORRECTION : options.correction;
  const district = await db.district.findFirstOrThrow({ orderBy: { createdAt: 'asc' } });
  const departments = await db.department.findMany({ where: { active: true }, orderBy: { sortOrder: 'asc' } });
  const approvers = await db.user.findMany({ where: { role: 'APPROVER', disabled: false }, orderBy: { username: 'asc' } });
  let created = 0;

  for (const department of departments) {
    const editor = await db.user.findFirst({ where: { departmentId: department.id, role: 'EDITOR' } });
    const signer = await db.user.findFirst({ where: { departmentId: department.id, role: 'DEPARTMENT_REVIEWER' }, select: { id: true, displayName: true } });
    const existing = await db.report.findMany({
      where: { departmentId: department.id },
      select: { year: true, formatId: true, content: true, publishedEdition: { select: { formatId: true, content: true } } },
    });
    const known = new Map<number, PreviousReport>();
    for (const report of existing) {
      const source = report.publishedEdition ?? report;
      known.set(report.year, { format: getFormat(source.formatId), content: readContent(source.content) });
    }
    const existingYears = new Set(existing.map((report) => report.year));

    for (const year of years) {
      if (existingYears.has(year)) continue;
      const state: DemoState | 'none' = year === 2025 ? (inProgress[department.slug] ?? 'PUBLISHED') : 'PUBLISHED';
      if (state === 'none') continue;
      const format = formatForYear(year);
      const neighbours = { previous: known.get(year - 1) ?? null, next: known.get(year + 1) ?? null };
      const { content } = generateDemoContent(format, year, { department, district }, neighbours);
      const issues = checkReport(format, content, { previous: neighbours.previous, year });
      const blocking = issues.filter((issue) => issue.severity !== 'info');
      if (blocking.length) throw new Error(`demo data for ${department.slug} ${year} breaks a rule: ${blocking[0]!.message}`);
      await insertDemoReport(db, { department, year, format, content, state, editorId: editor?.id ?? null, signer, approvers, correction: correction?.slug === department.slug && correction.year === year });
      known.set(year, { format, content });
      created++;
    }
  }
  options.log?.(`Created ${created} demo reports (演示数据).`);
  return created;
}

async function insertDemoReport(
  db: DbClient,
  input: {
    department: { id: string; name: string; shortName: string; slug: string };
    year: number;
    format: ReportFormat;
    content: ParsedReportContent;
    state: DemoState;
    editorId: string | null;
    /** The department's reviewer, who signs submissions off (先审后发). */
    signer: { id: string; displayName: string } | null;
    approvers: { id: string; displayName: string }[];
    correction: boolean;
  },
) {
  const { department, year, format, content, state } = input;
  const random = seededRandom(`${department.slug}:${year}:workflow`);
  const title = reportTitle(department.name, year);
  const json = content as unknown as Prisma.InputJsonValue;
  const submittedAt = new Date(publishedAtFor(content, random).getTime() - int(random, 2, 6) * 86_400_000);
  const approver = input.approvers[0];
  const publisher = input.approvers[1] ?? approver;
  await db.$transaction(async (tx) => {
    const report = await tx.report.create({
      data: {
        departmentId: department.id,
        year,
        formatId: format.id,
        status: state,
        content: json,
        version: 3,
        isDemo: true,
        viewCount: state === 'PUBLISHED' ? int(random, 12, 680) : 0,
        submittedAt: state === 'DRAFT' ? null : submittedAt,
        updatedById: input.editorId,
        editorIds: input.editorId ? [input.editorId] : [],
        signedOffById: state === 'SUBMITTED' ? (input.signer?.id ?? null) : null,
        // Reached the district: submitted, and signed off where a signer exists.
        firstForwardedAt: state === 'DRAFT' || state === 'AWAITING_SIGNOFF' ? null : input.signer ? new Date(submittedAt.getTime() + 4 * 3_600_000) : submittedAt,
        createdAt: new Date(submittedAt.getTime() - 10 * 86_400_000),
      },
    });
    const audit = (action: string, at: Date, actor: { id: string; displayName: string } | undefined, fromStatus: string | null, toStatus: string | null, reason?: string) => ({
      at,
      actorId: actor?.id ?? null,
      actorName: actor?.displayName ?? null,
      action,
      entityType: 'report',
      entityId: report.id,
      reportId: report.id,
      departmentId: department.id,
      fromStatus,
      toStatus,
      reason: reason ?? null,
      details: { demo: true, edition: 1 },
    });
    const editorActor = input.editorId ? { id: input.editorId, displayName: `${department.shortName} 信息公开专员` } : undefined;
    const events: Prisma.AuditEventCreateManyInput[] = [audit('report.create', report.createdAt, editorActor, null, 'DRAFT')];
    const signer = input.signer ?? undefined;
    const signedOffAt = new Date(submittedAt.getTime() + 4 * 3_600_000);
    const signed = state !== 'DRAFT' && state !== 'AWAITING_SIGNOFF' && signer !== undefined;
    if (state !== 'DRAFT') {
      events.push(audit('report.submit', submittedAt, editorActor, 'DRAFT', signer ? 'AWAITING_SIGNOFF' : 'SUBMITTED'));
      if (signed) events.push(audit('report.signOff', signedOffAt, signer, 'AWAITING_SIGNOFF', 'SUBMITTED'));
      await tx.reportSubmission.create({
        data: {
          reportId: report.id,
          editionNumber: 1,
          sequence: 1,
          content: json,
          version: 2,
          submittedById: input.editorId ?? approver!.id,
          submittedAt,
          outcome: state === 'PUBLISHED' ? 'APPROVED' : state === 'RETURNED' ? 'RETURNED' : 'PENDING',
          decidedById: state === 'PUBLISHED' || state === 'RETURNED' ? approver?.id : null,
          decidedAt: state === 'PUBLISHED' || state === 'RETURNED' ? new Date(submittedAt.getTime() + 86_400_000) : null,
          returnReason: state === 'RETURNED' ? '表三“四、结转下年度继续办理”的数据请与受理台账核对后重新提交。' : null,
          ...(signed
            ? { signedOffById: signer.id, signedOffByName: signer.displayName, signedOffAt, confidentialityStatement: CONFIDENTIALITY_STATEMENT }
            : {}),
        },
      });
    }
    if (state === 'RETURNED') {
      const at = new Date(submittedAt.getTime() + 86_400_000);
      events.push(audit('report.return', at, approver, 'SUBMITTED', 'RETURNED', '表三“四、结转下年度继续办理”的数据请与受理台账核对后重新提交。'));
      await tx.reportComment.create({
        data: {
          reportId: report.id,
          editionNumber: 1,
          authorId: approver!.id,
          authorName: approver!.displayName,
          anchorKind: 'cell',
          tableId: 't3_applications',
          rowKey: 'carried_forward',
          columnKey: 'natural_person',
          body: '结转下年度的件数与受理台账不一致，请核对。',
          createdAt: at,
        },
      });
    }
    if (state === 'PUBLISHED') {
      const publishedAt = publishedAtFor(content, random);
      events.push(audit('report.approve', new Date(submittedAt.getTime() + 86_400_000), approver, 'SUBMITTED', 'APPROVED'));
      events.push(audit('report.publish', publishedAt, publisher, 'APPROVED', 'PUBLISHED'));
      let edition = await tx.reportEdition.create({
        data: { reportId: report.id, number: 1, formatId: format.id, content: json, title, publishedAt, publishedById: publisher?.id, approvedById: approver?.id },
      });
      if (input.correction) {
        const corrected = structuredClone(content);
        const cells = corrected.tables.t2_art20_6!.administrative_penalty!;
        const before = numericValue(cells.decisions ?? null);
        cells.decisions = before + 3;
        const note = `更正“二、主动公开政府信息情况”第二十条第（六）项行政处罚的本年处理决定数量（由${before}更正为${before + 3}）。`;
        const correctedAt = new Date(publishedAt.getTime() + 12 * 86_400_000);
        await tx.reportEdition.update({ where: { id: edition.id }, data: { supersededAt: correctedAt } });
        edition = await tx.reportEdition.create({
          data: {
            reportId: report.id,
            number: 2,
            formatId: format.id,
            content: corrected as unknown as Prisma.InputJsonValue,
            title,
            changeNote: note,
            publishedAt: correctedAt,
            publishedById: publisher?.id,
            approvedById: approver?.id,
          },
        });
        await tx.report.update({ where: { id: report.id }, data: { content: corrected as unknown as Prisma.InputJsonValue, editionNumber: 2, changeNote: note, version: 6 } });
        events.push(audit('report.startCorrection', new Date(correctedAt.getTime() - 5 * 86_400_000), editorActor, 'PUBLISHED', 'DRAFT'));
        events.push(audit('report.approveAndPublish', correctedAt, publisher, 'SUBMITTED', 'PUBLISHED'));
      }
      await tx.report.update({ where: { id: report.id }, data: { publishedEditionId: edition.id, firstPublishedAt: publishedAt } });
      await syncPublicReport(tx, report.id);
    }
    await tx.auditEvent.createMany({ data: events });
  });
}
