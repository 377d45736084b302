// Password hashing with Argon2id (@node-rs/argon2: native code from npm, run
// on libuv's thread pool, so a burst of sign-ins does not stall the event
// loop that serves every other request). Hashes made by earlier versions
// (bcrypt, "$2…") are still verified — bcryptjs, on the main thread, once per
// user — and replaced at the next successful sign-in (needsRehash).
import { availableParallelism } from 'node:os';
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import bcrypt from 'bcryptjs';
import pLimit from 'p-limit';

export { passwordProblem } from './password-policy';

/** OWASP's first Argon2id choice: 19 MiB, 2 passes, 1 lane. */
const ARGON2_OPTIONS = { algorithm: 2 as Algorithm /* Argon2id (a const enum, not importable) */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const CURRENT_PREFIX = `$argon2id$v=19$m=${ARGON2_OPTIONS.memoryCost},t=${ARGON2_OPTIONS.timeCost},p=${ARGON2_OPTIONS.parallelism}$`;

/**
 * Hashes at once per process: one core fewer than the machine has (at least
 * one), so that a burst of sign-ins queues here and leaves a core to the
 * requests that need none (`npm run bench`: a cached page while 30 sign-ins run).
 */
const hashing = pLimit(Math.max(1, availableParallelism() - 1));

export function hashPassword(password: string): Promise<string> {
  return hashing(() => hash(password, ARGON2_OPTIONS));
}

// A real hash of a random string, compared against when the user does not
// exist, so that an unknown user name takes as long as a wrong password.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$bstaysmm5XUVpOonPwaWkw$OR84TqfrwM33sS2FPBXTn9XJY9S7sHvkbn2UqLyZ8P0';

export interface PasswordCheck {
  ok: boolean;
  /** The stored hash is of an older kind or cost: hash the password again now that it is known. */
  needsRehash: boolean;
}

export async function checkPassword(password: string, stored: string | null | undefined): Promise<PasswordCheck> {
  if (stored?.startsWith('$2')) {
    const ok = await bcrypt.compare(password, stored);
    return { ok, needsRehash: ok };
  }
  let ok = false;
  try {
    ok = await hashing(() => verify(stored || DUMMY_HASH, password));
  } catch {
    ok = false; // a malformed stored hash never signs anyone in
  }
  ok = ok && Boolean(stored);
  return { ok, needsRehash: ok && !stored!.startsWith(CURRENT_PREFIX) };
}

export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
  return (await checkPassword(password, stored)).ok;
}
