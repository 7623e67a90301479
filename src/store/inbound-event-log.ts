import type { InboundEvents } from '../ports/inbound-events.ts';
import type { DatabaseClient } from './database/create-prisma-client.ts';

const unfinishedStatuses = ['failed', 'received'];

type NewDelivery = Parameters<InboundEvents['record']>[0];

interface WaitingAppend {
  delivery: NewDelivery;
  settle(isNew: boolean): void;
  fail(error: unknown): void;
}

// Seven columns a row: 100 rows stay under SQLite's 999 parameters.
const appendBatchLimit = 100;

const isUniqueViolation = (error: unknown) => (error as { code?: unknown }).code === 'P2002';

function rowOf(delivery: NewDelivery) {
  return {
    key: delivery.key,
    eventType: delivery.eventType,
    payload: delivery.payload as object,
    status: 'received',
    receivedAt: delivery.receivedAt,
    claimedBy: delivery.claim.holder,
    claimedUntil: delivery.claim.until,
  };
}

export function createInboundEventLog(client: DatabaseClient): InboundEvents {
  async function appendOne(delivery: NewDelivery): Promise<boolean> {
    try {
      await client.inboundEvent.create({ data: rowOf(delivery) });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /**
   * One statement for the batch, so one commit (one disk sync) acknowledges all of them. A delivery seen before, or
   * twice in the batch, refuses the whole statement: then each is stored on its own, to tell which.
   */
  async function appendBatch(deliveries: readonly NewDelivery[]): Promise<boolean[]> {
    if (deliveries.length > 1) {
      try {
        await client.inboundEvent.createMany({ data: deliveries.map(rowOf) });
        return deliveries.map(() => true);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
    const stored: boolean[] = [];
    for (const delivery of deliveries) stored.push(await appendOne(delivery));
    return stored;
  }

  // Deliveries arriving while a batch is being stored wait for the next one: under load each commit acknowledges
  // many, and alone a delivery is stored at once.
  let waiting: WaitingAppend[] = [];
  let appending = false;
  async function appendWaiting(): Promise<void> {
    appending = true;
    while (waiting.length > 0) {
      const batch = waiting.slice(0, appendBatchLimit);
      waiting = waiting.slice(batch.length);
      try {
        const stored = await appendBatch(batch.map((entry) => entry.delivery));
        batch.forEach((entry, index) => entry.settle(stored[index]!));
      } catch (error) {
        for (const entry of batch) entry.fail(error);
      }
    }
    appending = false;
  }

  return {
    record(delivery) {
      return new Promise<boolean>((resolve, reject) => {
        waiting.push({ delivery, settle: resolve, fail: reject });
        if (!appending) void appendWaiting();
      });
    },
    async claim(key, claim, now) {
      // One conditional write, atomic on both engines, so two processes never both take the same delivery.
      const taken = await client.inboundEvent.updateMany({
        where: { key, status: { in: unfinishedStatuses }, OR: [{ claimedBy: claim.holder }, { claimedUntil: null }, { claimedUntil: { lt: now } }] },
        data: { claimedBy: claim.holder, claimedUntil: claim.until },
      });
      return taken.count === 1;
    },
    async markProcessed(key, at) {
      await client.inboundEvent.update({ where: { key }, data: { status: 'processed', processedAt: at, attempts: { increment: 1 }, lastError: null, claimedBy: null, claimedUntil: null } });
    },
    async markFailed(key, error) {
      await client.inboundEvent.update({ where: { key }, data: { status: 'failed', attempts: { increment: 1 }, lastError: error, claimedBy: null, claimedUntil: null } });
    },
    async unfinished({ limit, maximumAttempts, receivedBefore, unclaimedAt }) {
      const rows = await client.inboundEvent.findMany({
        where: {
          status: { in: unfinishedStatuses },
          attempts: { lt: maximumAttempts },
          receivedAt: { lte: receivedBefore },
          ...(unclaimedAt ? { OR: [{ claimedUntil: null }, { claimedUntil: { lt: unclaimedAt } }] } : {}),
        },
        orderBy: { receivedAt: 'asc' },
        take: limit,
        select: { key: true, eventType: true, payload: true, attempts: true },
      });
      return rows;
    },
  };
}
