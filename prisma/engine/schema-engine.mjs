#!/usr/bin/env node
// Prisma's schema engine, run from WebAssembly instead of the native binary.
//
// Prisma's CLI (migrate deploy/dev/status/reset/diff, db execute, …) drives a
// native `schema-engine` executable that it downloads from a host outside the
// npm registry. Where that download is impossible (our build machines, and
// government intranets that only reach an npm mirror), scripts/prisma.mjs
// points PRISMA_SCHEMA_ENGINE_BINARY here. This executable speaks the same
// protocol as the native one:
//
//   schema-engine --version
//   schema-engine --datasource <json> cli can-connect-to-database|create-database
//   schema-engine [--datamodels <file>]… [--datasource <json>]   (JSON-RPC on stdin/stdout)
//
// and runs every RPC method on @prisma/schema-engine-wasm, which reaches
// PostgreSQL through @prisma/adapter-pg (see ./pg-migration-adapter.mjs).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { PgMigrationAdapterFactory } from './pg-migration-adapter.mjs';

const require = createRequire(import.meta.url);

// JSON-RPC method names used by the CLI, mapped to the wasm engine's methods.
const METHODS = {
  applyMigrations: 'applyMigrations',
  createMigration: 'createMigration',
  dbExecute: 'dbExecute',
  debugPanic: 'debugPanic',
  devDiagnostic: 'devDiagnostic',
  diagnoseMigrationHistory: 'diagnoseMigrationHistory',
  diff: 'diff',
  ensureConnectionValidity: 'ensureConnectionValidity',
  evaluateDataLoss: 'evaluateDataLoss',
  getDatabaseVersion: 'version',
  introspect: 'introspect',
  introspectSql: 'introspectSql',
  markMigrationApplied: 'markMigrationApplied',
  markMigrationRolledBack: 'markMigrationRolledBack',
  reset: 'reset',
  schemaPush: 'schemaPush',
};

// evaluateDataLoss and createMigration read the schema that the migrations
// produce. The wasm engine computes it (on a shadow database from the adapter
// factory) only in devDiagnostic and keeps it in a cache; called on their own,
// or after applyMigrations, the two fail with "PostgreSQL shadow DB must be
// provided through an external factory". devDiagnostic first fills the cache.
const NEEDS_MIGRATION_SCHEMA = new Set(['evaluateDataLoss', 'createMigration']);

async function warmMigrationSchema(instance, params) {
  try {
    await instance.devDiagnostic({
      migrationsList: params.migrationsList,
      filters: params.filters ?? { externalTables: [], externalEnums: [] },
    });
  } catch {
    // The real call reports any problem.
  }
}

function log(level, message, extra = {}) {
  process.stderr.write(
    `${JSON.stringify({ timestamp: new Date().toISOString(), level, target: 'schema_engine::logger', fields: { message, ...extra } })}\n`,
  );
}

// The wasm engine reports a Rust panic's message here before trapping.
const panicRegistry = {
  message: undefined,
  set_message(message) {
    this.message = message;
  },
};
globalThis.PRISMA_WASM_PANIC_REGISTRY = panicRegistry;

