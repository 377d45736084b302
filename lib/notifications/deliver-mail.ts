// Sends the e-mails waiting in the outbox, one message at a time:
//   1. claim it in one short statement (FOR UPDATE SKIP LOCKED, then
//      claimed_at = now: a lease that lapses if this process dies mid-send),
//   2. send it with no transaction open and no row locked,
//   3. record the outcome, only if the claim is still ours: sent, or failed
//      with the next attempt pushed back (or given up after MAX_ATTEMPTS).
// A message the server refuses (say, a bad address) holds up no other mail:
// the run moves on to the next one. A failure of the server itself
// (unreachable, login refused) ends the run, as every message would fail.
// Several server processes may run this at once: each claims other messages.
// Mail is sent at least once: a process that dies between sending and step 3
// leaves the claim to lapse, and the message is sent again.
import 'server-only';
import nodemailer from 'nodemailer';
import { db } from '@/lib/db/client';
import { serverEnv } from '@/lib/env';
import { logError, logInfo, logWarn } from '@/lib/log';

export const MAX_ATTEMPTS = 8;
/** Wait after the n-th failed attempt (1 min … 12 h, about a day in all). */
const RETRY_DELAYS_MINUTES = [1, 5, 15, 60, 180, 360, 720];
/** How long a claim holds. Longer than a send can take (the timeouts below, with margin). */
export const CLAIM_LEASE_MS = 10 * 60_000;
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

let mailOffLogged = false;

interface ClaimedMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  attempts: number;
}

export function retryDelayMs(attempts: number): number {
  return RETRY_DELAYS_MINUTES[Math.min(attempts, RETRY_DELAYS_MINUTES.length) - 1]! * 60_000;
}

/** The oldest message due now that nobody holds, claimed for this sender at `now`. */
async function claimNext(now: Date): Promise<ClaimedMessage | null> {
  const leaseStart = new Date(now.getTime() - CLAIM_LEASE_MS);
  const [message] = await db.$queryRaw<ClaimedMessage[]>`
    UPDATE mail_messages SET claimed_at = ${now}
    WHERE id = (
      SELECT id FROM mail_messages
      WHERE status = 'PENDING' AND next_attempt_at <= ${now}
        AND (claimed_at IS NULL OR claimed_at < ${leaseStart})
      ORDER BY next_attempt_at, created_at
      LIMIT 1
      FOR UPDATE SKIP LOCKED)
    RETURNING id, "to", subject, text, attempts`;
  return message ?? null;
}

/**
 * Whether the server refused this message (its recipient or its content:
 * nodemailer's EENVELOPE, EMESSAGE), as opposed to failing for every message
 * (unreachable, timed out, refused the login…).
 */
function refusedThisMessage(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === 'EENVELOPE' || code === 'EMESSAGE';
}

/** Sends pending e-mails; returns how many were sent. `now` is the clock (tests move it forward). */
export async function deliverPendingMail(options: { limit?: number; now?: () => Date } = {}): Promise<number> {
  const { limit = 50, now = () => new Date() } = options;
  const url = serverEnv().SMTP_URL;
  if (!url) {
    if (!mailOffLogged) {
      logInfo('mail is off: SMTP_URL is not set, notifications are shown in the portal only');
      mailOffLogged = true;
    }
    return 0;
  }
  const transporter = nodemailer.createTransport({ url, ...SMTP_TIMEOUTS });
  let sent = 0;
  try {
    for (let index = 0; index < limit; index++) {
      const claimedAt = now();
      const message = await claimNext(claimedAt);
      if (!message) break;
      const ours = { id: message.id, status: 'PENDING' as const, claimedAt };
      try {
        await transporter.sendMail({ from: serverEnv().MAIL_FROM, to: message.to, subject: message.subject, text: message.text });
      } catch (error) {
        const attempts = message.attempts + 1;
        const givingUp = attempts >= MAX_ATTEMPTS;
        logError('mail delivery failed', error, { messageId: message.id, attempts, givingUp });
        await db.mailMessage.updateMany({
          where: ours,
          data: {
            attempts,
            lastError: error instanceof Error ? error.message.slice(0, 500) : String(error).slice(0, 500),
            status: givingUp ? 'FAILED' : 'PENDING',
            nextAttemptAt: new Date(now().getTime() + retryDelayMs(attempts)),
            claimedAt: null,
          },
        });
        if (!refusedThisMessage(error)) break;
        continue;
      }
      const { count } = await db.mailMessage.updateMany({
        where: ours,
        data: { status: 'SENT', sentAt: now(), attempts: { increment: 1 }, claimedAt: null },
      });
      if (count !== 1) logWarn('mail sent after its claim had lapsed: it may be sent twice', { messageId: message.id });
      sent++;
    }
  } finally {
    transporter.close();
  }
  return sent;
}
