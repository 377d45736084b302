// Sends queued e-mails after the response has gone out.
import 'server-only';
import { after } from 'next/server';
import { logError } from '@/lib/log';
import { deliverPendingMail } from './deliver-mail';

export function scheduleMailDelivery(): void {
  after(async () => {
    try {
      await deliverPendingMail();
    } catch (error) {
      logError('mail delivery run failed', error);
    }
  });
}
