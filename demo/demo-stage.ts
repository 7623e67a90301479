import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { readConfiguration } from '../src/config/configuration.ts';
import type { EventDeliverer } from '../lark-stand-in/event-delivery.ts';
import { type LarkStandIn, startLarkStandIn } from '../lark-stand-in/lark-stand-in.ts';
import { createLogger } from '../src/logging/logger.ts';
import { startService } from '../src/start-service.ts';
import { type Database, openDatabase } from '../src/store/open-database.ts';

export interface DemoStage {
  standIn: LarkStandIn;
  database: Database;
  /** Delivers what people type and press to the service, signed and encrypted as Lark does. */
  lark: EventDeliverer;
  /** The service's scheduler runs whatever is due at the demo clock's moment. */
  runDueJobs(): Promise<void>;
  /** Waits until the running service has processed every delivery and sent everything queued for Lark. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

const settleLimitMs = 30_000;
const settlePollMs = 5;

function randomHex(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}

/**
 * The real service on a free port, against a Lark stand-in and a fresh SQLite file, configured as a deployment with
 * an Encrypt Key and a Verification Token is: every answer a person gives is a signed, encrypted delivery.
 */
export async function startDemoStage(options: {
  outputDir: string;
  users: Array<{ openId: string; name: string }>;
  now: () => number;
}): Promise<DemoStage> {
  const appId = `cli_${randomHex(8)}`;
  const appSecret = randomHex(16);
  const encryptKey = randomHex(16);
  const verificationToken = randomHex(16);
  const databaseUrl = `file:${path.join(options.outputDir, 'qs.db')}`;
  const standIn = await startLarkStandIn({ appId, appSecret, now: options.now, users: options.users });
  const logFile = createWriteStream(path.join(options.outputDir, 'service.log'));
  const configuration = readConfiguration({
    LARK_APP_ID: appId,
    LARK_APP_SECRET: appSecret,
    LARK_DOMAIN: standIn.url,
    LARK_ENCRYPT_KEY: encryptKey,
    LARK_VERIFICATION_TOKEN: verificationToken,
    DATABASE_URL: databaseUrl,
    EVIDENCE_DIR: path.join(options.outputDir, 'evidence'),
    PORT: '0',
  });
  const service = await startService({
    configuration,
    credentials: { appId, appSecret },
    logger: createLogger(configuration.logLevel, logFile),
    scheduler: false,
    now: () => new Date(options.now()),
  });
  const database = await openDatabase(databaseUrl);
  const lark = standIn.deliverer({ targetUrl: `http://127.0.0.1:${service.port}/lark/events`, verificationToken, encryptKey });

  return {
    standIn,
    database,
    lark,
    runDueJobs: () => service.runDueJobs(),
    async settle() {
      const deadline = Date.now() + settleLimitMs;
      const busy = async () => {
        const status = await database.operationalStatus();
        return status.inboundEvents.inProgress > 0 || status.outbox.pending > 0;
      };
      while (await busy()) {
        if (Date.now() > deadline) throw new Error(`消息发送队列 ${settleLimitMs / 1000} 秒内未清空，详见 service.log`);
        await new Promise((resolve) => setTimeout(resolve, settlePollMs));
      }
    },
    async close() {
      await service.close();
      await database.close();
      await standIn.close();
      logFile.end();
      await finished(logFile);
    },
  };
}
