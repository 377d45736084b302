// `npm run db:restore -- [--in] <file> [--replace] [--check]`: a backup of
// `npm run db:backup` into the portal's database — the embedded one, or
// MIGRATION_DATABASE_URL's (the owner role), else DATABASE_URL's. Only into an
// empty database unless --replace; --check only checks the file. See scripts/lib/backup/.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BackupError, describeFailure } from './lib/backup/errors';
import { verifyBackupFile } from './lib/backup/read-backup';
import { describeManifest, restoreBackup } from './lib/backup/restore-backup';
import { ensureAppDatabase } from './lib/database';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const log = (line: string) => console.log(`[nianbao] ${line}`);
const USAGE = '用法 / Usage: npm run db:restore -- [--in] <备份文件 file> [--replace] [--check]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      in: { type: 'string' },
      replace: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const given = values.in ?? positionals[0];
  if (!given || positionals.length > (values.in ? 0 : 1)) throw new BackupError(`请指定一个备份文件。${USAGE}`, `Name one backup file. ${USAGE}`);
  const file = resolve(given);
  if (values.check) {
    log(`检查备份文件 ${file} …`);
    log(`备份文件完好：${describeManifest(await verifyBackupFile(file))}。`);
    return 0;
  }
  const database = await ensureAppDatabase(root, log);
  try {
    await restoreBackup({ url: database.ownerUrl, appUrl: database.url, file, replace: values.replace, log });
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
