// `npm run db:migrate -- --name <change>` and `npm run db:status`: the Prisma
// CLI against the portal's database as its owner (MIGRATION_DATABASE_URL, else
// DATABASE_URL, or the embedded one, started for the command if `npm start` is
// not running). After a migration the application's role gets its rights on
// the new tables.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPrisma } from './prisma.mjs';
import { ensureAppDatabase } from './lib/database';
import { grantAfterMigrating } from './lib/prepare-database';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const log = (line: string) => console.log(`[nianbao] ${line}`);

async function main() {
  const database = await ensureAppDatabase(root, log);
  try {
    const args = process.argv.slice(2);
    const code = await runPrisma(args, { env: { ...process.env, DATABASE_URL: database.ownerUrl } });
    if (code === 0 && args[0] === 'migrate' && args[1] !== 'status' && args[1] !== 'diff') await grantAfterMigrating(database.ownerUrl, database.url, log);
    return code;
  } finally {
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
