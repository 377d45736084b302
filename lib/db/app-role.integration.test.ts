// The application connects as a role that owns nothing (scripts/lib/db-roles.ts,
// granted here as `npm start` grants it): it cannot change or empty the audit
// log, switch its trigger off, or change the schema, and can still do its work.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { appRoleProblems, grantAppPrivileges, roleOf } from '@/scripts/lib/db-roles';

const appUrl = process.env.DATABASE_URL!;
const ownerUrl = process.env.MIGRATION_DATABASE_URL!;
const app = new pg.Client({ connectionString: appUrl });
const owner = new pg.Client({ connectionString: ownerUrl });
let eventId: string;

beforeAll(async () => {
  await Promise.all([app.connect(), owner.connect()]);
  // Written by the application, as every audit entry is.
  eventId = (await db.auditEvent.create({ data: { action: 'test.event', entityType: 'system', entityId: 'x' } })).id.toString();
});

afterAll(async () => {
  await Promise.all([app.end(), owner.end()]);
});

const refused = { code: '42501' }; // insufficient_privilege

describe("the application's role", () => {
  it('is another role than the owner, owns nothing and has no more than its rights', async () => {
    expect(roleOf(appUrl)).not.toBe(roleOf(ownerUrl));
    const { rows } = await app.query<{ rolsuper: boolean }>('SELECT rolsuper FROM pg_roles WHERE rolname = current_user');
    expect(rows[0]!.rolsuper).toBe(false);
    expect(await appRoleProblems(ownerUrl, roleOf(appUrl))).toEqual([]);
  });

  it('cannot update, delete or empty the audit log, with or without the trigger', async () => {
    await expect(app.query("UPDATE audit_events SET action = 'tampered' WHERE id = $1", [eventId])).rejects.toMatchObject({ ...refused, message: expect.stringMatching(/permission denied for table audit_events/) });
    await expect(app.query('DELETE FROM audit_events WHERE id = $1', [eventId])).rejects.toMatchObject(refused);
    await expect(app.query('TRUNCATE audit_events')).rejects.toMatchObject(refused);
    // Through Prisma, as the application's code would.
    await expect(db.auditEvent.update({ where: { id: BigInt(eventId) }, data: { action: 'tampered' } })).rejects.toThrow(/permission denied|denied access/i);
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow(/permission denied|denied access/i);
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: BigInt(eventId) } })).action).toBe('test.event');
  });

  it('cannot switch the audit trigger off, nor replication mode that skips triggers', async () => {
    await expect(app.query('ALTER TABLE audit_events DISABLE TRIGGER ALL')).rejects.toMatchObject({ ...refused, message: expect.stringMatching(/must be owner/) });
    await expect(app.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete')).rejects.toMatchObject(refused);
    await expect(app.query('SET session_replication_role = replica')).rejects.toMatchObject({ ...refused, message: expect.stringMatching(/permission denied to set parameter/) });
    await expect(app.query('DROP TRIGGER audit_events_no_update_or_delete ON audit_events')).rejects.toMatchObject(refused);
    await expect(app.query('DROP FUNCTION audit_events_append_only()')).rejects.toMatchObject(refused);
  });

  it('cannot change the schema or read the migration history', async () => {
    await expect(app.query('CREATE TABLE sneaky (id int)')).rejects.toMatchObject({ ...refused, message: expect.stringMatching(/permission denied for schema public/) });
    await expect(app.query('CREATE TEMP TABLE sneaky (id int)')).rejects.toMatchObject(refused);
    await expect(app.query('CREATE SCHEMA sneaky')).rejects.toMatchObject(refused);
    await expect(app.query('ALTER TABLE reports ADD COLUMN sneaky int')).rejects.toMatchObject(refused);
    await expect(app.query('DROP TABLE rate_limits')).rejects.toMatchObject(refused);
    await expect(app.query('TRUNCATE reports CASCADE')).rejects.toMatchObject(refused);
    await expect(app.query('CREATE INDEX sneaky ON reports (year)')).rejects.toMatchObject(refused);
    await expect(app.query('SELECT * FROM _prisma_migrations')).rejects.toMatchObject(refused);
  });

  it('reads and writes the other tables, appends to the audit log and takes advisory locks', async () => {
    await app.query("INSERT INTO rate_limits (key, points, expire) VALUES ('app-role-test', 1, 0)");
    await app.query("UPDATE rate_limits SET points = 2 WHERE key = 'app-role-test'");
    await app.query("DELETE FROM rate_limits WHERE key = 'app-role-test'");
    const { rows } = await app.query<{ id: string }>("INSERT INTO audit_events (action, entity_type, entity_id) VALUES ('test.append', 'system', 'y') RETURNING id");
    expect(Number(rows[0]!.id)).toBeGreaterThan(Number(eventId));
    await app.query('SELECT pg_advisory_xact_lock(42)');
  });

  it('follows new tables a later migration adds, except that audit-style ones stay append-only', async () => {
    // As a migration would, as the owner: a table, then the grants that follow every migration.
    await owner.query('CREATE TABLE later_table (id serial PRIMARY KEY, note text)');
    // Default privileges: readable and writable before the grants run again.
    await app.query("INSERT INTO later_table (note) VALUES ('a')");
    await app.query("UPDATE later_table SET note = 'b'");
    await grantAppPrivileges(ownerUrl, roleOf(appUrl));
    await grantAppPrivileges(ownerUrl, roleOf(appUrl));
    await app.query('DELETE FROM later_table');
    await expect(app.query("UPDATE audit_events SET action = 'tampered' WHERE id = $1", [eventId])).rejects.toMatchObject(refused);
    await expect(app.query('TRUNCATE later_table')).rejects.toMatchObject(refused);
    expect(await appRoleProblems(ownerUrl, roleOf(appUrl))).toEqual([]);
  });
});
