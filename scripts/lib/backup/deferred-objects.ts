// Keys and indexes are built after the data, as pg_dump does: COPY into a
// table with its indexes updates each index row by row (and checks each
// foreign key row by row), which at province size (20 million cells, indexes
// larger than memory) is many times slower than building each index once.
// They are dropped inside the restore's transaction, on its empty tables, and
// built again from the catalog's own definitions, under the same names —
// building them checks every row (unique keys, foreign keys) — then compared
// with what was there before.
import type pg from 'pg';
import { qualified, quoteIdent } from './catalog';
import { BackupError } from './errors';

export interface DeferredObject {
  kind: 'foreign' | 'key' | 'index';
  table: string;
  name: string;
  /** The constraint's definition (ALTER TABLE … ADD CONSTRAINT name …) or the whole CREATE INDEX. */
  definition: string;
}

/** Foreign keys touching `tables`, their primary/unique/exclusion keys and other indexes. */
export async function listDeferred(client: pg.ClientBase, tables: string[]): Promise<DeferredObject[]> {
  const { rows } = await client.query<DeferredObject>(
    `WITH t AS (SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relname = ANY($1::text[])),
     -- Indexes that carry a setting of their own (replica identity, CLUSTER) stay as they are.
     kept AS (SELECT indexrelid FROM pg_index WHERE indisreplident OR indisclustered)
     SELECT 'foreign' AS kind, cl.relname AS table, con.conname AS name, pg_get_constraintdef(con.oid) AS definition
       FROM pg_constraint con JOIN pg_class cl ON cl.oid = con.conrelid
      WHERE con.contype = 'f' AND (con.conrelid IN (SELECT oid FROM t) OR con.confrelid IN (SELECT oid FROM t))
     UNION ALL
     SELECT 'key', cl.relname, con.conname, pg_get_constraintdef(con.oid)
       FROM pg_constraint con JOIN pg_class cl ON cl.oid = con.conrelid
      WHERE con.contype IN ('p', 'u', 'x') AND con.conrelid IN (SELECT oid FROM t) AND con.conindid NOT IN (SELECT indexrelid FROM kept)
     UNION ALL
     SELECT 'index', cl.relname, ic.relname, pg_get_indexdef(i.indexrelid)
       FROM pg_index i JOIN pg_class cl ON cl.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
      WHERE i.indrelid IN (SELECT oid FROM t) AND i.indexrelid NOT IN (SELECT indexrelid FROM kept)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))
      ORDER BY 1, 2, 3`,
    [tables],
  );
  return rows;
}

export async function dropDeferred(client: pg.ClientBase, objects: DeferredObject[]): Promise<void> {
  for (const object of objects.filter((each) => each.kind === 'foreign')) {
    await client.query(`ALTER TABLE ${qualified(object.table)} DROP CONSTRAINT ${quoteIdent(object.name)}`);
  }
  for (const object of objects.filter((each) => each.kind === 'key')) {
    await client.query(`ALTER TABLE ${qualified(object.table)} DROP CONSTRAINT ${quoteIdent(object.name)}`);
  }
  for (const object of objects.filter((each) => each.kind === 'index')) {
    await client.query(`DROP INDEX public.${quoteIdent(object.name)}`);
  }
}

/** Builds keys and indexes, then foreign keys (they need the keys they refer to); checks the result. */
export async function rebuildDeferred(client: pg.ClientBase, objects: DeferredObject[], tables: string[], log: (line: string) => void): Promise<void> {
  const order = [...objects.filter((each) => each.kind !== 'foreign'), ...objects.filter((each) => each.kind === 'foreign')];
  const started = performance.now();
  for (const object of order) {
    const statement = object.kind === 'index' ? object.definition : `ALTER TABLE ${qualified(object.table)} ADD CONSTRAINT ${quoteIdent(object.name)} ${object.definition}`;
    try {
      await client.query(statement);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new BackupError(
        `备份中的数据不满足 ${object.table} 的${object.kind === 'foreign' ? '外键' : object.kind === 'key' ? '唯一约束' : '索引'} ${object.name}（${reason}），已全部撤销。`,
        `The backup's data breaks ${object.kind === 'foreign' ? 'foreign key' : object.kind === 'key' ? 'key' : 'index'} ${object.name} of ${object.table} (${reason}); everything was rolled back.`,
      );
    }
  }
  const after = await listDeferred(client, tables);
  const describe = (list: DeferredObject[]) => list.map((each) => `${each.kind} ${each.table} ${each.name} ${each.definition}`).sort();
  if (describe(after).join('\n') !== describe(objects).join('\n')) {
    throw new BackupError('重建后的索引和约束与迁移建立的不一致，已全部撤销。', 'The rebuilt indexes and constraints differ from those the migrations created; everything was rolled back.');
  }
  const keys = objects.filter((each) => each.kind === 'foreign').length;
  log(`  ${objects.length - keys} 个索引和唯一约束、${keys} 个外键已重建并检查了每一行（${((performance.now() - started) / 1000).toFixed(1)} s）`);
}
