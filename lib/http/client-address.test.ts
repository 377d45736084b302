import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

describe('the address a request came from', () => {
  it.each([
    [{ 'x-forwarded-for': '203.0.113.9' }, '203.0.113.9'],
    // What the client wrote comes first; the front proxy appends what it saw.
    [{ 'x-forwarded-for': '1.2.3.4, 203.0.113.9' }, '203.0.113.9'],
    [{ 'x-forwarded-for': ' 1.2.3.4 ,  ' }, '1.2.3.4'],
    [{ 'x-real-ip': '198.51.100.1' }, '198.51.100.1'],
    [{}, 'unknown'],
  ])('%j → %s', (headers, expected) => {
    expect(clientAddress(new Headers(headers))).toBe(expected);
  });
});
