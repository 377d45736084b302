// Sign-in throttling, shared by every server process (counts in PostgreSQL,
// lib/rate-limit): per account, 5 failed attempts lock it for 15 minutes;
// per address, 20 attempts in 15 minutes. An attempt takes its point before
// the password is checked, so simultaneous attempts (several processes, a
// script sending 30 at once) are counted exactly and the refused ones cost no
// hashing. Unknown user names count like real ones: the answer never tells
// whether an account exists.
import 'server-only';
import { createCounter } from '@/lib/rate-limit/rate-limit';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_SECONDS = 15 * 60;
/** Per address (SIGN_INS_PER_ADDRESS to change, e.g. for an office where many sign in behind one address, or for tests). */
export const SIGN_INS_PER_ADDRESS = Math.max(1, Number(process.env.SIGN_INS_PER_ADDRESS) || 20);
export const ADDRESS_WINDOW_SECONDS = 15 * 60;

const accounts = createCounter('signin-account', { points: MAX_FAILED_SIGN_INS, durationSeconds: LOCK_SECONDS });
const addresses = createCounter('signin-address', { points: SIGN_INS_PER_ADDRESS, durationSeconds: ADDRESS_WINDOW_SECONDS });

export type Admission =
  | { admitted: true; accountAttempt: number }
  /** `firstRefusal`: this is the refusal that starts the address's wait (audited once, not every refused attempt). */
  | { admitted: false; by: 'account' | 'address'; retryAfterSeconds: number; firstRefusal: boolean };

export async function admitSignIn(username: string, address: string): Promise<Admission> {
  const byAddress = await addresses.consume(address);
  if (!byAddress.allowed) {
    return { admitted: false, by: 'address', retryAfterSeconds: byAddress.retryAfterSeconds, firstRefusal: byAddress.consumed === SIGN_INS_PER_ADDRESS + 1 };
  }
  const byAccount = await accounts.consume(username);
  if (!byAccount.allowed) return { admitted: false, by: 'account', retryAfterSeconds: byAccount.retryAfterSeconds, firstRefusal: false };
  return { admitted: true, accountAttempt: byAccount.consumed };
}

/** After a failed attempt: true when it was the last one allowed and the account is now locked. */
export async function recordFailedSignIn(username: string, accountAttempt: number): Promise<boolean> {
  if (accountAttempt < MAX_FAILED_SIGN_INS) return false;
  await accounts.block(username, LOCK_SECONDS);
  return true;
}

/** After a successful sign-in: the account's failures are forgiven, and the address gets its attempt back. */
export async function recordSuccessfulSignIn(username: string, address: string): Promise<void> {
  await Promise.all([accounts.reset(username), addresses.reward(address)]);
}
