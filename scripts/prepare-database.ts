// `npm run db:prepare`: migrations, the application role's rights and
// first-run demo data for the database in DATABASE_URL (used by docker-compose
// before the app starts). Migrations run as MIGRATION_DATABASE_URL's role (the
// owner), or as DATABASE_URL's in a single-role deployment.
import { prepareDatabase } from './lib/prepare-database';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set.');
  process.exit(1);
}
const ownerUrl = process.env.MIGRATION_DATABASE_URL || url;

prepareDatabase(ownerUrl, { demoReports: false, appUrl: url, log: (line) => console.log(`[nianbao] ${line}`) }).then(
  (showLogins) => {
    showLogins();
    process.exit(0);
  },
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
