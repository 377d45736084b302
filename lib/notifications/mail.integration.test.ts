// E-mail notifications through a real SMTP server started by the test.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { createDbClient } from '@/lib/db/create-client';
import { sample2021 } from '@/lib/report-format/testing/sample-content';
import { createReport } from '@/lib/reports/create-report';
import { saveReportContent } from '@/lib/reports/save-report-content';
import { takeStep } from '@/lib/reports/take-step';
import { seedBase } from '@/prisma/seed/seed-base';
import { CLAIM_LEASE_MS, deliverPendingMail, retryDelayMs } from './deliver-mail';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

const received: Received[] = [];
/** Addresses the test server refuses (550) at RCPT TO. */
const refused = new Set<string>();
let server: SMTPServer;

/** Decodes RFC 2047 encoded words (=?UTF-8?B?…?=) in a header. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
    );
}

function header(raw: string, name: string): string {
  const match = raw.match(new RegExp(`^${name}: ((?:.*)(?:\\r?\\n[ \\t].*)*)`, 'im'));
  return decodeHeader((match?.[1] ?? '').replace(/\r?\n[ \t]/g, ' '));
}

function startSmtp(port = 0): Promise<number> {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!refused.has(address.address)) return callback();
      callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw,
        });
        callback();
      });
    },
  });
  server.listen(port, '127.0.0.1');
  return once(server.server, 'listening').then(() => (server.server.address() as AddressInfo).port);
}

/** The text body of a single-part message, decoded. */
function body(raw: string): string {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const text = rest.join('\n\n');
  const encoding = header(head, 'Content-Transfer-Encoding').toLowerCase();
  if (encoding === 'base64') return Buffer.from(text.replace(/\s/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return text;
}

let port: number;

beforeAll(async () => {
  port = await startSmtp();
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.MAIL_FROM = '章贡区年报系统 <noreply@zhanggong.example.gov.cn>';
  // Links in e-mails lead to the portal's public address, not to where the server happens to run.
  process.env.PUBLIC_BASE_URL = 'https://gk.zhanggong.example.gov.cn';
  const seeding = createDbClient(process.env.DATABASE_URL!);
  await seedBase(seeding);
  await seeding.$disconnect();
});

afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
});

