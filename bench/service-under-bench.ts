import { Writable } from 'node:stream';
import { type EventDeliverer, type LarkStandIn, type Latency, startLarkStandIn } from '../lark-stand-in/lark-stand-in.ts';
import { parseOrganisationFile } from '../src/cli/organisation-file-schema.ts';
import { readConfiguration } from '../src/config/configuration.ts';
import { createLogger } from '../src/logging/logger.ts';
import { type RunningService, startService } from '../src/start-service.ts';
import { type Database, openDatabase } from '../src/store/open-database.ts';
import { importOrganisation } from '../src/use-cases/organisation/import-organisation.ts';
import { type BenchUnitShape, benchOrganisation, benchPeople } from './bench-organisation.ts';

const appId = 'cli_0123456789abcdef';
const appSecret = 'bench-secret';
const encryptKey = 'bench-encrypt-key';
const verificationToken = 'bench-token';

export interface ServiceUnderBench {
  standIn: LarkStandIn;
  service: RunningService;
  database: Database;
  /** Signed and encrypted deliveries, as Lark sends them. */
  lark: EventDeliverer;
  /** Waits until nothing is left to process or to send. */
  drained(): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The real service, started as `npm start` starts it, on `databaseUrl`, against a Lark stand-in that enforces Lark's
 * rate limits and answers after `latency`; with the organisation of `shape` imported. The scheduler stays off: the
 * benchmark runs the jobs itself.
 */
export async function startServiceUnderBench(databaseUrl: string, shape: BenchUnitShape, latency: Latency = { fixedMs: 0, jitterMs: 0 }): Promise<ServiceUnderBench> {
  const standIn = await startLarkStandIn({ appId, appSecret, users: benchPeople(shape).map((openId) => ({ openId })), latency });
  standIn.enforceRateLimits(true);
  const logger = createLogger('silent', new Writable({ write: (_chunk, _encoding, done) => done() }));
  const database = await openDatabase(databaseUrl);
  const parsed = parseOrganisationFile(benchOrganisation(shape));
  if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'));
  await importOrganisation({ store: database.store, directory: undefined, defaultTimeZone: 'Asia/Shanghai', now: new Date('2026-10-01T08:00:00+08:00') }, parsed.plan);
  const configuration = readConfiguration({ LARK_APP_ID: appId, LARK_APP_SECRET: appSecret, LARK_DOMAIN: standIn.url, LARK_ENCRYPT_KEY: encryptKey, LARK_VERIFICATION_TOKEN: verificationToken, DATABASE_URL: databaseUrl, PORT: '0' });
  const service = await startService({ configuration, credentials: { appId, appSecret }, logger, scheduler: false });
  const lark = standIn.deliverer({ targetUrl: `http://127.0.0.1:${service.port}/lark/events`, verificationToken, encryptKey });
  return {
    standIn,
    service,
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
      await service.close();
      await database.close();
      await standIn.close();
    },
  };
}
