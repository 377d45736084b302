// The SQL of the benchmark's bulk load (./dataset.ts): a scratch table of
// templates (the demo reports' content, search body and body tokens, and the
// detail rows of ./dataset-details.ts as arrays), the bench districts from
// generate_series, and per batch of departments one INSERT … SELECT FROM
// unnest(arrays) for the departments and one statement that writes their
// reports, editions, public index rows and detail rows (cells, rule failures,
// text fingerprints) together (the foreign keys between reports and
// report_editions point both ways; they are checked at the end of the
// statement). The detail rows of a report are its template's: one lateral
// unnest of the template's arrays per report, so each report's rows lie
// together, as when the app writes them one publication at a time. Token
// lists travel as space-separated strings: a token is letters and digits only,
// never a space. Then the district deadlines and the reminders of late
// departments; the indexes and constraints dropped during the load and rebuilt
// after it; the row counts and table sizes printed afterwards and the server
// settings for the bulk load.
import pg from 'pg';

/** Tables whose indexes and constraints are dropped for the load and rebuilt after it (same definitions, read from the catalog). */
export const DEFERRED_TABLES = ['public_report_cells', 'public_report_texts'];

export interface Deferred {
  table: string;
  name: string;
  /** index: CREATE [UNIQUE] INDEX …; primary: the CREATE UNIQUE INDEX of the key, then ADD CONSTRAINT … USING INDEX; foreign: ADD CONSTRAINT … FOREIGN KEY. */
  kind: 'index' | 'primary' | 'foreign';
  definition: string;
}

