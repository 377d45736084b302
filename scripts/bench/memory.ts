// The server's memory while a whole year of open data is downloaded: the
// resident set (VmRSS) of the `next start` process and all its descendants,
// sampled every 200 ms from /proc while the file is read as a stream (counted,
// never kept). Target: the download raises the RSS by at most 300 MB.
import { readFileSync } from 'node:fs';

const SAMPLE_MS = 200;

export interface DownloadMemory {
  path: string;
  status: number;
  bytes: number;
  lines: number;
  seconds: number;
  /** Resident set of the server process tree, in MB. */
  rssBefore: number;
  rssMax: number;
  rssAfter: number;
}

function readProc(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** The process and its descendants (Linux: /proc/<pid>/task/<tid>/children). */
export function processTree(pid: number): number[] {
  const seen = new Set<number>();
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.pop()!;
    if (seen.has(current)) continue;
    seen.add(current);
    for (const task of (readProc(`/proc/${current}/task/${current}/children`) ?? '').split(/\s+/).filter(Boolean)) queue.push(Number(task));
  }
  return [...seen];
}

/** Resident set of the process tree in MB (0 when /proc has nothing: not Linux, or the process is gone). */
export function treeRssMb(pid: number): number {
  let kb = 0;
  for (const each of processTree(pid)) {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readProc(`/proc/${each}/status`) ?? '');
    if (match) kb += Number(match[1]);
  }
  return kb / 1024;
}

/** Downloads `url` completely (streamed, counted) while sampling the server's RSS. */
export async function downloadWithMemory(url: string, path: string, pid: number, headers: Record<string, string>): Promise<DownloadMemory> {
  const rssBefore = treeRssMb(pid);
  let rssMax = rssBefore;
  const sampler = setInterval(() => (rssMax = Math.max(rssMax, treeRssMb(pid))), SAMPLE_MS);
  const started = performance.now();
  let bytes = 0;
  let lines = 0;
  let status = 0;
  try {
    const response = await fetch(url, { headers });
    status = response.status;
    const reader = response.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      for (let index = value.indexOf(10); index !== -1; index = value.indexOf(10, index + 1)) lines++;
    }
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - started) / 1000;
  rssMax = Math.max(rssMax, treeRssMb(pid));
  return { path, status, bytes, lines, seconds, rssBefore, rssMax, rssAfter: treeRssMb(pid) };
}
