import { join } from 'node:path';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
/** The portal's configured public address (PUBLIC_BASE_URL) in e-mails, the sitemap and robots.txt. */
export const E2E_PUBLIC_BASE_URL = 'https://gk.zhanggong.example.gov.cn';
/** The e2e server writes its database URL here for the tests. */
/**
 * Another port (E2E_PORT) is another instance, so that two runs can go side
 * by side: its own build folder and its own artifacts (state file, mailbox).
 */
const instance = E2E_PORT === 3100 ? '' : `-${E2E_PORT}`;
export const E2E_DIST_DIR = `.next-e2e${instance}`;
export const E2E_ARTIFACTS = join(process.cwd(), 'e2e', `.artifacts${instance}`);
export const E2E_STATE_FILE = join(E2E_ARTIFACTS, 'server.json');
