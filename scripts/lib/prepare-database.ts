// Brings a database up to date: migrations, then demo data if it is empty.
import { createDbClient } from '@/lib/db/create-client';
import { fillMissingSearchTokens } from '@/lib/public/public-index';
import { fillMissingPublicDetails } from '@/lib/public/public-details';
import { runPrisma } from '../prisma.mjs';
import { printDemoLogins, seedDatabase } from './seed-database';

export interface PrepareOptions {
  /** Also create generated demo reports (never on a real deployment's database). */
  demoReports: boolean;
  log: (line: string) => void;
  /** Show the Prisma CLI's output (migration names); otherwise only errors. */
  verbose?: boolean;
}

/** Returns a function that prints the demo logins, if they still work. */
export async function prepareDatabase(url: string, options: PrepareOptions): Promise<() => void> {
  options.log('Applying database migrations …');
  const code = await runPrisma(['migrate', 'deploy'], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: options.verbose ? 'inherit' : ['ignore', 'ignore', 'inherit'],
  });
  if (code !== 0) throw new Error('prisma migrate deploy failed (see the messages above)');
  const db = createDbClient(url, { maxConnections: 2 });
  try {
    const seeded = await seedDatabase(db, options);
    const tokenised = await fillMissingSearchTokens(db);
    if (tokenised > 0) options.log(`Indexed ${tokenised} published reports for the public search.`);
    const detailed = await fillMissingPublicDetails(db);
    if (detailed > 0) options.log(`Indexed the cells, rule results and texts of ${detailed} published reports (district summary, statistics, 雷同).`);
    return await printDemoLogins(db, seeded, options.log);
  } finally {
    await db.$disconnect();
  }
}
