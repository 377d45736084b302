// `npm run db:prepare`: migrations and first-run demo data for the database in
// DATABASE_URL (used by docker-compose before the app starts).
import { prepareDatabase } from './lib/prepare-database';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set.');
  process.exit(1);
}

prepareDatabase(url, { demoReports: false, log: (line) => console.log(`[nianbao] ${line}`) }).then(
  (showLogins) => {
    showLogins();
    process.exit(0);
  },
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
