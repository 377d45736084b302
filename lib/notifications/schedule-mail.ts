// When queued e-mails are sent: right after the response that queued them
// (notify() asks for it), and every minute in each server process, so that
// failed mail is retried without anybody using the portal.
import 'server-only';
import { after } from 'next/server';
import { logError } from '@/lib/log';
import { deliverPendingMail } from './deliver-mail';

export const MAIL_DELIVERY_INTERVAL_MS = 60_000;

// On globalThis: Next may load this module once per server entry (pages,
// instrumentation), and one process needs one timer.
const state = globalThis as unknown as {
  nianbaoMailTimer?: NodeJS.Timeout;
  nianbaoMailRunning?: boolean;
  nianbaoMailAgain?: boolean;
};

async function runDelivery(): Promise<void> {
  // One run at a time per process (a slow server must not pile runs up); other
  // processes run alongside, each claiming other messages. Mail queued while a
  // run is under way gets one more run right after it, not a minute later.
  if (state.nianbaoMailRunning) {
    state.nianbaoMailAgain = true;
    return;
  }
  state.nianbaoMailRunning = true;
  try {
    do {
      state.nianbaoMailAgain = false;
      await deliverPendingMail();
    } while (state.nianbaoMailAgain);
  } catch (error) {
    logError('mail delivery run failed', error);
  } finally {
    state.nianbaoMailRunning = false;
  }
}

/** Sends queued mail after the current response has gone out (and so after the transaction that queued it). */
export function scheduleMailDelivery(): void {
  try {
    after(runDelivery);
  } catch {
    // Outside a request (scripts, tests) there is no "after the response":
    // the periodic run sends the mail.
  }
}

/** Starts the periodic run in this process (instrumentation.ts, when mail is on). The timer keeps no process alive. */
export function startPeriodicMailDelivery(): void {
  if (state.nianbaoMailTimer) return;
  state.nianbaoMailTimer = setInterval(() => void runDelivery(), MAIL_DELIVERY_INTERVAL_MS);
  state.nianbaoMailTimer.unref();
}
