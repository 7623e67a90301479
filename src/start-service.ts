import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Configuration } from './config/configuration.ts';
import { docxDocumentRenderer } from './documents/docx-document-renderer.ts';
import { createZipArchiveExporter } from './export/zip-archive-exporter.ts';
import { createHttpApp } from './http/create-http-app.ts';
import { Scheduler } from './jobs/scheduler.ts';
import { LarkMessenger } from './lark/messenger.ts';
import { startLongConnection } from './lark/long-connection.ts';
import { OutboxSender } from './lark/outbox-sender.ts';
import { DeliveryPipeline } from './lark/receiver/delivery-pipeline.ts';
import type { Logger } from './logging/logger.ts';
import { openDatabase } from './store/open-database.ts';

export interface RunningService {
  port: number;
  close(): Promise<void>;
}

export interface ServiceOptions {
  configuration: Configuration;
  credentials: { appId: string; appSecret: string };
  logger: Logger;
  /** The scheduler can be left off, e.g. when jobs are driven by `qs job run`. */
  scheduler?: boolean;
}

/** The composition root: configuration → database → Lark → receiver, outbox sender, scheduler, HTTP. */
export async function startService(options: ServiceOptions): Promise<RunningService> {
  const { configuration, logger } = options;
  const now = () => new Date();
  const database = await openDatabase(configuration.databaseUrl, now);
  const credentials = { ...options.credentials, domain: configuration.lark.domain };
  const messenger = new LarkMessenger(credentials, logger);
  const sender = new OutboxSender(database.outbox, messenger, logger, now);
  const pipeline = new DeliveryPipeline({
    encryptKey: configuration.lark.encryptKey,
    verificationToken: configuration.lark.verificationToken,
    inboundEvents: database.inboundEvents,
    handlers: { store: database.store, documents: docxDocumentRenderer, archive: createZipArchiveExporter(database), logger, now },
    logger,
    onProcessed: () => {
      sender.sendDue().catch((error: unknown) => logger.error({ err: error }, 'sending after a delivery failed'));
    },
  });
  const scheduler = new Scheduler({ store: database.store, documents: docxDocumentRenderer }, logger, now);
  const app = createHttpApp({
    pipeline: configuration.lark.eventMode === 'webhook' ? pipeline : undefined,
    isDatabaseReachable: database.isReachable,
    adminToken: configuration.adminToken,
    operationalStatus: database.operationalStatus,
    logger,
  });
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(configuration.port, () => resolve(listening)).on('error', reject);
  });
  const longConnection = configuration.lark.eventMode === 'ws' ? await startLongConnection(credentials, pipeline, logger) : undefined;
  sender.start();
  if (options.scheduler !== false) scheduler.start();
  const retries = setInterval(() => {
    pipeline.retryUnfinished().catch((error: unknown) => logger.error({ err: error }, 'retrying unfinished deliveries failed'));
  }, 30_000);
  const port = (server.address() as AddressInfo).port;
  logger.info({ port, eventMode: configuration.lark.eventMode }, '质安助手 service started');

  return {
    port,
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
