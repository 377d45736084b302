// The benchmark's dataset: the demo district 章贡区 (22 departments, every
// report 2019–2025 published, seeded through the app's own seed code), widened
// with plain SQL to `--departments N` departments spread over about 100 new
// districts (测试县001 …), each with a published report for every year, as the
// app would have written them: reports, report_editions, the public index
// (public_reports) and the departments' search fields. A bench report copies
// the content of a template, the demo report of the same year of demo
// department (n mod 22); its search text and tokens are the template's with the
// title replaced, exactly what lib/search/chinese-search.ts would compute.
// Bulk inserts (./dataset-sql.ts): one statement per table and batch of
// departments, arrays passed with unnest, one connection per core; the GIN
// indexes of the search tokens are dropped first and rebuilt at the end (same
// definition); then VACUUM ANALYZE. 14,286 departments (100,000 reports) take
// about a minute on two idle cores: compressing each row's token list and
// building the GIN index are most of it.
import { availableParallelism } from 'node:os';
import pg from 'pg';
import { createDbClient } from '@/lib/db/create-client';
import { departmentSearchFields } from '@/lib/public/public-index';
import { reportTitle } from '@/lib/report-format/title';
import { normalizeSearchText, searchTokens } from '@/lib/search/chinese-search';
import { DEMO_YEARS, seedDemoReports } from '@/prisma/seed/demo-reports';
import { prepareDatabase } from '../lib/prepare-database';
import { checkSearchFields } from './dataset-check';
import { bulkInsertStatements, countRows } from './dataset-sql';

export { tuneThrowawayServer } from './dataset-sql';

const DEMO_DISTRICT_CODE = 'zhanggong';
const MAX_DISTRICTS = 100;
const BATCH_DEPARTMENTS = 1000;

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
  counts: Record<string, number>;
}

