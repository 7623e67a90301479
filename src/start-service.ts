import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Configuration } from './config/configuration.ts';
import { docxDocumentRendererReading } from './documents/docx-document-renderer.ts';
import { docxArchiveFiles } from './export/docx-archive-files.ts';
import { createHttpApp } from './http/create-http-app.ts';
import { signedArchiveLinks } from './http/archive-page/archive-link-addresses.ts';
import { archiveLinkSecret } from './security/archive-link-secret.ts';
import { readArchiveMonth } from './use-cases/archive/read-archive-month.ts';
import { readArchiveDocument } from './use-cases/archive/read-archive-document.ts';
import { readArchiveEvidence } from './use-cases/archive/read-archive-evidence.ts';
import { issueOperatorArchiveLink } from './use-cases/archive/issue-operator-archive-link.ts';
import { Scheduler } from './jobs/scheduler.ts';
import { LarkMessenger } from './lark/messenger.ts';
import { larkMessageResources } from './lark/message-resources.ts';
import { evidenceFolder } from './store/evidence-folder.ts';
import { startLongConnection } from './lark/long-connection.ts';
import { OutboxSender } from './lark/outbox-sender.ts';
import { SendingLease } from './lark/sending-lease.ts';
import { DeliveryPipeline } from './lark/receiver/delivery-pipeline.ts';
import type { Logger } from './logging/logger.ts';
import { openDatabase } from './store/open-database.ts';

export interface RunningService {
  port: number;
  /** Runs every job due at the service's `now` once, as the minute tick does. */
  runDueJobs(): Promise<void>;
  close(): Promise<void>;
}

export interface ServiceOptions {
  configuration: Configuration;
  credentials: { appId: string; appSecret: string };
  logger: Logger;
  /** The scheduler's minute tick can be left off, e.g. when jobs are driven by `qs job run` or `runDueJobs`. */
  scheduler?: boolean;
  /**
   * The time the bot lives in: when jobs fall due, what day an answer belongs to, when records are stamped. The demo
   * plays a month on a simulated one. Sending keeps to real time: Lark's rate limits and backoffs are real seconds.
   */
  now?: () => Date;
}

class PortUnavailable extends Error {}

function listenFailure(error: Error, port: number): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return new PortUnavailable(`端口 ${port} 已被其他程序占用。请关闭占用它的程序，或在 PORT 中设置另一个端口。`);
  if (code === 'EACCES') return new PortUnavailable(`没有权限监听端口 ${port}。请在 PORT 中设置 1024 以上的端口。`);
  return error;
}

export function isPortUnavailable(error: unknown): error is Error {
  return error instanceof PortUnavailable;
}

/** The composition root: configuration → database → Lark → receiver, outbox sender, scheduler, HTTP. */
export async function startService(options: ServiceOptions): Promise<RunningService> {
  const { configuration, logger } = options;
  const now = options.now ?? (() => new Date());
  const database = await openDatabase(configuration.databaseUrl, now);
  const credentials = { ...options.credentials, domain: configuration.lark.domain };
  const messenger = new LarkMessenger(credentials, logger, { urgentChannel: configuration.lark.urgent });
  const sender = new OutboxSender(database.outbox, messenger, logger, new SendingLease(database.outbox, logger));
  const evidenceFiles = evidenceFolder(configuration.evidenceDirectory);
  const linkSecret = archiveLinkSecret({ secret: configuration.archiveLinks.secret, appSecret: options.credentials.appSecret });
  if (linkSecret.source === 'random') logger.warn('neither ARCHIVE_LINK_SECRET nor LARK_APP_SECRET is set: archive links given out stop working when this process stops');
  // Without PUBLIC_BASE_URL, links point at this machine, at the port known once the server listens.
  let listeningPort = configuration.port;
  const archiveLinks = signedArchiveLinks({
    secret: linkSecret.secret,
    lifetimeHours: configuration.archiveLinks.lifetimeHours,
    baseUrl: () => configuration.archiveLinks.publicBaseUrl ?? `http://localhost:${listeningPort}`,
  });
  const archiveReading = { store: database.store, archiveRows: database.archiveRows, archiveFiles: docxArchiveFiles, evidence: { rows: database.evidence, files: evidenceFiles } };
  const pipeline = new DeliveryPipeline({
    encryptKey: configuration.lark.encryptKey,
    verificationToken: configuration.lark.verificationToken,
    inboundEvents: database.inboundEvents,
    handlers: {
      store: database.store,
      documents: docxDocumentRendererReading(evidenceFiles),
      archiveRows: database.archiveRows,
      archiveFiles: docxArchiveFiles,
      archiveLinks,
      evidence: { resources: larkMessageResources(messenger), files: evidenceFiles, rows: database.evidence },
      logger,
      now,
    },
    logger,
    // SQLite writes one transaction at a time, and its driver blocks the process while it does: more at once would
    // only wait. PostgreSQL takes several, within its connection pool.
    concurrency: database.provider === 'sqlite' ? 1 : 6,
    onProcessed: () => {
      sender.sendDue().catch((error: unknown) => logger.error({ err: error }, 'sending after a delivery failed'));
    },
  });
  // Without either secret Lark's deliveries cannot be told from anyone else's POST; the receiver still takes them
  // (a first local trial has neither), but the operator must see it, at start and in /admin/status.
  const deliveriesVerified = configuration.lark.encryptKey !== undefined || configuration.lark.verificationToken !== undefined;
  if (configuration.lark.eventMode === 'webhook' && !deliveriesVerified) {
    logger.warn('neither LARK_ENCRYPT_KEY nor LARK_VERIFICATION_TOKEN is set: anyone who can reach /lark/events can post events as Lark');
  }
  const scheduler = new Scheduler({ store: database.store }, logger, now);
  const app = createHttpApp({
    pipeline: configuration.lark.eventMode === 'webhook' ? pipeline : undefined,
    isDatabaseReachable: database.isReachable,
    adminToken: configuration.adminToken,
    operationalStatus: async () => ({ ...(await database.operationalStatus()), deliveriesVerified }),
    logger,
    archivePages: {
      secret: linkSecret.secret,
      adminToken: configuration.adminToken,
      now,
      readMonth: (input) => readArchiveMonth(archiveReading, { ...input, now: now() }),
      readDocument: (input) => readArchiveDocument(archiveReading, { ...input, now: now() }),
      readEvidence: (input) => readArchiveEvidence(archiveReading, input),
      issueOperatorLink: (input) => issueOperatorArchiveLink({ ...archiveReading, archiveLinks }, { ...input, now: now() }),
    },
  });
  const server: Server = await new Promise((resolve, reject) => {
    // Express 5 hands a failed listen to this callback instead of emitting 'error'.
    const listening = app.listen(configuration.port, (error?: Error) => (error ? reject(listenFailure(error, configuration.port)) : resolve(listening)));
  });
  const longConnection = configuration.lark.eventMode === 'ws' ? await startLongConnection(credentials, pipeline, logger) : undefined;
  sender.start();
  if (options.scheduler !== false) scheduler.start();
  const retries = setInterval(() => {
    pipeline.retryUnfinished().catch((error: unknown) => logger.error({ err: error }, 'retrying unfinished deliveries failed'));
  }, 30_000);
  const port = (server.address() as AddressInfo).port;
  listeningPort = port;
  logger.info({ port, eventMode: configuration.lark.eventMode }, '质安助手 service started');

  return {
    port,
    runDueJobs: () => scheduler.tick(),
    async close() {
      clearInterval(retries);
      longConnection?.close();
      await scheduler.stop();
      await sender.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
