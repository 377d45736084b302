import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { createDbClient } from '@/lib/db/create-client';

let departmentId: string;

beforeAll(async () => {
  const district = await db.district.create({
    data: { code: 'test', name: '测试区', fullName: '测试市测试区', governmentName: '测试区人民政府', portalName: '测试区人民政府网站' },
  });
  const department = await db.department.create({
    data: { districtId: district.id, slug: 'test-dept', name: '测试区财政局', shortName: '区财政局' },
  });
  departmentId = department.id;
});

const content = { schemaVersion: 1, preamble: '', sections: {}, tables: {}, carried: [], signature: { organization: '', date: null } };

describe('database constraints', () => {
  it('allow one report per department and year', async () => {
    await db.report.create({ data: { departmentId, year: 2024, formatId: 'gov-2021', content } });
    await expect(db.report.create({ data: { departmentId, year: 2024, formatId: 'gov-2021', content } })).rejects.toMatchObject({
      code: 'P2002',
    });
    await db.report.create({ data: { departmentId, year: 2023, formatId: 'gov-2021', content } });
    expect(await db.report.count({ where: { departmentId } })).toBe(2);
  });

  it('keep the audit log append-only, even for the owner of the table', async () => {
    // The application's role may not even try (lib/db/app-role.integration.test.ts); the trigger refuses the owner too.
    const owner = createDbClient(process.env.MIGRATION_DATABASE_URL!, { maxConnections: 1 });
    try {
      const event = await owner.auditEvent.create({ data: { action: 'test.event', entityType: 'system', entityId: 'x' } });
      await expect(owner.auditEvent.update({ where: { id: event.id }, data: { action: 'tampered' } })).rejects.toThrow(/append-only/);
      await expect(owner.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
      await expect(owner.$executeRawUnsafe('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
      expect((await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).action).toBe('test.event');
    } finally {
      await owner.$disconnect();
    }
  });
});
