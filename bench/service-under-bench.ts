import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type EventDeliverer, type LarkStandIn, type Latency, startLarkStandIn } from '../lark-stand-in/lark-stand-in.ts';
import { parseOrganisationFile } from '../src/cli/organisation-file-schema.ts';
import { type Database, openDatabase } from '../src/store/open-database.ts';
import { importOrganisation } from '../src/use-cases/organisation/import-organisation.ts';
import { type BenchUnitShape, benchOrganisation, benchPeople } from './bench-organisation.ts';

const appId = 'cli_0123456789abcdef';
const appSecret = 'bench-secret';
const encryptKey = 'bench-encrypt-key';
const verificationToken = 'bench-token';

export interface ServiceUnderBench {
  standIn: LarkStandIn;
  database: Database;
  /** Signed and encrypted deliveries, as Lark sends them. */
  lark: EventDeliverer;
  /** Waits until nothing is left to process or to send. */
  drained(): Promise<void>;
  close(): Promise<void>;
}

const projectFolder = fileURLToPath(new URL('..', import.meta.url));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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

let built = false;

/** `npm start`'s process: the built JavaScript, as an operator runs it, in a process of its own. */
async function startServiceProcess(environment: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  if (!built) {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: projectFolder, stdio: 'ignore' });
    built = true;
  }
  const port = await freePort();
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist/src/main.js'], { cwd: projectFolder, env: { PATH: process.env.PATH ?? '', ...environment, PORT: String(port), LOG_LEVEL: 'error' }, stdio: ['ignore', 'ignore', 'inherit'] });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode} before it was ready`);
    if (await fetch(`http://127.0.0.1:${port}/healthz`).then((response) => response.ok, () => false)) return { child, port };
    await sleep(20);
  }
}

/**
 * The real service, built and started in a process of its own as `npm start` starts it, on `databaseUrl`, against a
 * Lark stand-in (in this process) that enforces Lark's rate limits and answers after `latency`; with the organisation
 * of `shape` imported. Its scheduler is off: the benchmark runs the jobs itself, as `qs job run` does, and leaves the
 * sending to the service.
 */
export async function startServiceUnderBench(databaseUrl: string, shape: BenchUnitShape, latency: Latency = { fixedMs: 0, jitterMs: 0 }): Promise<ServiceUnderBench> {
  const standIn = await startLarkStandIn({ appId, appSecret, users: benchPeople(shape).map((openId) => ({ openId })), latency });
  standIn.enforceRateLimits(true);
  const database = await openDatabase(databaseUrl);
  const parsed = parseOrganisationFile(benchOrganisation(shape));
  if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'));
  await importOrganisation({ store: database.store, directory: undefined, defaultTimeZone: 'Asia/Shanghai', now: new Date('2026-10-01T08:00:00+08:00') }, parsed.plan);
  const { child, port } = await startServiceProcess({
    LARK_APP_ID: appId,
    LARK_APP_SECRET: appSecret,
    LARK_DOMAIN: standIn.url,
    LARK_ENCRYPT_KEY: encryptKey,
    LARK_VERIFICATION_TOKEN: verificationToken,
    DATABASE_URL: databaseUrl,
    SCHEDULER: 'off',
  });
  const lark = standIn.deliverer({ targetUrl: `http://127.0.0.1:${port}/lark/events`, verificationToken, encryptKey });
  return {
    standIn,
    database,
    lark,
    async drained() {
      for (;;) {
        const status = await database.operationalStatus();
        if (status.inboundEvents.inProgress === 0 && status.outbox.pending === 0) return;
        await sleep(50);
      }
    },
    async close() {
      child.kill('SIGTERM');
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
      await database.close();
      await standIn.close();
    },
  };
}
