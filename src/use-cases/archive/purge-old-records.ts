import { contentHash } from '../../domain/archive/canonical-hash.ts';
import { requirePurgeAllowed } from '../../domain/archive/retention.ts';
import type { Store } from '../../ports/store.ts';

/** What a purge would remove; refused, with the reason, when the cut-off is within the years records must be kept. */
export async function previewPurge(store: Store, input: { before: string; today: string; retentionYears: number }): Promise<Record<string, number>> {
  requirePurgeAllowed(input.before, input.today, input.retentionYears);
  return store.transaction((transaction) => transaction.retention.countOlderThan(input.before));
}

/** Removes records older than the cut-off and leaves an entry in the audit chain saying what was removed. */
export async function purgeOldRecords(store: Store, input: { before: string; today: string; retentionYears: number; actor: string; now: Date }): Promise<Record<string, number>> {
  requirePurgeAllowed(input.before, input.today, input.retentionYears);
  return store.transaction(async (transaction) => {
    const removed = await transaction.retention.purgeOlderThan(input.before);
    await transaction.audit.append({
      at: input.now,
      unitId: null,
      actor: input.actor,
      action: 'records.purged',
      recordType: 'purge',
      recordId: `before:${input.before}`,
      contentHash: contentHash({ before: input.before, removed }),
    });
    return removed;
  });
}
