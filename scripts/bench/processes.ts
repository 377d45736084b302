// Everything the benchmark starts, so that all of it is stopped at the end, on
// errors and on Ctrl-C: child processes (next start, nginx, the data-layer
// child, wrk) and other resources (the database, temporary directories), each
// registered with a stop function. cleanup() stops them newest first and is
// safe to call more than once.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

interface Resource {
  name: string;
  stop: () => Promise<void>;
}

const resources: Resource[] = [];
let cleaning: Promise<void> | undefined;

/** Registers something to stop at cleanup; returns a function that unregisters it (once it stopped by itself). */
export function onCleanup(name: string, stop: () => Promise<void>): () => void {
  const resource = { name, stop };
  resources.push(resource);
  return () => {
    const index = resources.indexOf(resource);
    if (index >= 0) resources.splice(index, 1);
  };
}

export const isCleaningUp = () => cleaning !== undefined;

/** Stops everything registered, newest first. */
export function cleanup(log: (line: string) => void = () => undefined): Promise<void> {
  cleaning ??= (async () => {
    while (resources.length > 0) {
      const resource = resources.pop()!;
      try {
        await resource.stop();
      } catch (error) {
        log(`stopping ${resource.name} failed: ${String(error)}`);
      }
    }
  })();
  return cleaning;
}

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/** Sends `signal`, then SIGKILL if the process has not exited after `graceMs`; resolves once it exited. */
export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000): Promise<void> {
  if (!running(child)) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill(signal);
  const timer = setTimeout(() => {
    if (running(child)) child.kill('SIGKILL');
  }, graceMs);
  await exited;
  clearTimeout(timer);
}

export interface StartOptions extends SpawnOptions {
  /** Prefix each output line with `[name]` on our stdout (default), or collect stdout (`collect`). */
  output?: 'prefix' | 'collect' | 'ignore';
  stopSignal?: NodeJS.Signals;
}

export interface Started {
  child: ChildProcess;
  /** Collected stdout (output: 'collect'). */
  stdout: () => string;
  /** Collected stderr (always, the last 20 kB). */
  stderr: () => string;
  /** Resolves with the exit code (or 1 when killed by a signal). */
  exited: Promise<number>;
}

function prefixLines(name: string, stream: NodeJS.ReadableStream | null, write: (line: string) => void) {
  let rest = '';
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) write(`[${name}] ${line}`);
  });
  stream?.on('end', () => rest && write(`[${name}] ${rest}`));
}

/** Starts a child process that cleanup() stops (SIGTERM, then SIGKILL) if it is still running. */
export function startProcess(name: string, command: string, args: string[], options: StartOptions = {}): Started {
  const { output = 'prefix', stopSignal = 'SIGTERM', ...spawnOptions } = options;
  const child = spawn(command, args, { ...spawnOptions, stdio: ['ignore', output === 'ignore' ? 'ignore' : 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  if (output === 'collect') {
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => (stdout += chunk));
  } else if (output === 'prefix') {
    prefixLines(name, child.stdout, (line) => console.log(line));
  }
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-20_000);
    if (output === 'prefix') process.stderr.write(chunk.replace(/^(?=.)/gm, `[${name}] `));
  });
  const unregister = onCleanup(name, () => stopProcess(child, stopSignal));
  const exited = new Promise<number>((resolve) => {
    child.once('error', (error) => {
      stderr += String(error);
      unregister();
      resolve(127);
    });
    child.once('exit', (code) => {
      unregister();
      resolve(code ?? 1);
    });
  });
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}
