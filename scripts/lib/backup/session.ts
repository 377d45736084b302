// A connection for backup or restore, with the settings that make COPY's text
// the same on every server and let a long COPY run (a role may carry a
// statement timeout meant for the web application).
import pg from 'pg';
import { BackupError } from './errors';

/** host:port/database of a connection string, without the password, for messages. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return '(DATABASE_URL)';
  }
}

const SETTINGS = [
  "SET client_encoding = 'UTF8'",
  "SET datestyle = 'ISO, YMD'",
  "SET intervalstyle = 'postgres'",
  'SET extra_float_digits = 3',
  "SET timezone = 'UTC'",
  "SET bytea_output = 'hex'",
  'SET statement_timeout = 0',
  'SET idle_in_transaction_session_timeout = 0',
  // Waiting for a lock (a migration running, the portal in a long transaction) ends with a message.
  "SET lock_timeout = '60s'",
  // With row security on, a policy would hide rows silently; off, such a table is an error.
  'SET row_security = off',
  'SET search_path = public',
].join('; ');

export async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 15_000 });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw connectionError(url, error);
  }
  // A connection that breaks mid-COPY must fail the operation, not the process.
  client.on('error', () => undefined);
  await client.query(SETTINGS);
  return client;
}

function connectionError(url: string, error: unknown): BackupError {
  const where = describeUrl(url);
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === '3D000') {
    return new BackupError(`数据库不存在：${where}。请先创建一个空数据库（如 createdb）。`, `The database does not exist: ${where}. Create an empty database first (e.g. createdb).`);
  }
  if (code === '28P01' || code === '28000') {
    return new BackupError(`无法登录数据库 ${where}：用户名或密码不对（${message}）。`, `Cannot sign in to the database ${where}: wrong user name or password (${message}).`);
  }
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT') {
    return new BackupError(`无法连接数据库 ${where}（${code}）：数据库是否在运行，地址是否正确？`, `Cannot reach the database ${where} (${code}): is it running, and is the address right?`);
  }
  return new BackupError(`无法连接数据库 ${where}：${message}`, `Cannot connect to the database ${where}: ${message}`);
}

export async function serverVersion(client: pg.ClientBase): Promise<string> {
  const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
  return rows[0]!.server_version;
}
