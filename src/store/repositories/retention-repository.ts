import type { RetentionRepository } from '../../ports/retention-repository.ts';
import { countInChunks } from '../query-chunks.ts';
import type { TransactionClient } from '../transaction-client.ts';

/**
 * What a purge removes: records dated before the cut-off, and the delivery bookkeeping of that time. Units, people,
 * appointments and the audit chain stay: the chain records the purge itself, and people's history outlives records.
 * Suggestions and vetoes are never purged: Art. 13 has them archived, and they are the officer's and the director's
 * protection (Art. 16).
 */
function selection(before: string) {
  const instant = new Date(`${before}T00:00:00Z`);
  return {
    dailyChecks: { date: { lt: before } },
    hazards: { status: 'closed', closedAt: { lt: instant }, reportedAt: { lt: instant } },
    weeklyReports: { periodEnd: { lt: before }, status: 'confirmed' },
    monthlyMinutes: { periodEnd: { lt: before }, status: 'confirmed' },
    suspensions: { endDate: { lt: before } },
    outbox: { createdAt: { lt: instant }, status: { in: ['sent', 'superseded', 'failed'] } },
    inboundEvents: { receivedAt: { lt: instant }, status: 'processed' },
  };
}

export function retentionRepository(client: TransactionClient): RetentionRepository {
  /** The messages, and the files that no message left needs. */
  async function purgeOutbox(where: ReturnType<typeof selection>['outbox']): Promise<number> {
    const purged = (await client.outboxMessage.deleteMany({ where })).count;
    await client.outboxFile.deleteMany({ where: { messages: { none: {} } } });
    return purged;
  }

  async function purgedHazardIds(where: ReturnType<typeof selection>['hazards']): Promise<string[]> {
    return (await client.hazard.findMany({ where, select: { id: true } })).map((hazard) => hazard.id);
  }

  return {
    async countOlderThan(before) {
      const where = selection(before);
      return {
        dailyChecks: await client.dailyCheck.count({ where: where.dailyChecks }),
        hazards: await client.hazard.count({ where: where.hazards }),
        evidence: await countInChunks(await purgedHazardIds(where.hazards), async (ids) => ({ count: await client.evidence.count({ where: { recordType: 'hazard', recordId: { in: ids } } }) })),
        weeklyReports: await client.weeklyReport.count({ where: where.weeklyReports }),
        monthlyMinutes: await client.monthlyMinutes.count({ where: where.monthlyMinutes }),
        suspensions: await client.suspensionPeriod.count({ where: where.suspensions }),
        outbox: await client.outboxMessage.count({ where: where.outbox }),
        inboundEvents: await client.inboundEvent.count({ where: where.inboundEvents }),
      };
    },
    async purgeOlderThan(before) {
      const where = selection(before);
      // A hazard's evidence goes with it, never before it; the files stay in the evidence folder (see README).
      const evidence = await countInChunks(await purgedHazardIds(where.hazards), (ids) => client.evidence.deleteMany({ where: { recordType: 'hazard', recordId: { in: ids } } }));
      await client.hazardEvent.deleteMany({ where: { hazard: where.hazards } });
      const hazards = (await client.hazard.deleteMany({ where: where.hazards })).count;
      // A hazard still open keeps the daily check it came from, answers and all: the record must still read whole.
      const kept = new Set((await client.hazard.findMany({ where: { dailyCheckId: { not: null } }, select: { dailyCheckId: true } })).map((hazard) => hazard.dailyCheckId));
      const purgeable = (await client.dailyCheck.findMany({ where: where.dailyChecks, select: { id: true } })).map((check) => check.id).filter((id) => !kept.has(id));
      await countInChunks(purgeable, (ids) => client.dailyAnswer.deleteMany({ where: { dailyCheckId: { in: ids } } }));
      return {
        hazards,
        evidence,
        dailyChecks: await countInChunks(purgeable, (ids) => client.dailyCheck.deleteMany({ where: { id: { in: ids } } })),
        weeklyReports: (await client.weeklyReport.deleteMany({ where: where.weeklyReports })).count,
        monthlyMinutes: (await client.monthlyMinutes.deleteMany({ where: where.monthlyMinutes })).count,
        suspensions: (await client.suspensionPeriod.deleteMany({ where: where.suspensions })).count,
        outbox: await purgeOutbox(where.outbox),
        inboundEvents: (await client.inboundEvent.deleteMany({ where: where.inboundEvents })).count,
      };
    },
  };
}
