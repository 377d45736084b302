// `npm run db:migrate -- --name <change>` and `npm run db:status`: the Prisma
// CLI against the portal's database (DATABASE_URL, or the embedded one,
// started for the command if `npm start` is not running).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPrisma } from './prisma.mjs';
import { ensureAppDatabase } from './lib/database';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  const database = await ensureAppDatabase(root, (line) => console.log(`[nianbao] ${line}`));
  try {
    return await runPrisma(process.argv.slice(2), { env: { ...process.env, DATABASE_URL: database.url } });
  } finally {
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
