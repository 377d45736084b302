// Two database roles (README, "Database roles"):
// - the owner runs the migrations and owns every table (MIGRATION_DATABASE_URL);
// - the application's role owns nothing (DATABASE_URL): it reads and writes rows,
//   may only read and add to the audit log, and can neither change the schema nor
//   switch triggers off (no TRUNCATE, TRIGGER, DDL; not a superuser), so the
//   audit log stays append-only even if the application is subverted.
// The owner grants the application its rights after every migration
// (grantAppPrivileges, idempotent); default privileges make tables a migration
// adds readable and writable at once, and APPEND_ONLY_TABLES names the tables
// that must never be updatable.
import pg from 'pg';

/** The roles of the embedded database of `npm start` (and the docker-compose init script). */
export const OWNER_ROLE = 'nianbao_owner';
export const APP_ROLE = 'nianbao_app';

/** Tables the application may only read and append to (no UPDATE, DELETE). List every audit-style table here. */
export const APPEND_ONLY_TABLES = ['audit_events'] as const;
/** Tables the application may not touch at all (Prisma's record of applied migrations). */
export const OWNER_ONLY_TABLES = ['_prisma_migrations'] as const;

const ident = (name: string) => pg.escapeIdentifier(name);
const literal = (value: string) => pg.escapeLiteral(value);

/** The user name of a connection string. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/** The same server and database as `url`, as another role. */
export function withRole(url: string, role: string, password: string): string {
  const next = new URL(url);
  next.username = encodeURIComponent(role);
  next.password = encodeURIComponent(password);
  return next.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates a login role, or brings an existing one to these attributes and
 * password. Needs a superuser (or CREATEROLE) connection (`adminUrl`).
 */
export async function ensureLoginRole(adminUrl: string, role: string, password: string, options: { createDb?: boolean } = {}): Promise<void> {
  const attributes = `LOGIN NOSUPERUSER NOCREATEROLE NOREPLICATION NOBYPASSRLS ${options.createDb ? 'CREATEDB' : 'NOCREATEDB'} PASSWORD ${literal(password)}`;
  await withClient(adminUrl, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
    if (!rowCount) {
      try {
        await client.query(`CREATE ROLE ${ident(role)} ${attributes}`);
        return;
      } catch (error) {
        // Created at the same moment by another process: alter it below.
        if ((error as { code?: string }).code !== '42710') throw error;
      }
    }
    await client.query(`ALTER ROLE ${ident(role)} WITH ${attributes}`);
  });
}

/**
 * Gives `from`'s objects in the public schema of the connected database to
 * `to` (tables with their indexes and sequences, views, functions, types;
 * extensions' objects stay theirs).
 * Used once on a database whose tables the bootstrap superuser created, which
 * REASSIGN OWNED cannot move. Needs a superuser connection to that database.
 */