interface Template {
  editionId: string;
  /** The template's normalised search text without its first line (its own title). */
  body: string;
  bodyTokens: Set<string>;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Migrations, the demo district with every report 2019–2025 published (through the app's seed code). */
async function seedDemo(url: string, log: (line: string) => void): Promise<void> {
  await prepareDatabase(url, { demoReports: false, log });
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
  const { rows } = await client.query<{ department_id: string; year: number; edition_id: string; search_text: string }>(
    `SELECT department_id, year, edition_id, search_text FROM public_reports WHERE district_id = $1`,
    [demo[0]?.district_id ?? ''],
  );
  const templates = new Map<string, Template>();
  for (const row of rows) {
    const body = row.search_text.slice(row.search_text.indexOf('\n') + 1);
    templates.set(`${row.department_id}:${row.year}`, { editionId: row.edition_id, body, bodyTokens: new Set(searchTokens(body)) });
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
      rep.template.push(templateIndex);
      rep.title.push(title);
      // The title's tokens the template body does not already hold: body ∪ title, without duplicates.
      rep.extra.push(searchTokens(title).filter((token) => !bodyTokens.has(token)).join(' '));
      rep.day.push((n % 28) + 1);
    }
  }
  return {
    departments: [dep.id, dep.district, dep.slug, dep.name, dep.short, dep.sort, dep.text, dep.tokens, DEMO_YEARS.length],
    reports: [rep.department, rep.year, rep.template, rep.title, rep.extra, rep.day],
  };
}

/** Adds the bench districts and departments (with their reports) up to `total` departments. */
async function addDepartments(url: string, client: pg.Client, total: number, log: (line: string) => void): Promise<GinIndex[]> {
  const { demo, templates } = await readTemplates(client);
  const added = total - demo.length;
  if (added <= 0) return [];
  const districts = Math.min(MAX_DISTRICTS, added);
  const layout: Layout = { demo, templates, perDistrict: Math.ceil(added / districts) };
  const sql = bulkInsertStatements();

  await client.query(sql.createTemplateTable);
  const templateRows = demo.flatMap((department, index) =>
    DEMO_YEARS.map((year) => ({ index, year, template: templates.get(`${department.id}:${year}`)! })),
  );
  await client.query(sql.insertTemplates, [
    templateRows.map((row) => row.index),
    templateRows.map((row) => row.year),
    templateRows.map((row) => row.template.editionId),
    templateRows.map((row) => row.template.body),
    templateRows.map((row) => [...row.template.bodyTokens].join(' ')),
  ]);
  await client.query(sql.insertDistricts, [districts]);
  // The GIN indexes of the search tokens are built once at the end (several
  // times faster than keeping them up to date row by row), with the same definition.
  const { rows: ginIndexes } = await client.query<GinIndex>(sql.listGinIndexes);
  for (const index of ginIndexes) await client.query(`DROP INDEX "${index.name}"`);
  const workers = Math.max(1, Math.min(4, availableParallelism()));
  log(`Adding ${added} departments in ${districts} districts, ${added * DEMO_YEARS.length} published reports (${workers} connections) …`);

  // Compressing each row's token list is most of the work: one connection per core.
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
  return ginIndexes;
}

interface GinIndex {
  name: string;
  definition: string;
}

/**
 * Rebuilds the GIN indexes and runs VACUUM ANALYZE (visibility map for
 * index-only scans, statistics for the planner; autovacuum then has nothing
 * left to do during the measurements). Two connections: public_reports
 * (vacuumed before its GIN index exists, then the index) alongside the other
 * large tables, then everything else.
 */
async function indexAndVacuum(url: string, ginIndexes: GinIndex[], log: (line: string) => void): Promise<void> {
  const [first, second] = [new pg.Client({ connectionString: url }), new pg.Client({ connectionString: url })];
  await Promise.all([first.connect(), second.connect()]);
  const timed = async (client: pg.Client, sql: string, label: string) => {
    const started = performance.now();
    await client.query(sql);
    log(`  ${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  };
  try {
    await first.query(`SET maintenance_work_mem = '1GB'`);
    await Promise.all([
      (async () => {
        await timed(first, 'VACUUM (ANALYZE) public_reports', 'VACUUM ANALYZE public_reports');
        for (const index of ginIndexes) await timed(first, index.definition, `rebuilt ${index.name}`);
      })(),
      timed(second, 'VACUUM (ANALYZE) reports, report_editions', 'VACUUM ANALYZE reports, report_editions'),
    ]);
    const { rows } = await first.query<{ name: string }>(
      `SELECT quote_ident(relname) AS name FROM pg_stat_user_tables WHERE schemaname = 'public' AND relname NOT IN ('public_reports', 'reports', 'report_editions')`,
    );
    await timed(first, `VACUUM (ANALYZE) ${rows.map((row) => row.name).join(', ')}`, `VACUUM ANALYZE the ${rows.length} other tables`);
  } finally {
    await Promise.all([first.end(), second.end()]);
  }
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
    const ginIndexes = await addDepartments(url, client, departments, log);
    await indexAndVacuum(url, ginIndexes, log);
    const loadSeconds = (performance.now() - started) / 1000;
    log(`Checked the search fields of ${await checkSearchFields(client)} reports and their departments against the app's code.`);
    const counts = await countRows(client);
    const { rows: sample } = await client.query<{ slug: string; name: string; code: string }>(
      `SELECT d.slug, d.name, x.code FROM departments d JOIN districts x ON x.id = d.district_id
       ORDER BY (x.code = $1), d.district_id DESC, d.sort_order LIMIT 1`,
      [DEMO_DISTRICT_CODE],
    );
    const { rows: district } = await client.query<{ code: string }>(`SELECT code FROM districts ORDER BY (code = $1), id LIMIT 1`, [DEMO_DISTRICT_CODE]);
    const info: DatasetInfo = {
      departments: counts.departments!,
      districts: counts.districts!,
      publicReports: counts.public_reports!,
      loadSeconds,
      seedSeconds,
      sample: { slug: sample[0]!.slug, name: sample[0]!.name, districtCode: sample[0]!.code },
      districtCode: district[0]!.code,
      counts,
    };
    return info;
  } finally {
    await client.end();
  }
}
