// The SQL of the benchmark's bulk load (./dataset.ts): a scratch table of
// templates (the demo reports' content, search body and body tokens), the
// bench districts from generate_series, and per batch of departments one
// INSERT … SELECT FROM unnest(arrays) for the departments and one statement
// that writes their reports, editions and public index rows together (the
// foreign keys between reports and report_editions point both ways; they are
// checked at the end of the statement). Token lists travel as space-separated
// strings: a token is letters and digits only, never a space. Also the row
// counts printed afterwards and the server settings for the bulk load.
import pg from 'pg';

export function bulkInsertStatements() {
  return {
    createTemplateTable: `
      CREATE UNLOGGED TABLE bench_templates (
        idx int NOT NULL, year int NOT NULL, format_id text NOT NULL, content jsonb NOT NULL,
        body text NOT NULL, tokens text[] NOT NULL, PRIMARY KEY (idx, year))`,

    dropTemplateTable: `DROP TABLE bench_templates`,

    /** The GIN indexes of departments and public_reports, with their definitions (CREATE INDEX …). */
    listGinIndexes: `
      SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition
      FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid JOIN pg_am a ON a.oid = i.relam
      WHERE a.amname = 'gin' AND t.relname IN ('departments', 'public_reports') AND t.relnamespace = 'public'::regnamespace`,

    /** $1 department index, $2 year, $3 template edition id, $4 search body, $5 body tokens (space-separated). */
    insertTemplates: `
      INSERT INTO bench_templates (idx, year, format_id, content, body, tokens)
      SELECT u.idx, u.year, e.format_id, e.content, u.body, string_to_array(u.tokens, ' ')
      FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[]) AS u(idx, year, edition_id, body, tokens)
      JOIN report_editions e ON e.id = u.edition_id`,

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
     * form), $5 the title's tokens missing from the template body, $6 day of
     * January of the next year it was published. The search text is the title
     * and the template's body, the tokens the body's and the title's.
     */
    insertReports: `
      WITH input AS (
        SELECT u.department_id, u.year, u.title, u.extra, t.format_id, t.content, t.body, t.tokens,
          d.district_id, d.sort_order, d.slug, d.name, u.day,
          'c' || substr(md5('bench-report:' || u.department_id || ':' || u.year), 1, 24) AS report_id,
          'e' || substr(md5('bench-edition:' || u.department_id || ':' || u.year), 1, 24) AS edition_id,
          make_timestamp(u.year + 1, 1, u.day, 1 + u.day % 8, u.day, 0) AS published_at
        FROM unnest($1::text[], $2::int[], $3::int[], $4::text[], $5::text[], $6::int[]) AS u(department_id, year, idx, title, extra, day)
        JOIN bench_templates t ON t.idx = u.idx AND t.year = u.year
        JOIN departments d ON d.id = u.department_id
      ),
      new_reports AS (
        INSERT INTO reports (id, department_id, year, format_id, status, content, version, edition_number, is_demo,
          view_count, submitted_at, published_edition_id, first_published_at, created_at, updated_at)
        SELECT report_id, department_id, year, format_id, 'PUBLISHED'::"ReportStatus", content, 3, 1, true,
          day * 13, published_at - interval '3 days', edition_id, published_at, published_at - interval '10 days', published_at
        FROM input
      ),
      new_editions AS (
        INSERT INTO report_editions (id, report_id, number, format_id, content, title, published_at)
        SELECT edition_id, report_id, 1, format_id, content, title, published_at FROM input
      )
      INSERT INTO public_reports (report_id, edition_id, department_id, district_id, year, department_sort, department_slug,
        department_name, title, edition_number, published_at, first_published_at, is_demo, search_text, search_tokens)
      SELECT report_id, edition_id, department_id, district_id, year, sort_order, slug, name, title, 1, published_at, published_at, true,
        title || E'\\n' || body, tokens || string_to_array(extra, ' ')
      FROM input`,
  };
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
      (SELECT count(*) FROM audit_events)::int AS audit_events`);
  return rows[0]!;
}

/**
 * Settings for a bulk load on a throwaway server this benchmark started (never
 * on a server named by TEST_DATABASE_URL): fewer checkpoints while loading.
 */
export async function tuneThrowawayServer(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`ALTER SYSTEM SET max_wal_size = '16GB'`);
    await client.query(`ALTER SYSTEM SET checkpoint_timeout = '30min'`);
    await client.query('SELECT pg_reload_conf()');
  } finally {
    await client.end();
  }
}

