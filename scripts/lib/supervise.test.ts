import { describe, expect, it, vi } from 'vitest';
import { describeExit, RecentLines, RestartBudget } from './supervise';

describe('why the web server stopped', () => {
  it('names running out of memory, else the last error, else the exit code or signal', () => {
    const oom = ['<--- Last few GCs --->', 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory'];
    expect(describeExit(null, 'SIGABRT', oom)).toBe('signal SIGABRT: it ran out of memory (JavaScript heap out of memory)');
    expect(describeExit(1, null, ['starting', 'Error: listen EADDRINUSE: address already in use :::3000'])).toBe('exit code 1: Error: listen EADDRINUSE: address already in use :::3000');
    expect(describeExit(137, null, [])).toBe('exit code 137');
  });

  it('keeps only the last lines', () => {
    const recent = new RecentLines(2);
    recent.push('a\nb\n');
    recent.push('c\n\n');
    expect(recent.lines()).toEqual(['b', 'c']);
  });

  it('restarts with growing delays, and gives up after five crashes in five minutes', () => {
    vi.useFakeTimers();
    try {
      const budget = new RestartBudget();
      expect([budget.next(), budget.next(), budget.next(), budget.next(), budget.next()]).toEqual([1000, 2000, 4000, 8000, 16000]);
      expect(budget.next()).toBeNull();
      vi.advanceTimersByTime(5 * 60_000 + 1);
      expect(budget.next()).toBe(1000);
    } finally {
      vi.useRealTimers();
    }
  });
});
