// A real SMTP server for the e2e portal: every message it accepts is written
// to e2e/.artifacts/mail/ as one JSON file (envelope and raw source), for the
// specs to read with readMailbox().
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { E2E_ARTIFACTS } from './constants';

export const MAILBOX_DIR = join(E2E_ARTIFACTS, 'mail');

export interface StoredMail {
  to: string[];
  raw: string;
}

/** Starts the server on a free port; returns the port. */
export async function startMailbox(): Promise<{ port: number; close: () => Promise<void> }> {
  rmSync(MAILBOX_DIR, { recursive: true, force: true });
  mkdirSync(MAILBOX_DIR, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mail: StoredMail = { to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString('utf8') };
        writeFileSync(join(MAILBOX_DIR, `${Date.now()}-${++count}.json`), JSON.stringify(mail));
        callback();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  return { port: (server.server.address() as AddressInfo).port, close: () => new Promise((done) => server.close(() => done())) };
}

/** Every message received so far, oldest first. */
export function readMailbox(): StoredMail[] {
  return readdirSync(MAILBOX_DIR)
    .sort((a, b) => Number(a.split('-')[0]) - Number(b.split('-')[0]) || a.localeCompare(b))
    .map((name) => JSON.parse(readFileSync(join(MAILBOX_DIR, name), 'utf8')) as StoredMail);
}

/** A message's text body, decoded (nodemailer sends quoted-printable or base64). */
export function mailText(raw: string): string {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  const encoding = /^Content-Transfer-Encoding:\s*(\S+)/im.exec(head)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}
