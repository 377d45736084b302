// Automatic reminders go out from a periodic run in each server process
// (every 10 minutes; the first one a minute after start) and right after the
// admin saves a year's deadlines. runAutomaticReminders never sends one twice.
import 'server-only';
import { logError, logInfo } from '@/lib/log';
import { runAutomaticReminders } from './reminders';

export const REMINDER_INTERVAL_MS = 10 * 60_000;

const state = globalThis as unknown as { nianbaoReminderTimer?: NodeJS.Timeout; nianbaoReminderRunning?: boolean };

export async function runRemindersOnce(): Promise<void> {
  if (state.nianbaoReminderRunning) return;
  state.nianbaoReminderRunning = true;
  try {
    const sent = await runAutomaticReminders();
    if (sent > 0) logInfo('automatic reminders sent', { sent });
  } catch (error) {
    logError('automatic reminder run failed', error);
  } finally {
    state.nianbaoReminderRunning = false;
  }
}

/** Starts the periodic run in this process (instrumentation.ts). The timer keeps no process alive. */
export function startPeriodicReminders(): void {
  if (state.nianbaoReminderTimer) return;
  const first = setTimeout(() => void runRemindersOnce(), 60_000);
  first.unref();
  state.nianbaoReminderTimer = setInterval(() => void runRemindersOnce(), REMINDER_INTERVAL_MS);
  state.nianbaoReminderTimer.unref();
}
