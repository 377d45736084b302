// Keeping the web server of `npm start` running: why it stopped, and when to
// start it again.

/** The last lines a process wrote to stderr. */
export class RecentLines {
  private buffer: string[] = [];
  constructor(private readonly size: number) {}
  push(text: string) {
    this.buffer.push(...text.split('\n').filter((line) => line.trim() !== ''));
    if (this.buffer.length > this.size) this.buffer.splice(0, this.buffer.length - this.size);
  }
  lines() {
    return this.buffer;
  }
}

/** Why a process exited, in one line: its exit code or signal, and the error it reported last. */
export function describeExit(code: number | null, signal: NodeJS.Signals | null, stderr: readonly string[]): string {
  const how = signal ? `signal ${signal}` : `exit code ${code}`;
  const outOfMemory = stderr.some((line) => /heap out of memory|Allocation failed/i.test(line));
  const lastError = [...stderr].reverse().find((line) => /error|fatal|exception/i.test(line));
  if (outOfMemory) return `${how}: it ran out of memory (JavaScript heap out of memory)`;
  return lastError ? `${how}: ${lastError.trim().slice(0, 300)}` : how;
}

/** Restarts after 1, 2, 4 … 30 s; more than 5 in 5 minutes means something is broken for good. */
export class RestartBudget {
  private times: number[] = [];
  next(): number | null {
    const now = Date.now();
    this.times = this.times.filter((time) => now - time < 5 * 60_000);
    if (this.times.length >= 5) return null;
    this.times.push(now);
    return Math.min(30_000, 1000 * 2 ** (this.times.length - 1));
  }
}

