import type { InboundEvents } from '../ports/inbound-events.ts';
import type { DatabaseClient } from './database/create-prisma-client.ts';

const unfinishedStatuses = ['failed', 'received'];

export function createInboundEventLog(client: DatabaseClient): InboundEvents {
  return {
    async record(delivery) {
      try {
        await client.inboundEvent.create({
          data: {
            key: delivery.key,
            eventType: delivery.eventType,
            payload: delivery.payload as object,
            status: 'received',
            receivedAt: delivery.receivedAt,
            claimedBy: delivery.claim.holder,
            claimedUntil: delivery.claim.until,
          },
        });
        return true;
      } catch (error) {
        if ((error as { code?: unknown }).code === 'P2002') return false;
        throw error;
      }
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
