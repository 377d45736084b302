// `npm run seed:demo`: adds the generated demonstration reports (演示数据) to
// the portal's database — the embedded one, or DATABASE_URL's when asked for
// explicitly. Reports that exist are left alone.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDbClient } from '@/lib/db/create-client';
import { seedDemoReports } from '@/prisma/seed/demo-reports';
import { ensureAppDatabase } from './lib/database';
import { prepareDatabase } from './lib/prepare-database';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const log = (line: string) => console.log(`[nianbao] ${line}`);

async function main() {
  const database = await ensureAppDatabase(root, log);
  try {
    // Migrations, and the demo district if the database is empty.
    await prepareDatabase(database.ownerUrl, { demoReports: false, demoAccounts: true, log, appUrl: database.url });
    const db = createDbClient(database.ownerUrl, { maxConnections: 2 });
    try {
      await seedDemoReports(db, { log });
      log('Restart the portal (npm start) so that its cached public pages show them.');
    } finally {
      await db.$disconnect();
    }
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
