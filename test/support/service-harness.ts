import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { vi } from 'vitest';
import { parseOrganisationFile } from '../../src/cli/organisation-file-schema.ts';
import { readConfiguration } from '../../src/config/configuration.ts';
import type { JobName } from '../../src/domain/schedules/due-jobs.ts';
import { jobInstant, runJob } from '../../src/jobs/run-job.ts';
import type { EventDeliverer } from '../../lark-stand-in/event-delivery.ts';
import { type LarkStandIn, startLarkStandIn } from '../../lark-stand-in/lark-stand-in.ts';
import { openIdFor } from '../../lark-stand-in/lark-ids.ts';
import { createLogger, type Logger } from '../../src/logging/logger.ts';
import { type RunningService, startService } from '../../src/start-service.ts';
import { type Database, openDatabase } from '../../src/store/open-database.ts';
import { importOrganisation } from '../../src/use-cases/organisation/import-organisation.ts';
import { openStoredRows, type StoredRows } from './stored-rows.ts';
import { waitLimitMs } from './wait-limit.ts';

export const appId = 'cli_a1b2c3d4e5f60718';
export const appSecret = 'harness-secret';
export const encryptKey = 'harness-encrypt-key';
export const verificationToken = 'harness-verification-token';

export const people = {
  principal: { id: 'zhang', name: '张三', openId: openIdFor('张三') },
  director: { id: 'li', name: '李四', openId: openIdFor('李四') },
  officerWang: { id: 'wang', name: '王五', openId: openIdFor('王五') },
  officerZhao: { id: 'zhao', name: '赵六', openId: openIdFor('赵六') },
};

export const organisationYaml = `units:
  - id: acme-plant
    name: 某某电器有限公司
    kind: producer
    staff: 350
    revenueWan: 8000
    licences: [production-licence, ccc]
    checklist: producer-default
    people:
      - { id: zhang, name: 张三, role: principal, openId: ${people.principal.openId} }
      - { id: li, name: 李四, role: director, openId: ${people.director.openId}, assessment: { passed: true, date: 2026-01-10 } }
      - { id: wang, name: 王五, role: officer, openId: ${people.officerWang.openId}, assessment: { passed: true, date: 2026-01-10 } }
      - { id: zhao, name: 赵六, role: officer, openId: ${people.officerZhao.openId}, assessment: { passed: true, date: 2026-01-10 } }
`;

export interface Harness {
  standIn: LarkStandIn;
  service: RunningService;
  database: Database;
  /** Where the service keeps the photos and files sent as evidence (EVIDENCE_DIR). */
  evidenceFolder: string;
  /** What the service stored, for assertions on the rows themselves. */
  rows: StoredRows;
  /** People's messages and presses; each call returns once the service has processed what it delivered. */
  lark: EventDeliverer;
  eventsUrl: string;
  logLines: string[];
  /** Imports the organisation file as if on `at` (appointments start then). */
  importOrganisation(yaml?: string, at?: Date): Promise<void>;
  runJob(job: JobName, date: string, unitId?: string): Promise<string>;
  /**
   * Waits until the service has finished everything the test set off: every delivery processed, nothing left in the
   * outbox, so every message is in the stand-in's records. Fails at once when a delivery failed.
   */
  settle(): Promise<void>;
  /** People act at this unit-local time from now on (Asia/Shanghai), e.g. '2026-11-02 10:00'. */
  actAt(localDateTime: string): void;
  close(): Promise<void>;
}

// Every delivery not yet processed, however often it was tried and whenever it came.
const everyAttempt = 2 ** 31 - 1;
const endOfTime = new Date('9999-12-31T23:59:59Z');

/** The error the service logged for a delivery it failed to process. */
function loggedFailure(logLines: readonly string[], key: string): string {
  for (const line of logLines.toReversed()) {
    const entry = JSON.parse(line) as { key?: string; err?: { message?: string } };
    if (entry.key === key && entry.err) return entry.err.message ?? line;
  }
  return 'no error was logged';
}

interface ServiceProgress {
  /** Deliveries whose processing failed, with the error the service logged. */
  failed: string[];
  /** What the service has still to do, in words. */
  unfinished: string[];
}

async function deliveryProgress(database: Database, logLines: readonly string[]): Promise<ServiceProgress> {
  const deliveries = await database.inboundEvents.unfinished({ limit: 20, maximumAttempts: everyAttempt, receivedBefore: endOfTime });
  return {
    failed: deliveries.filter((delivery) => delivery.attempts > 0).map((delivery) => `${delivery.key} (${delivery.eventType}): ${loggedFailure(logLines, delivery.key)}`),
    unfinished: deliveries.map((delivery) => `delivery ${delivery.key} (${delivery.eventType}) still being processed`),
  };
}

async function outboxProgress(database: Database): Promise<ServiceProgress> {
  const pending = await database.outbox.pendingCount();
  return { failed: [], unfinished: pending > 0 ? [`${pending} message(s) still waiting in the outbox`] : [] };
}

