#!/usr/bin/env node
// Runs the Prisma CLI with a schema engine that is known to be present.
//
// Prisma's CLI needs a native `schema-engine` binary, which @prisma/engines
// downloads at install time from a host outside the npm registry. Where that
// download worked, the native engine is used. Where it did not (offline
// machines, intranets with only an npm mirror), PRISMA_SCHEMA_ENGINE_BINARY
// points at prisma/engine/schema-engine.mjs, which runs Prisma's own
// WebAssembly build of the same engine. A PRISMA_SCHEMA_ENGINE_BINARY set by
// the caller always wins.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/**
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {{ env: NodeJS.ProcessEnv, engine: string }}
 */
export function schemaEngineEnv(env = process.env) {
  if (env.PRISMA_SCHEMA_ENGINE_BINARY) return { env, engine: env.PRISMA_SCHEMA_ENGINE_BINARY };
  const enginesDir = dirname(require.resolve('@prisma/engines/package.json'));
  const native = readdirSync(enginesDir).find((f) => f.startsWith('schema-engine-'));
  if (native) return { env, engine: join(enginesDir, native) };
  const wasmEngine = join(root, 'prisma', 'engine', 'schema-engine.mjs');
  chmodSync(wasmEngine, 0o755);
  return { env: { ...env, PRISMA_SCHEMA_ENGINE_BINARY: wasmEngine }, engine: wasmEngine };
}

/**
 * Runs `prisma <args>`; resolves with the exit code.
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, stdio?: import('node:child_process').StdioOptions }} [options]
 * @returns {Promise<number>}
 */
export function runPrisma(args, { env = process.env, stdio = 'inherit' } = {}) {
  const cli = join(dirname(require.resolve('prisma/package.json')), 'build', 'index.js');
  const { env: childEnv } = schemaEngineEnv(env);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: root,
      stdio,
      env: { PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1', ...childEnv },
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolvePromise(signal ? 1 : (code ?? 1)));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(join(root, 'node_modules'))) {
    console.error('Run `npm install` first.');
    process.exit(1);
  }
  runPrisma(process.argv.slice(2)).then((code) => process.exit(code));
}
