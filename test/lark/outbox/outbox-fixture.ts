import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { type LarkStandIn, type LarkUser, openIdFor, startLarkStandIn } from '../../../lark-stand-in/lark-stand-in.ts';
import { LarkMessenger, type MessengerOptions } from '../../../src/lark/messenger.ts';
import { SendingLease } from '../../../src/lark/sending-lease.ts';
import { OutboxSender } from '../../../src/lark/outbox-sender.ts';
import { createLogger, type Logger } from '../../../src/logging/logger.ts';
import type { OutgoingMessage } from '../../../src/ports/notifications.ts';
import { type Database, openDatabase } from '../../../src/store/open-database.ts';
import { openStoredRows, type StoredRows } from '../../support/stored-rows.ts';

export const appId = 'cli_5e8d2c4b6a1f3079';
export const appSecret = 'outbox-test-secret';

export function person(name: string): LarkUser {
  return { openId: openIdFor(name), name };
}

/** A clock that moves only when told, so a test can step past a retry's backoff instead of waiting it out. */
export class SteppedClock {
  private current = Date.now();
  readonly now = (): Date => new Date(this.current);
  advance(ms: number): void {
    this.current += ms;
  }
}

export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

export interface OutboxFixture {
  standIn: LarkStandIn;
  database: Database;
  /** The outbox's rows as stored, to look at or to damage. */
  rows: StoredRows;
  clock: SteppedClock;
  logger: Logger;
  /** Every line the code under test logged, parsed. */
  logLines: LogLine[];
  newMessenger(options?: MessengerOptions & { domain?: string }): LarkMessenger;
  /** A sender on a fresh messenger, as a newly started process would have; in this process unless given another's lease. */
  newSender(messenger?: LarkMessenger, lease?: SendingLease): OutboxSender;
  /** The sending lease of another process on the same database. */
  otherProcessLease(durationMs?: number): SendingLease;
  enqueue(message: OutgoingMessage): Promise<string>;
  sendText(openId: string, text: string): Promise<string>;
  row(id: string): Promise<OutboxRow>;
  close(): Promise<void>;
}

export interface OutboxRow {
  id: string;
  uuid: string;
  status: string;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  larkMessageId: string | null;
}

export async function openOutboxFixture(users: LarkUser[]): Promise<OutboxFixture> {
  const folder = await mkdtemp(path.join(tmpdir(), 'qs-outbox-'));
  const clock = new SteppedClock();
  const standIn = await startLarkStandIn({ appId, appSecret, users });
  const databaseUrl = `file:${path.join(folder, 'outbox.db')}`;
  const database = await openDatabase(databaseUrl, clock.now);
  const rows = openStoredRows(databaseUrl);
  const logLines: LogLine[] = [];
  const logger = createLogger(
    'debug',
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logLines.push(JSON.parse(line) as LogLine);
        done();
      },
    }),
  );
  const newMessenger: OutboxFixture['newMessenger'] = (options = {}) => new LarkMessenger({ appId, appSecret, domain: options.domain ?? standIn.url }, logger, options);
  // One process: every sender of a test holds the same lease, as a restarted sender in the same service would.
  const lease = new SendingLease(database.outbox, logger);
  const enqueue = (message: OutgoingMessage) => database.store.transaction((transaction) => transaction.outbox.enqueue(message));

  return {
    standIn,
    database,
    rows,
    clock,
    logger,
    logLines,
    newMessenger,
    newSender: (messenger = newMessenger(), senderLease = lease) => new OutboxSender(database.outbox, messenger, logger, senderLease, clock.now),
    otherProcessLease: (durationMs) => new SendingLease(database.outbox, logger, durationMs),
    enqueue,
    sendText: (openId, text) => enqueue({ operation: 'send', toOpenId: openId, notification: { kind: 'text', text } }),
    async row(id) {
      return rows.outboxMessage.findUniqueOrThrow({
        where: { id },
        select: { id: true, uuid: true, status: true, attempts: true, nextAttemptAt: true, lastError: true, larkMessageId: true },
      });
    },
    async close() {
      await rows.$disconnect();
      await database.close();
      await standIn.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
