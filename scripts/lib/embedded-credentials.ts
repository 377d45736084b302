// The passwords of the embedded database's three roles, generated on first use
// and kept beside its data directory (mode 0600): the superuser (creates the
// database and the roles), the owner (migrations) and the application's role.
// Kept outside the data directory so that they exist before initdb runs and
// survive deleting the data to start over.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { APP_ROLE, OWNER_ROLE } from './db-roles';

export interface RoleCredentials {
  name: string;
  password: string;
}

export interface EmbeddedCredentials {
  superuser: RoleCredentials;
  owner: RoleCredentials;
  app: RoleCredentials;
}

/** The bootstrap superuser of the embedded cluster (initdb --username). */
export const SUPERUSER = 'nianbao';
/** The superuser's password before roles existed: a data directory from then still has it until its next start. */
export const LEGACY_SUPERUSER_PASSWORD = 'nianbao-local';

/** `.data/postgres` → `.data/postgres-roles.json`. */
export function credentialsFile(dataDir: string): string {
  return join(dirname(dataDir), `${basename(dataDir)}-roles.json`);
}

const generate = () => randomBytes(24).toString('base64url');

/** The credentials kept for `dataDir`, created (and written) when there are none yet. */
export function loadCredentials(dataDir: string): { credentials: EmbeddedCredentials; created: boolean } {
  const file = credentialsFile(dataDir);
  if (existsSync(file)) {
    const credentials = JSON.parse(readFileSync(file, 'utf8')) as EmbeddedCredentials;
    if (credentials.superuser?.password && credentials.owner?.password && credentials.app?.password) return { credentials, created: false };
  }
  const credentials: EmbeddedCredentials = {
    superuser: { name: SUPERUSER, password: generate() },
    owner: { name: OWNER_ROLE, password: generate() },
    app: { name: APP_ROLE, password: generate() },
  };
  mkdirSync(dirname(file), { recursive: true });
  // Written whole or not at all: a half-written file would lock us out of the database.
  writeFileSync(`${file}.tmp`, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  renameSync(`${file}.tmp`, file);
  return { credentials, created: true };
}
