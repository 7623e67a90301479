import type { RecordCardRepository } from '../../ports/record-card-repository.ts';
import type { TransactionClient } from '../transaction-client.ts';

export function recordCardRepository(client: TransactionClient): RecordCardRepository {
  return {
    async add(recordType, recordId, personId, outboxId) {
      await client.recordCard.create({ data: { recordType, recordId, personId, outboxId } });
    },
    async of(recordType, recordId) {
      return client.recordCard.findMany({ where: { recordType, recordId }, select: { personId: true, outboxId: true }, orderBy: { createdAt: 'asc' } });
    },
  };
}
