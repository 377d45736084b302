// Runs once when the server starts: refuse to serve with a broken environment,
// and, when mail is on, start sending queued e-mail every minute (retries
// happen without anybody using the portal).
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { serverEnv } = await import('./lib/env');
    const { logInfo } = await import('./lib/log');
    const env = serverEnv();
    logInfo('server starting', { mail: env.SMTP_URL ? 'on' : 'off (SMTP_URL not set)' });
    const { PHASE_PRODUCTION_BUILD } = await import('next/constants');
    if (env.SMTP_URL && process.env.NEXT_PHASE !== PHASE_PRODUCTION_BUILD) {
      const { startPeriodicMailDelivery } = await import('./lib/notifications/schedule-mail');
      startPeriodicMailDelivery();
    }
  }
}
