// Structured logging to stdout/stderr (one JSON object per line), so that a
// log collector can index it. Never log passwords or report content.
type Fields = Record<string, unknown>;

function write(level: 'info' | 'warn' | 'error', message: string, fields: Fields) {
  const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...fields });
  if (level === 'error') console.error(line);
  else if (level === 'warn') console.warn(line);
  else console.info(line);
}

export function logInfo(message: string, fields: Fields = {}) {
  write('info', message, fields);
}

export function logWarn(message: string, fields: Fields = {}) {
  write('warn', message, fields);
}

export function logError(message: string, error: unknown, fields: Fields = {}) {
  const err = error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error) };
  write('error', message, { ...fields, ...err });
}
