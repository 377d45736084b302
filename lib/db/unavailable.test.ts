import { describe, expect, it } from 'vitest';
import { Prisma } from './generated/client.ts';
import { isDatabaseUnavailable } from './unavailable';

const known = (code: string) => new Prisma.PrismaClientKnownRequestError('x', { code, clientVersion: '7' });

describe('a database that is away', () => {
  it.each([
    ['Prisma: no connection from the pool in time', known('P2024'), true],
    ['Prisma: transaction could not start', known('P2028'), true],
    ['pg: connection terminated', new Error('Connection terminated unexpectedly'), true],
    ['pg: connect timeout', new Error('timeout exceeded when trying to connect'), true],
    ['pg: query timeout', new Error('Query read timeout'), true],
    ['PostgreSQL: admin shutdown', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }), true],
    ['PostgreSQL: statement timeout', Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }), true],
    ['wrapped by Auth.js', Object.assign(new Error('callback failed'), { cause: { err: new Error('Connection terminated') } }), true],
    ['a unique violation', known('P2002'), false],
    ['a bug', new TypeError('undefined is not a function'), false],
    ['PostgreSQL: bad input', Object.assign(new Error('invalid byte sequence'), { code: '22021' }), false],
  ])('%s: %s', (_name, error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });
});
