// Progress lines of backup and restore: one per table when it is done, and
// one every few seconds while a big table (a province's cells) is copied.

export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

const EVERY_MS = 10_000;

export class Progress {
  private readonly started = performance.now();
  private last = this.started;

  constructor(
    private readonly log: (line: string) => void,
    private readonly table: string,
  ) {}

  tick(rows: number, bytes: number): void {
    const now = performance.now();
    if (now - this.last < EVERY_MS) return;
    this.last = now;
    this.log(`  ${this.table}: ${formatCount(rows)} 行，${formatBytes(bytes)} …`);
  }

  done(rows: number, bytes: number): void {
    const seconds = (performance.now() - this.started) / 1000;
    this.log(`  ${this.table}: ${formatCount(rows)} 行，${formatBytes(bytes)}（${seconds.toFixed(1)} s）`);
  }
}
