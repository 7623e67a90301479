import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Engine, FreshDatabase } from './bench-engines.ts';
import { percentile } from './percentile.ts';

const projectFolder = fileURLToPath(new URL('..', import.meta.url));
const runs = 5;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

async function healthyAfterMs(databaseUrl: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, ['--enable-source-maps', 'dist/src/main.js'], {
    cwd: projectFolder,
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl, PORT: String(port), LARK_APP_ID: 'cli_0123456789abcdef', LARK_APP_SECRET: 'bench', LARK_VERIFICATION_TOKEN: 'bench', LARK_DOMAIN: 'http://127.0.0.1:9', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode} before it was ready`);
      const ready = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (response) => response.status === 200,
        () => false,
      );
      if (ready) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

/** `npm start` as an operator restarts it: the built JavaScript on a migrated database, until /healthz answers 200. */
export async function measureStartUp(_engine: Engine, database: FreshDatabase): Promise<{ medianSeconds: number; slowestSeconds: number }> {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: projectFolder, stdio: 'ignore' });
  await healthyAfterMs(database.url);
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) times.push(await healthyAfterMs(database.url));
  return { medianSeconds: percentile(times, 0.5) / 1000, slowestSeconds: Math.max(...times) / 1000 };
}
