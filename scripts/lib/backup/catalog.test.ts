import { describe, expect, it } from 'vitest';
import { loadOrder, type ForeignKey } from './catalog';

const key = (table: string, references: string): ForeignKey => ({ name: `${table}_${references}_fkey`, table, references, definition: '' });

// The portal's own references (prisma/migrations), as the catalog lists them.
const PORTAL_KEYS = [
  key('departments', 'districts'),
  key('users', 'departments'),
  key('user_sessions', 'users'),
  key('reports', 'departments'),
  key('reports', 'users'),
  key('reports', 'report_editions'),
  key('report_editions', 'reports'),
  key('report_comments', 'reports'),
  key('notifications', 'users'),
  key('notifications', 'reports'),
  key('public_reports', 'reports'),
  key('public_reports', 'departments'),
  key('public_report_cells', 'public_reports'),
];
const PORTAL_TABLES = [...new Set(PORTAL_KEYS.flatMap((each) => [each.table, each.references])), 'audit_events'];

describe('loadOrder', () => {
  it('puts every table after the tables it refers to', () => {
    const { order, deferred } = loadOrder(['c', 'b', 'a'], [key('c', 'b'), key('b', 'a'), key('c', 'a')]);
    expect(order).toEqual(['a', 'b', 'c']);
    expect(deferred).toEqual([]);
  });

  it('ignores a table referring to itself and references to tables not backed up', () => {
    expect(loadOrder(['b', 'a'], [key('a', 'a'), key('a', 'b'), key('b', 'elsewhere')])).toEqual({ order: ['b', 'a'], deferred: [] });
  });

  it("breaks the portal's cycle (a report names its published edition) at the report, nowhere else", () => {
    const { order, deferred } = loadOrder(PORTAL_TABLES, PORTAL_KEYS);
    expect(deferred.map((each) => each.name)).toEqual(['reports_report_editions_fkey']);
    const position = (table: string) => order.indexOf(table);
    for (const each of PORTAL_KEYS.filter((candidate) => !deferred.includes(candidate))) {
      expect(position(each.references), `${each.table} → ${each.references}`).toBeLessThan(position(each.table));
    }
    expect(new Set(order)).toEqual(new Set(PORTAL_TABLES));
  });

  it('breaks a cycle inside it even when a table outside it is stuck behind it', () => {
    // x depends on the cycle p ↔ q but is on no cycle: only a key of the cycle is deferred.
    const { order, deferred } = loadOrder(['x', 'p', 'q'], [key('x', 'p'), key('p', 'q'), key('q', 'p')]);
    expect(deferred).toHaveLength(1);
    expect(['p', 'q']).toContain(deferred[0]!.table);
    expect(order.at(-1)).toBe('x');
  });
});
