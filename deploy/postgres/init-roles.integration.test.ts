// docker-compose's database set-up, without Docker: init-roles.sh as the
// postgres image runs it (psql as the superuser), then `npm run db:prepare`
// with the two connection strings docker-compose gives it. The migrations run
// as an owner that is no superuser, and the application's role gets exactly its rights.
import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { withDatabase } from '@/scripts/lib/database';
import { appRoleProblems, withRole } from '@/scripts/lib/db-roles';

const run = promisify(execFile);
const hasPsql = spawnSync('psql', ['--version']).status === 0;
const adminUrl = inject('pgAdminUrl');
const suffix = randomBytes(4).toString('hex');
const names = { db: `compose_${suffix}`, owner: `compose_owner_${suffix}`, app: `compose_app_${suffix}` };
const passwords = { owner: randomBytes(24).toString('hex'), app: randomBytes(24).toString('hex') };

function initRoles() {
  const admin = new URL(adminUrl);
  return run('deploy/postgres/init-roles.sh', [], {
    env: {
      ...process.env,
      PGHOST: admin.hostname,
      PGPORT: admin.port,
      PGPASSWORD: decodeURIComponent(admin.password),
      POSTGRES_USER: decodeURIComponent(admin.username),
      NIANBAO_DB: names.db,
      NIANBAO_OWNER: names.owner,
      NIANBAO_APP: names.app,
      NIANBAO_OWNER_PASSWORD: passwords.owner,
      NIANBAO_APP_PASSWORD: passwords.app,
    },
  });
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

// psql comes with the postgres image; CI machines without it skip this test.
describe.skipIf(!hasPsql)('deploy/postgres/init-roles.sh (skipped without psql)', () => {
  it('creates the roles and the database; db:prepare migrates as the owner and grants the application its rights', { timeout: 120_000 }, async () => {
    await expect(run('deploy/postgres/init-roles.sh', [], { env: { ...process.env, NIANBAO_OWNER_PASSWORD: '' } })).rejects.toMatchObject({ stderr: expect.stringContaining('set NIANBAO_OWNER_PASSWORD and NIANBAO_APP_PASSWORD') });
    expect((await initRoles()).stdout).toContain(`ready in database ${names.db}`);
    const database = withDatabase(adminUrl, names.db);
    const ownerUrl = withRole(database, names.owner, passwords.owner);
    const appUrl = withRole(database, names.app, passwords.app);
    expect(await query(adminUrl, `SELECT rolname, rolsuper FROM pg_roles WHERE rolname IN ('${names.owner}', '${names.app}') ORDER BY rolname`)).toEqual([
      { rolname: names.app, rolsuper: false },
      { rolname: names.owner, rolsuper: false },
    ]);

    const prepare = await run(process.execPath, [join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/prepare-database.ts'], {
      env: { ...process.env, MIGRATION_DATABASE_URL: ownerUrl, DATABASE_URL: appUrl },
      timeout: 100_000,
    });
    expect(prepare.stdout).not.toContain('Warning');
    expect(await appRoleProblems(ownerUrl, names.app)).toEqual([]);
    expect(await query(appUrl, 'SELECT count(*)::int AS users FROM users')).toEqual([{ users: expect.any(Number) }]);
    await expect(query(appUrl, "UPDATE audit_events SET action = 'tampered'")).rejects.toMatchObject({ code: '42501' });
    await expect(query(appUrl, 'CREATE TABLE sneaky (id int)')).rejects.toMatchObject({ code: '42501' });

    // A volume from before the roles: the administrator's tables go to the owner when the script runs again.
    await query(database, 'CREATE TABLE legacy_notes (id serial PRIMARY KEY)');
    await initRoles();
    expect(await query(database, "SELECT pg_get_userbyid(relowner) AS owner FROM pg_class WHERE relname IN ('legacy_notes', 'legacy_notes_id_seq')")).toEqual([
      { owner: names.owner },
      { owner: names.owner },
    ]);
    await query(adminUrl, `DROP DATABASE ${names.db} WITH (FORCE)`);
    await query(adminUrl, `DROP ROLE ${names.app}; DROP ROLE ${names.owner}`);
  });
});
