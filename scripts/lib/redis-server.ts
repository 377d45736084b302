// A throwaway redis-server for tests, run with the deployment's own settings
// (deploy/redis/redis.conf) on a free port and in a temporary directory.
// Redis comes from the system (Debian's package redis-server).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './database';

export const REDIS_SERVER = '/usr/bin/redis-server';

export const redisInstalled = () => existsSync(REDIS_SERVER);

export interface RunningRedis {
  url: string;
  port: number;
  /** Stops it for good and removes its directory. */
  stop: () => Promise<void>;
  /** Kills it, as a crash would (the data goes: no persistence). */
  kill: () => Promise<void>;
  /** Starts it again on the same port, empty. */
  restart: () => Promise<void>;
}

/** Sends one inline command and resolves with the first reply line, or null when nothing answers. */
export function redisCommand(port: number, command: string): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let reply = '';
    const done = (value: string | null) => {
      socket.destroy();
      resolve(value);
    };
    socket.setTimeout(1000, () => done(null));
    socket.on('error', () => done(null));
    socket.on('connect', () => socket.write(`${command}\r\n`));
    socket.on('data', (chunk) => {
      reply += chunk.toString('utf8');
      if (reply.includes('\r\n')) done(reply.slice(0, reply.indexOf('\r\n')));
    });
  });
}

export async function startRedis(root: string = process.cwd()): Promise<RunningRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-redis-'));
  let child: ChildProcess | undefined;

  async function start() {
    const args = [join(root, 'deploy', 'redis', 'redis.conf'), '--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--daemonize', 'no'];
    const started = spawn(REDIS_SERVER, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child = started;
    // A test that dies without stopping it must not leave it running.
    const orphaned = () => started.kill('SIGKILL');
    process.once('exit', orphaned);
    started.once('exit', () => process.removeListener('exit', orphaned));
    for (let attempt = 0; (await redisCommand(port, 'PING')) !== '+PONG'; attempt++) {
      if (started.exitCode !== null) throw new Error(`redis-server exited at start (code ${started.exitCode})`);
      if (attempt > 100) throw new Error(`redis-server did not answer on port ${port}`);
      await new Promise((wait) => setTimeout(wait, 50));
    }
  }

  async function stopProcess() {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((done) => running.once('exit', done));
    running.kill('SIGKILL'); // nothing to save
    await exited;
  }

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      await stopProcess();
      rmSync(dir, { recursive: true, force: true });
    },
    kill: stopProcess,
    async restart() {
      await stopProcess();
      await start();
    },
  };
}