async function loadWasmEngine() {
  const pkgDir = dirname(require.resolve('@prisma/schema-engine-wasm'));
  const glue = await import(join(pkgDir, 'schema_engine_bg.js'));
  const bytes = await readFile(join(pkgDir, 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue;
}

function parseArgs(argv) {
  const args = { datamodels: [], datasource: undefined, cli: undefined, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--version' || arg === '-V') args.version = true;
    else if (arg === '--datamodels') args.datamodels.push(argv[++i]);
    else if (arg === '--datasource') args.datasource = JSON.parse(argv[++i]);
    else if (arg === '--enabled-preview-features' || arg === '--extension-types') i++;
    else if (arg === 'cli') args.cli = argv[++i];
  }
  return args;
}

function connectionErrorCode(error) {
  if (['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT'].includes(error.code)) return 'P1001';
  if (error.code === '28P01' || error.code === '28000') return 'P1000';
  if (error.code === '3D000') return 'P1003';
  return 'P1000';
}

async function runCliCommand(command, datasource) {
  const url = datasource?.url;
  if (!url) throw new Error('The datasource URL is missing (set it in prisma.config.ts).');
  const target = new URL(url);
  const database = decodeURIComponent(target.pathname.replace(/^\//, '')) || 'postgres';
  const tryConnect = async (connectionString) => {
    const client = new pg.Client({ connectionString });
    await client.connect();
    return client;
  };
  log('INFO', `Starting schema engine CLI command ${command}`);
  try {
    if (command === 'can-connect-to-database') {
      await (await tryConnect(url)).end();
      return 0;
    }
    if (command === 'create-database') {
      const admin = new URL(url);
      admin.pathname = '/postgres';
      const client = await tryConnect(admin.toString());
      try {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
        if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
      } finally {
        await client.end();
      }
      process.stdout.write(`Database '${database}' was successfully created.\n`);
      return 0;
    }
    if (command === 'drop-database') {
      const admin = new URL(url);
      admin.pathname = '/postgres';
      const client = await tryConnect(admin.toString());
      try {
        await client.query(`DROP DATABASE IF EXISTS "${database.replaceAll('"', '""')}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
      return 0;
    }
    log('ERROR', `Unknown CLI command: ${command}`);
    return 1;
  } catch (error) {
    const code = connectionErrorCode(error);
    const where = `${target.hostname}:${target.port || 5432}`;
    const message = code === 'P1003'
      ? `Database \`${database}\` does not exist on the database server at \`${where}\`.`
      : code === 'P1001'
        ? `Can't reach database server at \`${where}\``
        : `Authentication failed against database server at \`${where}\`: ${error.message}`;
    log('ERROR', message, { error_code: code });
    return 1;
  }
}

function rpcError(error, errorRegistry) {
  const registered = error && errorRegistry?.lookupError?.(error);
  if (registered) {
    const cause = registered.error ?? registered;
    const message = cause.message ?? cause.cause?.message ?? JSON.stringify(cause);
    return { code: 4466, message: 'An error happened. Check the data field for details.', data: { is_panic: false, message } };
  }
  const isPanic = error instanceof WebAssembly.RuntimeError || /unreachable|panicked/i.test(String(error?.message));
  if (isPanic) {
    const message = panicRegistry.message ?? String(error?.message ?? error);
    panicRegistry.message = undefined;
    return { code: 4466, message, data: { is_panic: true, message, error: { message } } };
  }
  const data = { is_panic: false, message: String(error?.message ?? error) };
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    data.error_code = error.code;
    if ('meta' in error) data.meta = error.meta;
  }
  return { code: 4466, message: 'An error happened. Check the data field for details.', data };
}

async function serveRpc(args) {
  const wasm = await loadWasmEngine();
  const datamodels = await Promise.all(args.datamodels.map(async (path) => [path, await readFile(path, 'utf8')]));
  let engine;
  let factory;
  const getEngine = async () => {
    if (engine) return engine;
    if (!args.datasource?.url) throw new Error('The datasource URL is missing (set it in prisma.config.ts).');
    factory = bindMigrationAwareSqlAdapterFactory(new PgMigrationAdapterFactory(args.datasource));
    engine = await wasm.SchemaEngine.new(
      { datamodels: datamodels.length ? datamodels : undefined },
      (line) => process.stderr.write(`${line}\n`),
      factory,
    );
    return engine;
  };

  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const pendingPrints = new Map();
  let printId = 0;
  const printThroughCli = (content) =>
    new Promise((resolve) => {
      const id = `print-${++printId}`;
      pendingPrints.set(id, resolve);
      process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', id, method: 'print', params: { content } })}\n`);
    });
  let queue = Promise.resolve();
  rl.on('line', (line) => {
    if (!line.trim()) return;
    let request;
    try {
      request = JSON.parse(line);
    } catch {
      return;
    }
    // Answers to our own "print" requests arrive while a request is running.
    if (!request.method) {
      pendingPrints.get(request.id)?.();
      pendingPrints.delete(request.id);
      return;
    }
    queue = queue.then(async () => {
      const reply = (body) => process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', id: request.id, ...body })}\n`);
      const method = METHODS[request.method];
      if (!method) {
        reply({ error: { code: -32601, message: `Method not supported by the WebAssembly schema engine: ${request.method}` } });
        return;
      }
      try {
        const instance = await getEngine();
        if (NEEDS_MIGRATION_SCHEMA.has(method) && request.params?.migrationsList) {
          await warmMigrationSchema(instance, request.params);
        }
        const result = await instance[method](request.params ?? undefined);
        // The native engine prints a diff's script through the CLI (a "print"
        // request); the wasm engine returns it as `stdout` instead.
        if (result && typeof result === 'object' && typeof result.stdout === 'string') {
          const { stdout, ...rest } = result;
          if (stdout) await printThroughCli(stdout);
          reply({ result: rest });
        } else {
          reply({ result: result === undefined ? null : result });
        }
      } catch (error) {
        reply({ error: rpcError(error, factory?.errorRegistry) });
      }
    });
  });
  await new Promise((resolve) => rl.on('close', resolve));
  await queue;
  engine?.free?.();
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.version) {
    const wasm = await loadWasmEngine();
    process.stdout.write(`schema-engine-wasm ${wasm.version()}\n`);
    return 0;
  }
  if (args.cli) return runCliCommand(args.cli, args.datasource);
  await serveRpc(args);
  return 0;
}

// A Rust panic traps the wasm instance; report it the way the native engine does.
process.on('uncaughtException', (error) => {
  log('ERROR', panicRegistry.message ?? String(error?.stack ?? error), { is_panic: true });
  process.exit(101);
});

main().then(
  (code) => process.exit(code),
  (error) => {
    log('ERROR', String(error?.stack ?? error));
    process.exit(1);
  },
);
