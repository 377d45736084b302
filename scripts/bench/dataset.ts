// The benchmark's dataset: the demo district 章贡区 (22 departments, every
// report 2019–2025 published, seeded through the app's own seed code), widened
// with plain SQL to `--departments N` departments spread over about 100 new
// districts (测试县001 …), each with a published report for every year, as the
// app would have written them: reports, report_editions, the public index
// (public_reports), the departments' search fields and the detail rows the
// district summary, the statistics and the 雷同 check read (public_report_cells,
// public_report_issues, public_report_texts; details_version current, so the
// app fills nothing at start). A bench report copies the content of a
// template, the demo report of the same year of demo department (n mod 22);
// its search text and tokens are the template's with the title replaced,
// exactly what lib/search/chinese-search.ts would compute, and its detail rows
// are the template's, computed once with the app's functions
// (./dataset-details.ts). One department in 25 of each district (the 4th,
// 29th, …) uses the template's faulty variant (a table rule fails), so that
// district sums fail a rule as they would with imported reports. Publication
// dates spread over 1 January – 4 February (some after the legal deadline of
// 31 January); first forwarded to the district two days before. Three
// districts in four have their own deadlines for 2021–2025 (报送 15 January,
// 发布 25 January), and the departments that published after the district's
// deadline were reminded once.
// Bulk inserts (./dataset-sql.ts): one statement per table and batch of
// departments, arrays passed with unnest, one connection per core; the GIN
// indexes of the search tokens and every index and key of the detail tables
// are dropped first and rebuilt at the end (same definitions); then VACUUM
// ANALYZE. 14,286 departments (100,000 reports, 20 million cells) take a few
// minutes on two idle cores: writing and indexing the cells, compressing each
// row's token list and building the GIN index are most of it.
import { availableParallelism } from 'node:os';
import pg from 'pg';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { createDbClient } from '@/lib/db/create-client';
import { PUBLIC_DETAILS_VERSION } from '@/lib/public/public-details';
import { departmentSearchFields } from '@/lib/public/public-index';
import { reportTitle } from '@/lib/report-format/title';
import { readContent } from '@/lib/reports/stored-content';
import { normalizeSearchText, searchTokens } from '@/lib/search/chinese-search';
import { DEMO_YEARS, seedDemoReports } from '@/prisma/seed/demo-reports';
import { prepareDatabase } from '../lib/prepare-database';
import { checkPublicDetails, checkSearchFields } from './dataset-check';
import { detailRows, faultyVariant, type DetailRows } from './dataset-details';
import { bulkInsertStatements, countRows, dropDeferred, restoreStatements, tableSizes, type Deferred, type TableSize } from './dataset-sql';

export { tuneThrowawayServer, untuneThrowawayServer } from './dataset-sql';

const DEMO_DISTRICT_CODE = 'zhanggong';
const MAX_DISTRICTS = 100;
const BATCH_DEPARTMENTS = 1000;
/** One department in FAULTY_EVERY of each district (from the FAULTY_FROM-th) uses its template's faulty variant. */
const FAULTY_EVERY = 25;
const FAULTY_FROM = 3;
/** Publication: 0–34 days after 1 January of the next year (days 31–34: after the legal deadline). */
const PUBLICATION_DAYS = 35;
/** The years with district deadlines. */
const DEADLINE_YEARS = [2021, 2025] as const;

export interface DatasetInfo {
  departments: number;
  districts: number;
  publicReports: number;
  loadSeconds: number;
  seedSeconds: number;
  /** One of the new departments (or a demo one when none were added), for the page and search tests. */
  sample: { slug: string; name: string; districtCode: string };
  /** A second district's code (a new one when there are any). */
  districtCode: string;
  /** The district with the most departments (the summary, dashboard and quality measurements). */
  largestDistrict: { code: string; departments: number };
  /** The year of those measurements (the last year with reports). */
  oversightYear: number;
  /** The cell of that district-year filled by the most reports, tableId.rowKey.columnKey (its breakdown page). */
  summaryCell: string;
  counts: Record<string, number>;
  /** Rows and MB of the large tables and their indexes. */
  sizes: TableSize[];
  /** Seconds of the load's phases (inserts; rebuilding indexes and keys with VACUUM ANALYZE). */
  phases: { label: string; seconds: number }[];
  /** The cell whose change makes a template faulty, e.g. t3_applications.new_received.natural_person (null: no bench departments). */
  faultyCell: string | null;
}

