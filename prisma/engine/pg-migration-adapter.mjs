// A migration-aware driver adapter factory for PostgreSQL, used by the
// WebAssembly schema engine (see ./schema-engine). It wraps @prisma/adapter-pg
// and closes three gaps that adapter has on the migration path (7.10.x):
//
// 1. connectToShadowDb() with a connection string pointed the shadow database
//    at the main database, and dropped the shadow before closing its pool.
//    Here the shadow is a fresh database on the same server (or the configured
//    shadowDatabaseUrl), and it is dropped only after its pool has ended.
// 2. PostgreSQL's internal "char" type (OID 18), read by schema introspection
//    (pg_constraint.contype, …), was not mapped; it is returned as a Character.
// 3. executeScript() split scripts on every ";", which breaks function bodies
//    ($$ … $$) in migrations. A script is sent whole, as PostgreSQL's simple
//    query protocol runs several statements in one call.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { ColumnTypeEnum, DriverAdapterError } from '@prisma/driver-adapter-utils';

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

// Result rows → indices of their "char" columns (set by performIO, read by queryRaw).
const charColumns = new WeakMap();

function patchQueryable(queryable) {
  const { performIO, queryRaw } = queryable;
  if (typeof performIO !== 'function' || typeof queryRaw !== 'function') {
    throw new Error('pg-migration-adapter: @prisma/adapter-pg changed shape (performIO/queryRaw missing)');
  }
  queryable.performIO = async function performIOWithChar(query) {
    const result = await performIO.call(this, query);
    const indices = [];
    result.fields.forEach((field, index) => {
      if (field.dataTypeID === PG_CHAR_OID) {
        // Read as text so that the adapter accepts it; queryRaw re-labels it.
        field.dataTypeID = PG_TEXT_OID;
        indices.push(index);
      }
    });
    if (indices.length && Array.isArray(result.rows)) charColumns.set(result.rows, indices);
    return result;
  };
  queryable.queryRaw = async function queryRawWithChar(query) {
    const result = await queryRaw.call(this, query);
    for (const index of charColumns.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

function patchAdapter(adapter) {
  patchQueryable(adapter);
  const startTransaction = adapter.startTransaction;
  adapter.startTransaction = async function patchedStartTransaction(...args) {
    return patchQueryable(await startTransaction.apply(this, args));
  };
  adapter.executeScript = async function wholeScript(script) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };
  return adapter;
}

function withDatabase(connectionString, database) {
  const url = new URL(connectionString);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

async function adminQuery(connectionString, sql) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export class PgMigrationAdapterFactory {
  provider = 'postgres';
  adapterName = '@prisma/adapter-pg';

  /** @param {{ url: string, shadowDatabaseUrl?: string }} datasource */
  constructor(datasource) {
    this.url = datasource.url;
    this.shadowDatabaseUrl = datasource.shadowDatabaseUrl;
  }

  async connect() {
    return patchAdapter(await new PrismaPg({ connectionString: this.url }).connect());
  }

  async connectToShadowDb() {
    if (this.shadowDatabaseUrl) {
      return patchAdapter(await new PrismaPg({ connectionString: this.shadowDatabaseUrl }).connect());
    }
    const name = `prisma_shadow_${randomUUID().replaceAll('-', '')}`;
    try {
      await adminQuery(this.url, `CREATE DATABASE "${name}"`);
    } catch (error) {
      throw new DriverAdapterError({
        kind: 'postgres',
        code: error.code ?? 'N/A',
        severity: error.severity ?? 'ERROR',
        message: `Could not create the shadow database ${name}: ${error.message}. ` +
          'Give the user CREATEDB or set shadowDatabaseUrl in prisma.config.ts.',
      });
    }
    const pool = new pg.Pool({ connectionString: withDatabase(this.url, name) });
    const inner = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
    const adapter = patchAdapter(inner);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await adminQuery(this.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    };
    return adapter;
  }
}
