// Runs once when the server starts: refuse to serve with a broken environment,
// when mail is on, start sending queued e-mail every minute (retries happen
// without anybody using the portal), and start the automatic reminders.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { serverEnv } = await import('./lib/env');
    const { logInfo } = await import('./lib/log');
    const env = serverEnv();
    logInfo('server starting', { mail: env.SMTP_URL ? 'on' : 'off (SMTP_URL not set)' });
    const { PHASE_PRODUCTION_BUILD } = await import('next/constants');
    if (process.env.NEXT_PHASE !== PHASE_PRODUCTION_BUILD) {
      if (env.SMTP_URL) {
        const { startPeriodicMailDelivery } = await import('./lib/notifications/schedule-mail');
        startPeriodicMailDelivery();
      }
      // Automatic 催报 reminders at the days before each deadline (lib/oversight).
      const { startPeriodicReminders } = await import('./lib/oversight/schedule-reminders');
      startPeriodicReminders();
    }
  }
}