interface Template {
  editionId: string;
  formatId: string;
  /** The template's normalised search text without its first line (its own title). */
  body: string;
  bodyTokens: Set<string>;
  details: DetailRows;
  /** The same report with one typed number off by one (a table rule fails), and its detail rows. */
  faulty: { content: Prisma.JsonValue; cell: string; details: DetailRows };
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Migrations, the demo district with every report 2019–2025 published (through the app's seed code). */
async function seedDemo(url: string, log: (line: string) => void): Promise<void> {
  await prepareDatabase(url, { demoReports: false, demoAccounts: true, log });
  const db = createDbClient(url, { maxConnections: 2 });
  try {
    // inProgress {}: every 2025 report is published too (the demo leaves some unfinished).
    await seedDemoReports(db, { inProgress: {}, log });
  } finally {
    await db.$disconnect();
  }
}

async function readTemplates(client: pg.Client) {
  const { rows: demo } = await client.query<{ id: string; slug: string; name: string; district_id: string }>(
    `SELECT d.id, d.slug, d.name, d.district_id FROM departments d JOIN districts x ON x.id = d.district_id
     WHERE x.code = $1 AND d.active ORDER BY d.sort_order, d.id`,
    [DEMO_DISTRICT_CODE],
  );
  const { rows } = await client.query<{ department_id: string; year: number; edition_id: string; search_text: string; format_id: string; content: Prisma.JsonValue }>(
    `SELECT p.department_id, p.year, p.edition_id, p.search_text, e.format_id, e.content
     FROM public_reports p JOIN report_editions e ON e.id = p.edition_id WHERE p.district_id = $1`,
    [demo[0]?.district_id ?? ''],
  );
  const templates = new Map<string, Template>();
  for (const row of rows) {
    const body = row.search_text.slice(row.search_text.indexOf('\n') + 1);
    const content = readContent(row.content);
    const faulty = faultyVariant(row.format_id, content, row.year);
    templates.set(`${row.department_id}:${row.year}`, {
      editionId: row.edition_id,
      formatId: row.format_id,
      body,
      bodyTokens: new Set(searchTokens(body)),
      details: detailRows(row.format_id, content, row.year),
      faulty: { content: faulty.content as unknown as Prisma.JsonValue, cell: faulty.cell, details: detailRows(row.format_id, faulty.content, row.year) },
    });
  }
  for (const department of demo) {
    for (const year of DEMO_YEARS) {
      if (!templates.has(`${department.id}:${year}`)) throw new Error(`the demo report ${department.slug} ${year} is not published`);
    }
  }
  return { demo, templates };
}

interface Layout {
  demo: { id: string; name: string }[];
  templates: Map<string, Template>;
  perDistrict: number;
}

/** The rows of bench departments first…last (numbered from 1), as the arrays the statements unnest. */
function batchArrays(layout: Layout, first: number, last: number) {
  const { demo, templates, perDistrict } = layout;
  const dep = { id: [] as string[], district: [] as string[], slug: [] as string[], name: [] as string[], short: [] as string[], sort: [] as number[], text: [] as string[], tokens: [] as string[] };
  const rep = { department: [] as string[], year: [] as number[], template: [] as number[], title: [] as string[], extra: [] as string[], day: [] as number[] };
  for (let n = first; n <= last; n++) {
    const districtNumber = Math.floor((n - 1) / perDistrict) + 1;
    const templateIndex = n % demo.length;
    const faulty = ((n - 1) % perDistrict) % FAULTY_EVERY === FAULTY_FROM;
    const office = demo[templateIndex]!.name.replace(/^章贡区/, '');
    const number = pad(n, 5);
    const id = `bench-dep-${number}`;
    const name = `测试县${pad(districtNumber, 3)}${office}${number}`;
    const shortName = `县${office}${number}`;
    const slug = `d${number}`;
    const search = departmentSearchFields({ name, shortName, slug });
    dep.id.push(id);
    dep.district.push(`dbench${pad(districtNumber, 3)}`);
    dep.slug.push(slug);
    dep.name.push(name);
    dep.short.push(shortName);
    dep.sort.push((((n - 1) % perDistrict) + 1) * 10);
    dep.text.push(search.searchText);
    dep.tokens.push(search.searchTokens.join(' '));
    for (const year of DEMO_YEARS) {
      const title = reportTitle(name, year);
      if (normalizeSearchText(title) !== title) throw new Error(`a bench title must be in normal form: ${title}`);
      const { bodyTokens } = templates.get(`${demo[templateIndex]!.id}:${year}`)!;
      rep.department.push(id);
      rep.year.push(year);
      rep.template.push(faulty ? templateIndex + demo.length : templateIndex);
      rep.title.push(title);
      // The title's tokens the template body does not already hold: body ∪ title, without duplicates.
      rep.extra.push(searchTokens(title).filter((token) => !bodyTokens.has(token)).join(' '));
      rep.day.push((n * 7 + year * 3) % PUBLICATION_DAYS);
    }
  }
  return {
    departments: [dep.id, dep.district, dep.slug, dep.name, dep.short, dep.sort, dep.text, dep.tokens, DEMO_YEARS.length],
    reports: [rep.department, rep.year, rep.template, rep.title, rep.extra, rep.day, PUBLIC_DETAILS_VERSION],
  };
}

/** A template's row of bench_templates (statement insertTemplate): its content when it differs from the edition's, and its detail rows as arrays. */
function templateParameters(idx: number, year: number, template: Template, faulty: boolean): unknown[] {
  const details = faulty ? template.faulty.details : template.details;
  return [
    idx,
    year,
    template.editionId,
    faulty ? JSON.stringify(template.faulty.content) : null,
    template.body,
    [...template.bodyTokens].join(' '),
    details.cells.map((cell) => cell.tableId),
    details.cells.map((cell) => cell.rowKey),
    details.cells.map((cell) => cell.columnKey),
    details.cells.map((cell) => cell.value),
    details.cells.map((cell) => cell.computed),
    details.issues.map((issue) => issue.key),
    details.issues.map((issue) => issue.ruleId),
    details.texts.map((text) => text.sectionId),
    details.texts.map((text) => `{${text.fingerprints.join(',')}}`),
  ];
}

interface Added {
  ginIndexes: GinIndex[];
  deferred: Deferred[];
  /** The cells whose change makes the templates faulty. */
  faultyCells: string[];
}

/** Adds the bench districts and departments (with their reports and detail rows) up to `total` departments. */
async function addDepartments(url: string, client: pg.Client, total: number, log: (line: string) => void): Promise<Added> {
  const { demo, templates } = await readTemplates(client);
  const added = total - demo.length;
  if (added <= 0) return { ginIndexes: [], deferred: [], faultyCells: [] };
  const districts = Math.min(MAX_DISTRICTS, added);
  const layout: Layout = { demo, templates, perDistrict: Math.ceil(added / districts) };
  const sql = bulkInsertStatements();

  await client.query(sql.createTemplateTable);
  for (const [index, department] of demo.entries()) {
    for (const year of DEMO_YEARS) {
      const template = templates.get(`${department.id}:${year}`)!;
      await client.query(sql.insertTemplate, templateParameters(index, year, template, false));
      await client.query(sql.insertTemplate, templateParameters(index + demo.length, year, template, true));
    }
  }
  await client.query(sql.insertDistricts, [districts]);
  // The GIN indexes of the search tokens, and every index and key of the
  // detail tables, are built once at the end (several times faster than
  // keeping them up to date row by row), with the same definitions.
  const { rows: ginIndexes } = await client.query<GinIndex>(sql.listGinIndexes);
  for (const index of ginIndexes) await client.query(`DROP INDEX "${index.name}"`);
  const deferred = await dropDeferred(client);
  const workers = Math.max(1, Math.min(4, availableParallelism()));
  const cells = [...templates.values()].reduce((sum, template) => sum + template.details.cells.length, 0) / templates.size;
  log(`Adding ${added} departments in ${districts} districts, ${added * DEMO_YEARS.length} published reports with about ${Math.round(cells)} cells each (${workers} connections) …`);

  // Compressing each row's token list and writing the cells are most of the work: one connection per core.
  const started = performance.now();
  let next = 1;
  let done = 0;
  const worker = async () => {
    const connection = new pg.Client({ connectionString: url });
    await connection.connect();
    try {
      while (next <= added) {
        const first = next;
        const last = Math.min(added, first + BATCH_DEPARTMENTS - 1);
        next = last + 1;
        const arrays = batchArrays(layout, first, last);
        await connection.query('BEGIN');
        await connection.query(sql.insertDepartments, arrays.departments);
        await connection.query(sql.insertReports, arrays.reports);
        await connection.query('COMMIT');
        done += last - first + 1;
        log(`  … ${done}/${added} departments (${((performance.now() - started) / 1000).toFixed(1)} s)`);
      }
    } finally {
      await connection.end();
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  await client.query(sql.dropTemplateTable);
  const faultyCells = [...new Set([...templates.values()].map((template) => template.faulty.cell))].sort();
  return { ginIndexes, deferred, faultyCells };
}

/** District deadlines for DEADLINE_YEARS, and a reminder to each department that published after its district's. */
async function addDeadlines(client: pg.Client): Promise<void> {
  const sql = bulkInsertStatements();
  await client.query(sql.insertDeadlines, [DEADLINE_YEARS[0], DEADLINE_YEARS[1]]);
  await client.query(sql.insertReminders);
}

interface GinIndex {
  name: string;
  definition: string;
}

interface Step {
  label: string;
  sql: string;
}

/**
 * Runs chains of statements on `connections` connections: each free connection
 * takes the next chain and runs its steps in order. Logs each step's time.
 */
async function runChains(url: string, chains: Step[][], connections: number, log: (line: string) => void): Promise<void> {
  const queue = chains.filter((chain) => chain.length > 0);
  const worker = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      // Each connection has a core: no parallel workers on top. (More memory,
      // enough to sort a province's 20 million cells in memory, was slower.)
      await client.query(`SET maintenance_work_mem = '1GB'`);
      await client.query('SET max_parallel_maintenance_workers = 0');
      for (let chain = queue.shift(); chain; chain = queue.shift()) {
        for (const step of chain) {
          const started = performance.now();
          await client.query(step.sql);
          log(`  ${step.label} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
        }
      }
    } finally {
      await client.end();
    }
  };
  await Promise.all(Array.from({ length: Math.min(connections, queue.length) }, worker));
}

/**
 * Rebuilds the dropped indexes and keys and runs VACUUM ANALYZE (visibility
 * map for index-only scans, statistics for the planner; autovacuum then has
 * nothing left to do during the measurements), on two connections. First the
 * indexes (several at once on one table: CREATE INDEX takes a SHARE lock; a
 * primary key is built as its unique index) alongside public_reports
 * (vacuumed before its GIN index exists, then the index) and the other large
 * tables; then the keys are attached and the foreign keys validated (one join
 * each), and the remaining tables vacuumed.
 */
async function indexAndVacuum(url: string, added: Added, log: (line: string) => void): Promise<void> {
  const connections = 2;
  const builds = added.deferred.flatMap((row) => {
    const { build } = restoreStatements(row);
    return build ? [{ table: row.table, kind: row.kind, step: { label: `built ${row.name}`, sql: build } }] : [];
  });
  const cells = (kind: Deferred['kind'], nth = 0) =>
    builds.filter((build) => build.table === 'public_report_cells' && build.kind === kind).slice(nth, nth + 1).map((build) => [build.step]);
  // Two connections, about 290 s of work at province size: the two largest
  // chains start (district index 95 s, public_reports ~80 s), then the year
  // index (80 s) and the key (35 s) follow, so both end at about the same time.
  await runChains(
    url,
    [
      ...cells('index', 0),
      [
        { label: 'VACUUM ANALYZE public_reports', sql: 'VACUUM (ANALYZE) public_reports' },
        ...added.ginIndexes.map((index) => ({ label: `rebuilt ${index.name}`, sql: index.definition })),
        { label: 'VACUUM ANALYZE reports, report_editions', sql: 'VACUUM (ANALYZE) reports, report_editions' },
      ],
      ...cells('index', 1),
      ...cells('primary'),
      builds.filter((build) => build.table !== 'public_report_cells').map((build) => build.step),
    ],
    connections,
    log,
  );
  const attach = (kind: Deferred['kind']) =>
    added.deferred.filter((row) => row.kind === kind).map((row) => ({ label: `${kind === 'primary' ? 'attached' : 'validated'} ${row.name}`, sql: restoreStatements(row).attachKey! }));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let others: string[];
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT quote_ident(relname) AS name FROM pg_stat_user_tables
       WHERE schemaname = 'public' AND relname NOT IN ('public_reports', 'reports', 'report_editions', 'public_report_cells') ORDER BY relname`,
    );
    others = rows.map((row) => row.name);
  } finally {
    await client.end();
  }
  await runChains(
    url,
    [
      [...attach('primary'), ...attach('foreign'), { label: 'VACUUM ANALYZE public_report_cells', sql: 'VACUUM (ANALYZE) public_report_cells' }],
      [{ label: `VACUUM ANALYZE the ${others.length} other tables`, sql: `VACUUM (ANALYZE) ${others.join(', ')}` }],
    ],
    connections,
    log,
  );
}

/** Builds the whole dataset in the (empty) database at `url`. */
export async function loadDataset(url: string, departments: number, log: (line: string) => void): Promise<DatasetInfo> {
  const seedStarted = performance.now();
  await seedDemo(url, log);
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    const added = await addDepartments(url, client, departments, log);
    await addDeadlines(client);
    const inserted = performance.now();
    await indexAndVacuum(url, added, log);
    const loadSeconds = (performance.now() - started) / 1000;
    const phases = [
      { label: 'inserts', seconds: (inserted - started) / 1000 },
      { label: 'indexes, keys, VACUUM ANALYZE', seconds: (performance.now() - inserted) / 1000 },
    ];
    log(`Checked the search fields of ${await checkSearchFields(client)} reports and their departments against the app's code.`);
    const details = await checkPublicDetails(client, DEMO_DISTRICT_CODE);
    log(`Checked the cells, rule failures and text fingerprints of ${details.checked} reports (${details.faulty} faulty, ${details.demo} written by the app) against the app's code; ${details.missing} public reports without current details.`);
    if (details.missing > 0) throw new Error(`${details.missing} public reports have no detail rows of version ${PUBLIC_DETAILS_VERSION}`);
    const counts = await countRows(client);
    const sizes = await tableSizes(client);
    const { rows: sample } = await client.query<{ slug: string; name: string; code: string }>(
      `SELECT d.slug, d.name, x.code FROM departments d JOIN districts x ON x.id = d.district_id
       ORDER BY (x.code = $1), d.district_id DESC, d.sort_order LIMIT 1`,
      [DEMO_DISTRICT_CODE],
    );
    const { rows: district } = await client.query<{ code: string }>(`SELECT code FROM districts ORDER BY (code = $1), id LIMIT 1`, [DEMO_DISTRICT_CODE]);
    const { rows: largest } = await client.query<{ code: string; departments: number }>(
      `SELECT x.code, count(*)::int AS departments FROM districts x JOIN departments d ON d.district_id = x.id AND d.active
       GROUP BY x.code ORDER BY count(*) DESC, x.code LIMIT 1`,
    );
    const oversightYear = Math.max(...DEMO_YEARS);
    const { rows: cell } = await client.query<{ key: string }>(
      `SELECT c.table_id || '.' || c.row_key || '.' || c.column_key AS key
       FROM public_report_cells c JOIN districts x ON x.id = c.district_id
       WHERE x.code = $1 AND c.year = $2 GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
      [largest[0]!.code, oversightYear],
    );
    const info: DatasetInfo = {
      departments: counts.departments!,
      districts: counts.districts!,
      publicReports: counts.public_reports!,
      loadSeconds,
      seedSeconds,
      sample: { slug: sample[0]!.slug, name: sample[0]!.name, districtCode: sample[0]!.code },
      districtCode: district[0]!.code,
      largestDistrict: largest[0]!,
      oversightYear,
      summaryCell: cell[0]!.key,
      counts,
      sizes,
      phases,
      faultyCell: added.faultyCells.length ? added.faultyCells.join(', ') : null,
    };
    return info;
  } finally {
    await client.end();
  }
}
