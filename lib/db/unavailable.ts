// Whether an error means the database could not be reached or did not answer
// in time (stopped, restarting, overloaded) — not a fault of the request or
// of the code. Such failures get their own message: nothing was done, try
// again shortly (lib/actions/run-action.ts, the sign-in form).
import { Prisma } from './generated/client.ts';

/** Prisma: can't reach the server, timeouts, no connection from the pool in time, an expired or failed transaction. */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028']);
/** PostgreSQL SQLSTATE classes and codes: connection exceptions, shutdown, cannot connect now, statement/lock timeouts. */
const SQLSTATES = /^(08...|57P0[1-3]|57014|55P03)$/;
const MESSAGES = /connection terminated|connection timeout|timeout exceeded when trying to connect|query read timeout|ECONNREFUSED|ECONNRESET|Can't reach database|Unable to start a transaction in the given time|server closed the connection/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  if (error instanceof Prisma.PrismaClientKnownRequestError && PRISMA_CODES.has(error.code)) return true;
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  const { code, message, cause, err } = error as { code?: unknown; message?: unknown; cause?: unknown; err?: unknown };
  if (typeof code === 'string' && SQLSTATES.test(code)) return true;
  if (typeof message === 'string' && MESSAGES.test(message)) return true;
  // Auth.js wraps what authorize() threw as { cause: { err } }.
  return isDatabaseUnavailable(cause, depth + 1) || isDatabaseUnavailable(err, depth + 1);
}

export const DATABASE_UNAVAILABLE_MESSAGE = '数据库暂时无法连接或响应过慢，本次操作没有完成（没有保存任何内容）。请稍后重试；编辑器中的内容保留在本浏览器中。';