/** Waits until `progress` has nothing unfinished; fails at once when a delivery failed, which the service retries only after 30 s. */
async function waitForService(progress: () => Promise<ServiceProgress>, waitingFor: string): Promise<void> {
  const last = await vi.waitFor(
    async () => {
      const now = await progress();
      if (now.failed.length === 0 && now.unfinished.length > 0) {
        throw new Error(`gave up after ${waitLimitMs / 1000} s waiting for ${waitingFor}: ${now.unfinished.join('; ')}`);
      }
      return now;
    },
    { timeout: waitLimitMs, interval: 50 },
  );
  if (last.failed.length > 0) throw new Error(`the service failed to process ${last.failed.join('; ')}`);
}

/**
 * People act one after another, each after the bot has handled what they did before, as in a real chat. Past Lark's
 * 3-second budget the service answers a delivery before it has finished with it, so the answer alone is not enough.
 */
function oneAfterAnother(deliverer: EventDeliverer, handled: () => Promise<void>): EventDeliverer {
  const thenHandled = async <Result>(delivery: Promise<Result>): Promise<Result> => {
    const result = await delivery;
    await handled();
    return result;
  };
  return {
    deliver: (eventType, event, overrides) => thenHandled(deliverer.deliver(eventType, event, overrides)),
    sendText: (fromOpenId, text, options) => thenHandled(deliverer.sendText(fromOpenId, text, options)),
    sendAttachment: (fromOpenId, attachment, options) => thenHandled(deliverer.sendAttachment(fromOpenId, attachment, options)),
    pressButton: (input) => thenHandled(deliverer.pressButton(input)),
    urlVerification: (options) => deliverer.urlVerification(options),
  };
}

function capturingLogger(lines: string[]): Logger {
  return createLogger(
    'info',
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    }),
  );
}

/** The real service on port 0, against a Lark stand-in and a fresh SQLite file, with signed, encrypted deliveries. */
export async function startHarness(
  options: { encrypted?: boolean; databaseUrl?: string; evidenceFolder?: string; environment?: Record<string, string>; now?: () => Date } = {},
): Promise<Harness> {
  const folder = await mkdtemp(path.join(tmpdir(), 'qs-harness-'));
  const databaseUrl = options.databaseUrl ?? `file:${path.join(folder, 'qs.db')}`;
  const evidenceFolder = options.evidenceFolder ?? path.join(folder, 'evidence');
  // Lark stamps every delivery with the time the person acted; tests move this clock to the day they play.
  let actedAt: number | undefined;
  const standIn = await startLarkStandIn({ appId, appSecret, now: () => actedAt ?? Date.now(), users: Object.values(people).map((person) => ({ openId: person.openId, name: person.name })) });
  const configuration = readConfiguration({
    LARK_APP_ID: appId,
    LARK_APP_SECRET: appSecret,
    LARK_DOMAIN: standIn.url,
    LARK_VERIFICATION_TOKEN: verificationToken,
    ...(options.encrypted === false ? {} : { LARK_ENCRYPT_KEY: encryptKey }),
    DATABASE_URL: databaseUrl,
    EVIDENCE_DIR: evidenceFolder,
    PORT: '0',
    ...options.environment,
  });
  const logLines: string[] = [];
  const logger = capturingLogger(logLines);
  const service = await startService({ configuration, credentials: { appId, appSecret }, logger, scheduler: false, ...(options.now ? { now: options.now } : {}) });
  const database = await openDatabase(databaseUrl);
  const rows = openStoredRows(databaseUrl);
  const eventsUrl = `http://127.0.0.1:${service.port}/lark/events`;
  const deliveriesHandled = () => waitForService(() => deliveryProgress(database, logLines), 'the deliveries to be processed');
  const lark = oneAfterAnother(standIn.deliverer({ targetUrl: eventsUrl, verificationToken, ...(options.encrypted === false ? {} : { encryptKey }) }), deliveriesHandled);

  return {
    standIn,
    service,
    database,
    evidenceFolder,
    rows,
    lark,
    eventsUrl,
    logLines,
    async importOrganisation(yaml = organisationYaml, at = new Date()) {
      const parsed = parseOrganisationFile(yaml);
      if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'));
      await importOrganisation({ store: database.store, directory: undefined, defaultTimeZone: 'Asia/Shanghai', now: at }, parsed.plan, parsed.describe);
    },
    async runJob(job, date, unitId = 'acme-plant') {
      const unit = await database.store.transaction((transaction) => transaction.units.get(unitId));
      if (!unit) throw new Error(`no unit ${unitId}`);
      return runJob({ store: database.store }, { job, unit, date, now: jobInstant(unit, job, date, new Date()) });
    },
    async settle() {
      // Deliveries first: one queues its replies before it is marked processed. The stand-in records a message before
      // it answers the send, and a row leaves the outbox only after that answer: an empty outbox means the stand-in
      // has every message.
      await deliveriesHandled();
      await waitForService(() => outboxProgress(database), 'the outbox to empty');
    },
    actAt(localDateTime) {
      actedAt = new Date(`${localDateTime.replace(' ', 'T')}:00+08:00`).getTime();
    },
    async close() {
      await service.close();
      await rows.$disconnect();
      await database.close();
      await standIn.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