export function bulkInsertStatements() {
  return {
    createTemplateTable: `
      CREATE UNLOGGED TABLE bench_templates (
        idx int NOT NULL, year int NOT NULL, format_id text NOT NULL, content jsonb NOT NULL,
        body text NOT NULL, tokens text[] NOT NULL,
        cell_table text[] NOT NULL, cell_row text[] NOT NULL, cell_column text[] NOT NULL, cell_value float8[] NOT NULL, cell_computed bool[] NOT NULL,
        issue_key text[] NOT NULL, issue_rule text[] NOT NULL, text_section text[] NOT NULL, text_prints text[] NOT NULL,
        PRIMARY KEY (idx, year))`,

    dropTemplateTable: `DROP TABLE bench_templates`,

    /** The GIN indexes of departments and public_reports, with their definitions (CREATE INDEX …). */
    listGinIndexes: `
      SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition
      FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid JOIN pg_am a ON a.oid = i.relam
      WHERE a.amname = 'gin' AND t.relname IN ('departments', 'public_reports') AND t.relnamespace = 'public'::regnamespace`,

    /** Every index and constraint (primary and foreign keys) of the tables $1 (Deferred rows). */
    listDeferred: `
      SELECT t.relname AS "table", c.conname AS name, CASE c.contype WHEN 'p' THEN 'primary' ELSE 'foreign' END AS kind,
        CASE c.contype WHEN 'p' THEN pg_get_indexdef(c.conindid) ELSE pg_get_constraintdef(c.oid) END AS definition
      FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
      WHERE t.relname = ANY($1::text[]) AND t.relnamespace = 'public'::regnamespace AND c.contype IN ('p', 'f')
      UNION ALL
      SELECT t.relname, i.relname, 'index', pg_get_indexdef(i.oid)
      FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
      WHERE t.relname = ANY($1::text[]) AND t.relnamespace = 'public'::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid AND c.conrelid = t.oid)
      ORDER BY 1, 3, 2`,

    /**
     * One template: $1 department index (a faulty variant: + the number of
     * demo departments), $2 year, $3 template edition id, $4 its content when
     * it differs from the edition's (JSON, else null), $5 search body, $6 body
     * tokens (space-separated), $7–$11 its cells, $12–$13 its rule failures,
     * $14–$15 its text sections with their fingerprints as int4[] literals.
     */
    insertTemplate: `
      INSERT INTO bench_templates (idx, year, format_id, content, body, tokens, cell_table, cell_row, cell_column, cell_value, cell_computed,
        issue_key, issue_rule, text_section, text_prints)
      SELECT $1::int, $2::int, e.format_id, coalesce($4::jsonb, e.content), $5::text, string_to_array($6::text, ' '),
        $7::text[], $8::text[], $9::text[], $10::float8[], $11::bool[], $12::text[], $13::text[], $14::text[], $15::text[]
      FROM report_editions e WHERE e.id = $3::text`,

    /** $1 number of districts: dbench001 / bench-d001 / 测试县001 … */
    insertDistricts: `
      INSERT INTO districts (id, code, name, full_name, government_name, portal_name, created_at, updated_at)
      SELECT 'dbench' || n, 'bench-d' || n, '测试县' || n, '测试市测试县' || n, '测试县' || n || '人民政府', '测试县' || n || '人民政府网站', now(), now()
      FROM (SELECT lpad(i::text, 3, '0') AS n FROM generate_series(1, $1::int) AS i) s`,

    /** $1 id, $2 district id, $3 slug, $4 name, $5 short name, $6 sort order, $7 search text, $8 tokens, $9 published reports. */
    insertDepartments: `
      INSERT INTO departments (id, district_id, slug, name, short_name, sort_order, address, phone, email, active,
        created_at, updated_at, search_text, search_tokens, published_reports)
      SELECT u.id, u.district_id, u.slug, u.name, u.short_name, u.sort_order,
        x.name || '测试路' || ltrim(substr(u.slug, 2), '0') || '号', '0797-9' || substr(u.slug, 2), u.slug || '@bench.example.gov.cn', true,
        now(), now(), u.search_text, string_to_array(u.search_tokens, ' '), $9::int
      FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[])
        AS u(id, district_id, slug, name, short_name, sort_order, search_text, search_tokens)
      JOIN districts x ON x.id = u.district_id`,

    /**
     * $1 department id, $2 year, $3 template index, $4 title (already in normal
     * form), $5 the title's tokens missing from the template body, $6 days after
     * 1 January of the next year it was published (0–34: some after the legal
     * deadline of 31 January), $7 PUBLIC_DETAILS_VERSION. The search text is
     * the title and the template's body, the tokens the body's and the title's;
     * the detail rows are the template's. Submitted three days before
     * publication, signed off and so forwarded to the district a day later.
     */
    insertReports: `
      WITH input AS (
        SELECT u.department_id, u.year, u.idx, u.title, u.extra, t.format_id, t.content, t.body, t.tokens,
          d.district_id, d.sort_order, d.slug, d.name, u.day,
          'c' || substr(md5('bench-report:' || u.department_id || ':' || u.year), 1, 24) AS report_id,
          'e' || substr(md5('bench-edition:' || u.department_id || ':' || u.year), 1, 24) AS edition_id,
          make_timestamp(u.year + 1, 1, 1, 1 + u.day % 8, u.day, 0) + u.day * interval '1 day' AS published_at
        FROM unnest($1::text[], $2::int[], $3::int[], $4::text[], $5::text[], $6::int[]) AS u(department_id, year, idx, title, extra, day)
        JOIN bench_templates t ON t.idx = u.idx AND t.year = u.year
        JOIN departments d ON d.id = u.department_id
      ),
      new_reports AS (
        INSERT INTO reports (id, department_id, year, format_id, status, content, version, edition_number, is_demo,
          view_count, submitted_at, published_edition_id, first_forwarded_at, first_published_at, created_at, updated_at)
        SELECT report_id, department_id, year, format_id, 'PUBLISHED'::"ReportStatus", content, 3, 1, true,
          (day + 1) * 13, published_at - interval '3 days', edition_id, published_at - interval '2 days', published_at,
          published_at - interval '10 days', published_at
        FROM input
      ),
      new_editions AS (
        INSERT INTO report_editions (id, report_id, number, format_id, content, title, published_at)
        SELECT edition_id, report_id, 1, format_id, content, title, published_at FROM input
      ),
      new_public AS (
        INSERT INTO public_reports (report_id, edition_id, department_id, district_id, year, department_sort, department_slug,
          department_name, title, edition_number, published_at, first_published_at, is_demo, search_text, search_tokens, details_version)
        SELECT report_id, edition_id, department_id, district_id, year, sort_order, slug, name, title, 1, published_at, published_at, true,
          title || E'\\n' || body, tokens || string_to_array(extra, ' '), $7::int
        FROM input
      ),
      new_cells AS (
        INSERT INTO public_report_cells (report_id, district_id, department_id, year, table_id, row_key, column_key, value, computed)
        SELECT i.report_id, i.district_id, i.department_id, i.year, c.table_id, c.row_key, c.column_key, c.value, c.computed
        FROM input i JOIN bench_templates t ON t.idx = i.idx AND t.year = i.year
          CROSS JOIN LATERAL unnest(t.cell_table, t.cell_row, t.cell_column, t.cell_value, t.cell_computed) AS c(table_id, row_key, column_key, value, computed)
      ),
      new_issues AS (
        INSERT INTO public_report_issues (report_id, key, rule_id)
        SELECT i.report_id, x.key, x.rule_id
        FROM input i JOIN bench_templates t ON t.idx = i.idx AND t.year = i.year
          CROSS JOIN LATERAL unnest(t.issue_key, t.issue_rule) AS x(key, rule_id)
      )
      INSERT INTO public_report_texts (report_id, section_id, district_id, department_id, year, fingerprints)
      SELECT i.report_id, s.section_id, i.district_id, i.department_id, i.year, s.prints::int4[]
      FROM input i JOIN bench_templates t ON t.idx = i.idx AND t.year = i.year
        CROSS JOIN LATERAL unnest(t.text_section, t.text_prints) AS s(section_id, prints)`,

    /**
     * The district's own deadlines (报送 15 January, 发布 25 January of the next
     * year) for $1 first year … $2 last year, for three districts in four (by
     * code; the first has them): the dashboard shows districts with and without.
     * Automatic reminders off: the server under test sends none.
     */
    insertDeadlines: `
      INSERT INTO district_deadlines (id, district_id, year, submit_by, publish_by, reminders_enabled, updated_at)
      SELECT 'bench-dl-' || x.id || '-' || y, x.id, y, make_date(y + 1, 1, 15), make_date(y + 1, 1, 25), false, now()
      FROM (SELECT id, row_number() OVER (ORDER BY code) AS n FROM districts) x CROSS JOIN generate_series($1::int, $2::int) AS y
      WHERE x.n % 4 <> 0
      ON CONFLICT (district_id, year) DO NOTHING`,

    /** A reminder (by a person, the day after the district's 发布 deadline) to each department that published after it. */
    insertReminders: `
      INSERT INTO reminders (id, department_id, year, deadline, days_before, sent_by_name, recipients, message, sent_at)
      SELECT 'bench-rem-' || p.report_id, p.department_id, p.year, 'publish', NULL, '区政务公开办', 2,
        '请尽快发布' || p.year || '年度政府信息公开工作年度报告。', dl.publish_by + interval '1 day 2 hours'
      FROM public_reports p JOIN district_deadlines dl ON dl.district_id = p.district_id AND dl.year = p.year
      WHERE p.first_published_at >= dl.publish_by + interval '1 day 2 hours'`,
  };
}

