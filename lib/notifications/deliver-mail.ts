// Sends the e-mails waiting in the outbox. Safe to run in several server
// processes at once: each message is claimed with FOR UPDATE SKIP LOCKED.
import 'server-only';
import nodemailer from 'nodemailer';
import { db } from '@/lib/db/client';
import { serverEnv } from '@/lib/env';
import { logError, logInfo } from '@/lib/log';

const MAX_ATTEMPTS = 5;
let mailOffLogged = false;

function transport() {
  const url = serverEnv().SMTP_URL;
  return url ? nodemailer.createTransport(url) : null;
}

/** Sends pending e-mails; returns how many were sent. */
export async function deliverPendingMail(limit = 50): Promise<number> {
  const transporter = transport();
  if (!transporter) {
    if (!mailOffLogged) {
      logInfo('mail is off: SMTP_URL is not set, notifications are shown in the portal only');
      mailOffLogged = true;
    }
    return 0;
  }
  let sent = 0;
  for (let index = 0; index < limit; index++) {
    const delivered = await db.$transaction(async (tx) => {
      const [message] = await tx.$queryRaw<{ id: string; to: string; subject: string; text: string; attempts: number }[]>`
        SELECT id, "to", subject, text, attempts FROM mail_messages
        WHERE status = 'PENDING' AND attempts < ${MAX_ATTEMPTS}
        ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED`;
      if (!message) return null;
      try {
        await transporter.sendMail({ from: serverEnv().MAIL_FROM, to: message.to, subject: message.subject, text: message.text });
        await tx.mailMessage.update({ where: { id: message.id }, data: { status: 'SENT', sentAt: new Date(), attempts: { increment: 1 } } });
        return true;
      } catch (error) {
        const attempts = message.attempts + 1;
        logError('mail delivery failed', error, { messageId: message.id, attempts });
        await tx.mailMessage.update({
          where: { id: message.id },
          data: {
            attempts,
            lastError: error instanceof Error ? error.message.slice(0, 500) : String(error),
            status: attempts >= MAX_ATTEMPTS ? 'FAILED' : 'PENDING',
          },
        });
        return false;
      }
    });
    if (delivered === null || delivered === false) break;
    sent++;
  }
  return sent;
}