export async function transferOwnership(url: string, from: string, to: string): Promise<number> {
  return withClient(url, async (client) => {
    const owner = `(SELECT oid FROM pg_roles WHERE rolname = ${literal(from)})`;
    const statements = async (sql: string) => (await client.query<{ statement: string }>(sql)).rows.map((row) => row.statement);
    let moved = 0;
    await client.query('BEGIN');
    try {
      const kinds = `CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END`;
      // Tables first: their identity and serial sequences go with them.
      for (const sql of [
        `SELECT format('ALTER %s %s OWNER TO %I', ${kinds}, c.oid::regclass, ${literal(to)}) AS statement FROM pg_class c
          WHERE c.relnamespace = 'public'::regnamespace AND c.relowner = ${owner} AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')`,
        `SELECT format('ALTER SEQUENCE %s OWNER TO %I', c.oid::regclass, ${literal(to)}) AS statement FROM pg_class c
          WHERE c.relnamespace = 'public'::regnamespace AND c.relowner = ${owner} AND c.relkind = 'S'
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')`,
        `SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, ${literal(to)}) AS statement FROM pg_proc p
          WHERE p.pronamespace = 'public'::regnamespace AND p.proowner = ${owner}
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')`,
        `SELECT format('ALTER TYPE %s OWNER TO %I', t.oid::regtype, ${literal(to)}) AS statement FROM pg_type t
          WHERE t.typnamespace = 'public'::regnamespace AND t.typowner = ${owner} AND t.typtype IN ('e', 'd', 'r')
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')`,
      ]) {
        for (const statement of await statements(sql)) {
          await client.query(statement);
          moved += 1;
        }
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
    return moved;
  });
}

/**
 * The application's rights, granted by the owner (`ownerUrl`) after every
 * migration, exactly (everything else revoked first, in one transaction):
 * CONNECT; USAGE on the schema; SELECT, INSERT, UPDATE, DELETE on every table
 * but SELECT, INSERT only on APPEND_ONLY_TABLES and nothing on
 * OWNER_ONLY_TABLES; USAGE, SELECT on sequences. Where the owner also owns the
 * database and the schema, PUBLIC's CONNECT, TEMPORARY and CREATE go.
 */
export async function grantAppPrivileges(ownerUrl: string, appRole: string): Promise<void> {
  const app = ident(appRole);
  await withClient(ownerUrl, async (client) => {
    await client.query('BEGIN');
    try {
      const { rows } = await client.query<{ database: string; owns_database: boolean; owns_schema: boolean }>(
        `SELECT current_database() AS database,
                pg_has_role((SELECT datdba FROM pg_database WHERE datname = current_database()), 'USAGE') AS owns_database,
                pg_has_role((SELECT nspowner FROM pg_namespace WHERE nspname = 'public'), 'USAGE') AS owns_schema`,
      );
      const { database, owns_database: ownsDatabase, owns_schema: ownsSchema } = rows[0]!;
      const tables = new Set(
        (await client.query<{ name: string }>(`SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p')`)).rows.map((row) => row.name),
      );
      const sql = [
        ...(ownsDatabase ? [`REVOKE ALL ON DATABASE ${ident(database)} FROM PUBLIC`, `REVOKE ALL ON DATABASE ${ident(database)} FROM ${app}`, `GRANT CONNECT ON DATABASE ${ident(database)} TO ${app}`] : []),
        ...(ownsSchema ? ['REVOKE CREATE ON SCHEMA public FROM PUBLIC', `REVOKE ALL ON SCHEMA public FROM ${app}`] : []),
        `GRANT USAGE ON SCHEMA public TO ${app}`,
        `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${app}`,
        `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`,
        ...APPEND_ONLY_TABLES.filter((table) => tables.has(table)).map((table) => `REVOKE UPDATE, DELETE ON ${ident(table)} FROM ${app}`),
        ...OWNER_ONLY_TABLES.filter((table) => tables.has(table)).map((table) => `REVOKE ALL ON ${ident(table)} FROM ${app}`),
        `REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${app}`,
        `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`,
        // Tables and sequences this role creates later (a migration run without this step) follow.
        `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
        `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app}`,
      ];
      for (const statement of sql) await client.query(statement);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  });
}

/**
 * What the application's role can still do beyond its rights, checked by the
 * owner after granting: each problem as a sentence (none on a database set up
 * as README says).
 */
export async function appRoleProblems(ownerUrl: string, appRole: string): Promise<string[]> {
  return withClient(ownerUrl, async (client) => {
    const { rows } = await client.query<{ problem: string | null }>(
      `WITH app AS (SELECT * FROM pg_roles WHERE rolname = $1)
       SELECT unnest(ARRAY[
         CASE WHEN NOT EXISTS (SELECT FROM app) THEN 'does not exist' END,
         CASE WHEN (SELECT rolsuper FROM app) THEN 'is a superuser' END,
         CASE WHEN (SELECT rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls FROM app) THEN 'may create roles or databases, replicate or bypass row security' END,
         CASE WHEN EXISTS (SELECT FROM pg_class WHERE relowner = (SELECT oid FROM app) AND relnamespace = 'public'::regnamespace) THEN 'owns tables' END,
         CASE WHEN (SELECT datdba FROM pg_database WHERE datname = current_database()) = (SELECT oid FROM app) THEN 'owns the database' END,
         CASE WHEN EXISTS (SELECT FROM app) AND has_schema_privilege($1, 'public', 'CREATE') THEN 'may create tables in the public schema' END,
         CASE WHEN EXISTS (SELECT FROM app) AND has_database_privilege($1, current_database(), 'CREATE') THEN 'may create schemas' END,
         CASE WHEN EXISTS (SELECT FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
                  AND EXISTS (SELECT FROM app) AND (has_table_privilege($1, c.oid, 'TRUNCATE') OR has_table_privilege($1, c.oid, 'TRIGGER') OR has_table_privilege($1, c.oid, 'REFERENCES')))
              THEN 'may truncate tables or create triggers' END,
         CASE WHEN EXISTS (SELECT FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relname = ANY($2::text[])
                  AND EXISTS (SELECT FROM app) AND (has_table_privilege($1, c.oid, 'UPDATE') OR has_table_privilege($1, c.oid, 'DELETE')))
              THEN 'may update or delete audit records' END
       ]) AS problem`,
      [appRole, [...APPEND_ONLY_TABLES]],
    );
    return rows.flatMap((row) => (row.problem ? [`the application's role ${appRole} ${row.problem}`] : []));
  });
}

/**
 * The application's role on test servers (integration and end-to-end tests),
 * with a name of its own so that a shared TEST_DATABASE_URL server's real
 * roles are never touched.
 */
export const TEST_APP_ROLE = 'nianbao_test_app';
const TEST_APP_PASSWORD = 'nianbao-test-app';

export async function ensureTestAppRole(adminUrl: string): Promise<void> {
  await ensureLoginRole(adminUrl, TEST_APP_ROLE, TEST_APP_PASSWORD);
}

/** `url`'s database as the tests' application role. */
export function asTestApp(url: string): string {
  return withRole(url, TEST_APP_ROLE, TEST_APP_PASSWORD);
}
