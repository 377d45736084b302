import { describe, expect, it } from 'vitest';
import { createDbClient } from '@/lib/db/create-client';
import { verifyPassword } from '@/lib/auth/password';
import { DEMO_ACCOUNTS, DEMO_DEPARTMENTS, DEMO_PASSWORD } from './data/district';
import { isDatabaseEmpty, seedBase } from './seed-base';

describe('demo data', () => {
  it('fills an empty database with the district, its departments and users, and the 2020 finance report', async () => {
    const db = createDbClient(process.env.DATABASE_URL!);
    try {
      expect(await isDatabaseEmpty(db)).toBe(true);
      await seedBase(db);
      expect(await isDatabaseEmpty(db)).toBe(false);

      expect(DEMO_DEPARTMENTS.length).toBeGreaterThanOrEqual(20);
      expect(await db.department.count()).toBe(DEMO_DEPARTMENTS.length);
      const editors = await db.user.findMany({ where: { role: 'EDITOR' }, include: { department: true } });
      expect(editors).toHaveLength(DEMO_DEPARTMENTS.length);
      expect(new Set(editors.map((editor) => editor.departmentId)).size).toBe(DEMO_DEPARTMENTS.length);
      expect(await db.user.count({ where: { role: 'APPROVER', departmentId: null } })).toBe(2);
      expect(await db.user.count({ where: { role: 'ADMIN' } })).toBe(1);
      expect(await db.user.count()).toBe(DEMO_ACCOUNTS.length);

      const admin = await db.user.findUniqueOrThrow({ where: { username: 'admin' } });
      expect(await verifyPassword(DEMO_PASSWORD, admin.passwordHash)).toBe(true);

      const finance = await db.department.findUniqueOrThrow({ where: { slug: 'finance' } });
      expect(finance).toMatchObject({ name: '章贡区财政局', shortName: '区财政局', phone: '0797-8195855' });
      const report = await db.report.findUniqueOrThrow({
        where: { departmentId_year: { departmentId: finance.id, year: 2020 } },
      });
      expect(report).toMatchObject({ formatId: 'gov-2019', status: 'PUBLISHED' });
      const content = report.content as { tables: Record<string, Record<string, Record<string, unknown>>> };
      expect(content.tables.t2_art20_6?.administrative_penalty?.prev_year_items).toBe(44);
      expect(content.tables.t2_art20_9?.government_central_procurement?.procurement_amount).toEqual({
        amount: 172621.8,
        unit: null,
      });
    } finally {
      await db.$disconnect();
    }
  });
});