/** Drops the indexes and constraints of DEFERRED_TABLES; returns their definitions for restoreStatements. */
export async function dropDeferred(client: pg.Client): Promise<Deferred[]> {
  const { rows } = await client.query<Deferred>(bulkInsertStatements().listDeferred, [DEFERRED_TABLES]);
  for (const row of rows.filter((each) => each.kind === 'foreign')) await client.query(`ALTER TABLE "${row.table}" DROP CONSTRAINT "${row.name}"`);
  for (const row of rows.filter((each) => each.kind === 'primary')) await client.query(`ALTER TABLE "${row.table}" DROP CONSTRAINT "${row.name}"`);
  for (const row of rows.filter((each) => each.kind === 'index')) await client.query(`DROP INDEX "${row.name}"`);
  return rows;
}

/**
 * The statements that rebuild a deferred index or key. A primary key is built
 * as a unique index (a SHARE lock: other indexes of the table can be built at
 * the same time) and then made the key (attachKey).
 */
export function restoreStatements(row: Deferred): { build: string | null; attachKey: string | null } {
  if (row.kind === 'index') return { build: row.definition, attachKey: null };
  if (row.kind === 'primary') return { build: row.definition, attachKey: `ALTER TABLE "${row.table}" ADD CONSTRAINT "${row.name}" PRIMARY KEY USING INDEX "${row.name}"` };
  return { build: null, attachKey: `ALTER TABLE "${row.table}" ADD CONSTRAINT "${row.name}" ${row.definition}` };
}

