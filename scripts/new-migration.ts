// `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that takes the committed migrations to the current schema.prisma,
// without applying it (review it, then `npm start` or `npm run db:migrate`
// applies it). Unlike `prisma migrate dev`, it needs no interactive terminal.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaEngineEnv } from './prisma.mjs';
import { ensureAppDatabase } from './lib/database';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: npm run db:new-migration -- <name_in_snake_case>');
  process.exit(1);
}

async function diffScript(databaseUrl: string): Promise<{ code: number; sql: string }> {
  const cli = join(root, 'node_modules', 'prisma', 'build', 'index.js');
  const { env } = schemaEngineEnv({ ...process.env, DATABASE_URL: databaseUrl });
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [cli, 'migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema', 'prisma/schema.prisma', '--script'],
      { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let sql = '';
    child.stdout.on('data', (chunk) => (sql += chunk));
    child.on('error', fail);
    child.on('exit', (code) => done({ code: code ?? 1, sql }));
  });
}

async function main() {
  const database = await ensureAppDatabase(root, (line) => console.log(`[nianbao] ${line}`));
  try {
    const { code, sql } = await diffScript(database.url);
    if (code !== 0) throw new Error('prisma migrate diff failed');
    if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
      console.log('schema.prisma and the migrations already agree: no migration written.');
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const dir = join(root, 'prisma', 'migrations', `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'migration.sql'), sql);
    console.log(`Wrote ${join('prisma', 'migrations', `${stamp}_${name}`, 'migration.sql')}`);
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
