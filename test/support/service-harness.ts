import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
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
  /** What the service stored, for assertions on the rows themselves. */
  rows: StoredRows;
  lark: EventDeliverer;
  eventsUrl: string;
  logLines: string[];
  /** Imports the organisation file as if on `at` (appointments start then). */
  importOrganisation(yaml?: string, at?: Date): Promise<void>;
  runJob(job: JobName, date: string, unitId?: string): Promise<string>;
  /**
   * Waits until every delivery the service acknowledged has been processed and everything it queued has been sent
   * (the stand-in has recorded it): a busy machine may answer Lark before processing ends.
   */
  settle(): Promise<void>;
  /** People act at this unit-local time from now on (Asia/Shanghai), e.g. '2026-11-02 10:00'. */
  actAt(localDateTime: string): void;
  close(): Promise<void>;
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
export async function startHarness(options: { encrypted?: boolean; databaseUrl?: string } = {}): Promise<Harness> {
  const folder = await mkdtemp(path.join(tmpdir(), 'qs-harness-'));
  const databaseUrl = options.databaseUrl ?? `file:${path.join(folder, 'qs.db')}`;
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
    PORT: '0',
  });
  const logLines: string[] = [];
  const logger = capturingLogger(logLines);
  const service = await startService({ configuration, credentials: { appId, appSecret }, logger, scheduler: false });
  const database = await openDatabase(databaseUrl);
  const rows = openStoredRows(databaseUrl);
  const eventsUrl = `http://127.0.0.1:${service.port}/lark/events`;
  const lark = standIn.deliverer({ targetUrl: eventsUrl, verificationToken, ...(options.encrypted === false ? {} : { encryptKey }) });

  return {
    standIn,
    service,
    database,
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
      const deadline = Date.now() + 60_000;
      for (;;) {
        const deliveries = await database.inboundEvents.inProgressCount();
        const messages = await database.outbox.pendingCount();
        if (deliveries === 0 && messages === 0) return;
        if (Date.now() > deadline) throw new Error(`still waiting after 60 s: ${deliveries} deliveries being processed, ${messages} messages not yet sent`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
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
