// What a backup holds, read from PostgreSQL's catalog (never a list in code,
// so a table added by a later migration is backed up without a change here):
// every table of the public schema but Prisma's migration history, their
// columns, foreign keys and sequences. Plus the order in which to load the
// tables so that each table's rows find the rows they refer to.
import type pg from 'pg';

/** Prisma's migration history: its names go in the manifest; `prisma migrate deploy` writes it on restore. */
export const MIGRATIONS_TABLE = '_prisma_migrations';

export interface TableInfo {
  name: string;
  /** Stored columns in table order (generated columns are computed again on restore). */
  columns: string[];
}

export interface ForeignKey {
  name: string;
  table: string;
  references: string;
  /** `FOREIGN KEY (…) REFERENCES …` as PostgreSQL prints it, to add it back. */
  definition: string;
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function qualified(name: string): string {
  return `public.${quoteIdent(name)}`;
}

export async function listTables(client: pg.ClientBase): Promise<TableInfo[]> {
  const { rows } = await client.query<TableInfo>(
    `SELECT c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> $1
      GROUP BY c.relname
      ORDER BY c.relname COLLATE "C"`,
    [MIGRATIONS_TABLE],
  );
  return rows;
}

export async function listForeignKeys(client: pg.ClientBase): Promise<ForeignKey[]> {
  const { rows } = await client.query<ForeignKey>(
    `SELECT con.conname AS name, child.relname AS table, parent.relname AS references,
            pg_get_constraintdef(con.oid) AS definition
       FROM pg_constraint con
       JOIN pg_class child ON child.oid = con.conrelid
       JOIN pg_class parent ON parent.oid = con.confrelid
       JOIN pg_namespace n ON n.oid = child.relnamespace
      WHERE con.contype = 'f' AND n.nspname = 'public'
      ORDER BY child.relname COLLATE "C", con.conname COLLATE "C"`,
  );
  return rows;
}

export async function listSequences(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY c.relname COLLATE "C"`,
  );
  return rows.map((row) => row.name);
}

/** The migrations applied to the database, oldest first; null when it has never been migrated. */
export async function appliedMigrations(client: pg.ClientBase): Promise<{ name: string; checksum: string; finishedAt: string | null }[] | null> {
  const { rows: exists } = await client.query(`SELECT to_regclass($1) AS oid`, [`public.${MIGRATIONS_TABLE}`]);
  if (!exists[0]?.oid) return null;
  const { rows } = await client.query<{ name: string; checksum: string; finishedAt: Date | null }>(
    `SELECT migration_name AS name, checksum, finished_at AS "finishedAt" FROM ${qualified(MIGRATIONS_TABLE)}
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name COLLATE "C"`,
  );
  return rows.map((row) => ({ ...row, finishedAt: row.finishedAt ? row.finishedAt.toISOString() : null }));
}

/** Whether a migration was started and neither finished nor rolled back (prisma migrate deploy then refuses to go on). */
export async function hasUnfinishedMigration(client: pg.ClientBase): Promise<boolean> {
  const { rows: exists } = await client.query(`SELECT to_regclass($1) AS oid`, [`public.${MIGRATIONS_TABLE}`]);
  if (!exists[0]?.oid) return false;
  const { rows } = await client.query<{ any: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM ${qualified(MIGRATIONS_TABLE)} WHERE finished_at IS NULL AND rolled_back_at IS NULL) AS any`,
  );
  return rows[0]!.any;
}

/**
 * An order of the tables in which every table comes after the tables its
 * foreign keys refer to, as far as possible. A cycle (a report names its
 * published edition, an edition its report) cannot be ordered: it is broken
 * inside the cycle, at the table with the fewest unmet references (then the
 * one most tables refer to), and those keys are returned as `deferred`
 * (restore adds them back, checked, after loading).
 */
export function loadOrder(tables: string[], keys: ForeignKey[]): { order: string[]; deferred: ForeignKey[] } {
  const names = new Set(tables);
  const relevant = keys.filter((key) => key.table !== key.references && names.has(key.table) && names.has(key.references));
  const placed = new Set<string>();
  const order: string[] = [];
  const deferred: ForeignKey[] = [];
  const unmet = (table: string) => relevant.filter((key) => key.table === table && !placed.has(key.references));
  const reach = (from: string): Set<string> => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length > 0) {
      for (const key of unmet(stack.pop()!)) {
        if (!seen.has(key.references)) {
          seen.add(key.references);
          stack.push(key.references);
        }
      }
    }
    return seen;
  };
  const referrers = (table: string) => relevant.filter((key) => key.references === table && !placed.has(key.table)).length;
  const remaining = [...tables].sort();
  while (remaining.length > 0) {
    let next = remaining.find((table) => unmet(table).length === 0);
    if (next === undefined) {
      // Tables on a cycle that leads nowhere else: everything they reach reaches them back.
      const closed = remaining.filter((table) => [...reach(table)].every((other) => reach(other).has(table)));
      next = closed.reduce((best, table) => {
        const difference = unmet(table).length - unmet(best).length || referrers(best) - referrers(table);
        return difference < 0 ? table : best;
      });
      deferred.push(...unmet(next));
    }
    order.push(next);
    placed.add(next);
    remaining.splice(remaining.indexOf(next), 1);
  }
  return { order, deferred };
}