describe('mail notifications', () => {
  it('tells the department reviewer, then the district, with links to the public address', async () => {
    const editor = await db.user.findUniqueOrThrow({ where: { username: 'education.editor' } });
    const signer = await db.user.findUniqueOrThrow({ where: { username: 'education.reviewer' } });
    const actor = { id: editor.id, displayName: editor.displayName };
    const report = await createReport(actor, { departmentId: editor.departmentId!, year: 2025 }, new Date('2026-11-25T10:00:00+08:00'));
    const content = sample2021();
    content.signature.date = '2026-01-20';
    const saved = await saveReportContent(actor, { reportId: report.id, version: report.version, content });
    const submitted = await takeStep(actor, { step: 'submit', reportId: report.id, version: saved.version, explanations: {} });

    // Submitted: the department's reviewer is asked to sign it off.
    expect(await deliverPendingMail()).toBe(1);
    expect(received.map((mail) => mail.to).flat()).toEqual(['education.reviewer@zhanggong.example.gov.cn']);
    expect(header(received[0]!.raw, 'Subject')).toBe('【政府信息公开年报】区教育局2025年度报告待签发');
    expect(body(received[0]!.raw)).toContain(`https://gk.zhanggong.example.gov.cn/review/reports/${report.id}`);
    expect(body(received[0]!.raw)).not.toContain('localhost');

    // Signed off: the district's approvers are asked to review, the editor is told.
    received.length = 0;
    await takeStep({ id: signer.id, displayName: signer.displayName }, { step: 'signOff', reportId: report.id, version: submitted.version, confidentiality: true });
    expect(await db.mailMessage.count({ where: { status: 'PENDING' } })).toBe(3);
    expect(await deliverPendingMail()).toBe(3);
    expect(received.map((mail) => mail.to).flat().sort()).toEqual([
      'approver1@zhanggong.example.gov.cn',
      'approver2@zhanggong.example.gov.cn',
      'education.editor@zhanggong.example.gov.cn',
    ]);
    for (const mail of received) {
      expect(mail.from).toBe('noreply@zhanggong.example.gov.cn');
      if (mail.to.includes('education.editor@zhanggong.example.gov.cn')) {
        expect(header(mail.raw, 'Subject')).toBe('【政府信息公开年报】区教育局2025年度报告已签发');
        expect(body(mail.raw)).toContain(`https://gk.zhanggong.example.gov.cn/editor/reports/${report.id}`);
      } else {
        expect(header(mail.raw, 'Subject')).toBe('【政府信息公开年报】区教育局2025年度报告已签发，请审核');
        expect(body(mail.raw)).toContain(`https://gk.zhanggong.example.gov.cn/review/reports/${report.id}`);
        expect(body(mail.raw)).toContain('区教育局 分管负责人已对区教育局2025年度报告进行保密审查并签发，请审核。');
      }
    }
    expect(await db.mailMessage.count({ where: { status: 'SENT' } })).toBe(4);
  });

  it('keeps mail when the server is down and sends it when it is back', async () => {
    received.length = 0;
    await new Promise<void>((done) => server.close(() => done()));
    await db.mailMessage.create({ data: { to: 'approver1@zhanggong.example.gov.cn', subject: '测试', text: '正文' } });

    expect(await deliverPendingMail()).toBe(0);
    const failed = await db.mailMessage.findFirstOrThrow({ where: { subject: '测试' } });
    expect(failed).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(failed.lastError).toBeTruthy();

    await startSmtp(port);
    // Retried once its delay has passed, not before.
    expect(await deliverPendingMail()).toBe(0);
    expect(await deliverPendingMail({ now: () => new Date(Date.now() + retryDelayMs(1)) })).toBe(1);
    expect(received).toHaveLength(1);
    expect((await db.mailMessage.findFirstOrThrow({ where: { subject: '测试' } })).status).toBe('SENT');
  });

  it('goes on past a refused recipient, and retries it later without holding up newer mail', async () => {
    received.length = 0;
    refused.add('bounce@zhanggong.example.gov.cn');
    const older = await db.mailMessage.create({
      data: { to: 'bounce@zhanggong.example.gov.cn', subject: '退信', text: '正文', createdAt: new Date(Date.now() - 60_000), nextAttemptAt: new Date(Date.now() - 60_000) },
    });
    await db.mailMessage.create({ data: { to: 'approver2@zhanggong.example.gov.cn', subject: '较新', text: '正文' } });

    expect(await deliverPendingMail()).toBe(1);
    expect(received.map((mail) => mail.to)).toEqual([['approver2@zhanggong.example.gov.cn']]);
    const failed = await db.mailMessage.findUniqueOrThrow({ where: { id: older.id } });
    expect(failed).toMatchObject({ status: 'PENDING', attempts: 1, claimedAt: null });
    expect(failed.lastError).toContain('Mailbox unavailable');
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    // Mail queued after the failure goes out at once, past the waiting one.
    await db.mailMessage.create({ data: { to: 'approver1@zhanggong.example.gov.cn', subject: '更新', text: '正文' } });
    expect(await deliverPendingMail()).toBe(1);
    expect(received).toHaveLength(2);

    // The address works again: the retry sends it.
    refused.clear();
    expect(await deliverPendingMail({ now: () => new Date(Date.now() + retryDelayMs(1)) })).toBe(1);
    expect(await db.mailMessage.findUniqueOrThrow({ where: { id: older.id } })).toMatchObject({ status: 'SENT', attempts: 2 });
    expect(received.at(-1)?.to).toEqual(['bounce@zhanggong.example.gov.cn']);
  });

  it('leaves a message claimed by another sender alone until the claim lapses', async () => {
    received.length = 0;
    const message = await db.mailMessage.create({ data: { to: 'approver1@zhanggong.example.gov.cn', subject: '已认领', text: '正文' } });
    const claimedAt = new Date();
    await db.mailMessage.update({ where: { id: message.id }, data: { claimedAt } });

    expect(await deliverPendingMail()).toBe(0);
    // The other sender died: after the lease, this one sends it.
    expect(await deliverPendingMail({ now: () => new Date(claimedAt.getTime() + CLAIM_LEASE_MS + 1000) })).toBe(1);
    expect(await db.mailMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: 'SENT', claimedAt: null });
  });

  it('sends each message once when several senders run at the same time', async () => {
    received.length = 0;
    await db.mailMessage.createMany({
      data: Array.from({ length: 6 }, (_, index) => ({ to: `approver${(index % 2) + 1}@zhanggong.example.gov.cn`, subject: `并发 ${index}`, text: '正文' })),
    });
    const sent = await Promise.all([deliverPendingMail(), deliverPendingMail(), deliverPendingMail()]);
    expect(sent.reduce((sum, count) => sum + count, 0)).toBe(6);
    expect(received).toHaveLength(6);
    expect(await db.mailMessage.count({ where: { subject: { startsWith: '并发' }, status: 'SENT', attempts: 1 } })).toBe(6);
  });
});
