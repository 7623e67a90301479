import type { StoreTransaction } from '../../ports/store.ts';
import type { TransactionClient } from '../transaction-client.ts';

export function suspensionRepository(client: TransactionClient): StoreTransaction['suspensions'] {
  return {
    async covering(unitId, date) {
      return client.suspensionPeriod.findMany({
        where: { unitId, startDate: { lte: date }, endDate: { gte: date } },
        select: { startDate: true, endDate: true, reason: true },
      });
    },
  };
}