export async function countRows(client: pg.Client): Promise<Record<string, number>> {
  const { rows } = await client.query<Record<string, number>>(`
    SELECT (SELECT count(*) FROM districts)::int AS districts,
      (SELECT count(*) FROM departments)::int AS departments,
      (SELECT count(*) FROM users)::int AS users,
      (SELECT count(*) FROM reports)::int AS reports,
      (SELECT count(*) FROM reports WHERE status = 'PUBLISHED' AND published_edition_id IS NOT NULL)::int AS "reports published",
      (SELECT count(*) FROM report_editions)::int AS report_editions,
      (SELECT count(*) FROM public_reports)::int AS public_reports,
      (SELECT count(*) FROM public_reports WHERE details_version = 0)::int AS "public_reports without details",
      (SELECT count(*) FROM public_report_cells)::int AS public_report_cells,
      (SELECT count(*) FROM public_report_issues)::int AS public_report_issues,
      (SELECT count(*) FROM public_report_texts)::int AS public_report_texts,
      (SELECT count(*) FROM district_deadlines)::int AS district_deadlines,
      (SELECT count(*) FROM reminders)::int AS reminders,
      (SELECT count(*) FROM audit_events)::int AS audit_events`);
  return rows[0]!;
}

export interface TableSize {
  table: string;
  rows: number;
  /** Heap (with TOAST), MB. */
  tableMb: number;
  /** All indexes, MB. */
  indexMb: number;
  /** Each index, MB. */
  indexes: { name: string; mb: number }[];
}

/** Rows and sizes of the large tables (rows as estimated after ANALYZE). */
export async function tableSizes(client: pg.Client, tables = ['public_report_cells', 'public_report_texts', 'public_report_issues', 'public_reports', 'report_editions', 'reports']): Promise<TableSize[]> {
  const MB = 1024 * 1024;
  const { rows } = await client.query<{ table: string; rows: string; table_bytes: string; index_bytes: string; indexes: { name: string; bytes: number }[] }>(
    `SELECT t.relname AS table, t.reltuples::bigint AS rows, pg_table_size(t.oid) AS table_bytes, pg_indexes_size(t.oid) AS index_bytes,
       (SELECT coalesce(json_agg(json_build_object('name', i.relname, 'bytes', pg_relation_size(i.oid)) ORDER BY i.relname), '[]')
        FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = t.oid) AS indexes
     FROM pg_class t WHERE t.relname = ANY($1::text[]) AND t.relnamespace = 'public'::regnamespace AND t.relkind = 'r'
     ORDER BY pg_total_relation_size(t.oid) DESC`,
    [tables],
  );
  return rows.map((row) => ({
    table: row.table,
    rows: Number(row.rows),
    tableMb: Number(row.table_bytes) / MB,
    indexMb: Number(row.index_bytes) / MB,
    indexes: row.indexes.map((index) => ({ name: index.name, mb: index.bytes / MB })),
  }));
}

/** Settings for the bulk load only, reset by untuneThrowawayServer before anything is measured. */
const LOAD_ONLY_SETTINGS = ['fsync', 'full_page_writes'];

/**
 * Settings for a bulk load on a throwaway server this benchmark started (never
 * on a server named by TEST_DATABASE_URL): fewer checkpoints, and, while the
 * dataset loads, no fsync and no full-page images (a crash would lose a
 * database that is thrown away anyway); the bulk inserts wait for the disk
 * several times less.
 */
export async function tuneThrowawayServer(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`ALTER SYSTEM SET max_wal_size = '16GB'`);
    await client.query(`ALTER SYSTEM SET checkpoint_timeout = '30min'`);
    for (const setting of LOAD_ONLY_SETTINGS) await client.query(`ALTER SYSTEM SET ${setting} = off`);
    await client.query('SELECT pg_reload_conf()');
  } finally {
    await client.end();
  }
}

/** After the load: fsync and full-page images as on a real server again, so that writes during the measurements cost what they cost. */
export async function untuneThrowawayServer(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const setting of LOAD_ONLY_SETTINGS) await client.query(`ALTER SYSTEM RESET ${setting}`);
    await client.query('SELECT pg_reload_conf()');
    await client.query('CHECKPOINT');
  } finally {
    await client.end();
  }
}
