// `npm run db:backup [-- --out <file>]`: a backup of the portal's database —
// the embedded one (started for the command, or the running one of `npm start`,
// backed up live) or DATABASE_URL's — into one file, by default
// backups/nianbao-<date>-<time>.backup.gz. See scripts/lib/backup/.
// It connects as the owner (MIGRATION_DATABASE_URL) when known, because the
// application's role may not read Prisma's migration history; any role that
// may read every table will do (the backup only reads).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createBackup } from './lib/backup/create-backup';
import { describeFailure } from './lib/backup/errors';
import { ensureAppDatabase } from './lib/database';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const log = (line: string) => console.log(`[nianbao] ${line}`);
const USAGE = '用法 / Usage: npm run db:backup [-- --out <文件 file>]';

function timestamp(date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const out = resolve(values.out ?? join(root, 'backups', `nianbao-${timestamp()}.backup.gz`));
  const database = await ensureAppDatabase(root, log);
  if (!database.owned && !process.env.DATABASE_URL) log('嵌入式数据库正在运行（npm start），在线备份。');
  try {
    await createBackup({ url: database.ownerUrl, out, log });
    return 0;
  } finally {
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    for (const line of describeFailure(error).split('\n')) console.error(`[nianbao] ${line}`);
    process.exit(1);
  },
);
