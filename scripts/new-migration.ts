// `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that takes the committed migrations to the current schema.prisma,
// without applying it (review it, then `npm start` or `npm run db:migrate`
// applies it). Unlike `prisma migrate dev`, it needs no interactive terminal.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPrisma } from './prisma.mjs';
import { ensureAppDatabase } from './lib/database';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: npm run db:new-migration -- <name_in_snake_case>');
  process.exit(1);
}

/** The SQL from the committed migrations to schema.prisma (Prisma's `migrate diff`), or null when it fails. */
async function diffScript(databaseUrl: string): Promise<string | null> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-migration-'));
  try {
    const output = join(dir, 'migration.sql');
    const args = ['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema', 'prisma/schema.prisma', '--script', '--output', output];
    const code = await runPrisma(args, { env: { ...process.env, DATABASE_URL: databaseUrl } });
    return code === 0 ? readFileSync(output, 'utf8') : null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const database = await ensureAppDatabase(root, (line) => console.log(`[nianbao] ${line}`));
  try {
    const sql = await diffScript(database.ownerUrl);
    if (sql === null) throw new Error('prisma migrate diff failed');
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
