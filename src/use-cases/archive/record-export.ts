import type { Store } from '../../ports/store.ts';

/** An export is itself recorded: its manifest's hash in the chain lets `verify --export` prove a copy is authentic. */
export async function recordExport(store: Store, input: { unitId: string; from: string; to: string; manifestSha256: string; actor: string; now: Date }): Promise<void> {
  await store.transaction((transaction) =>
    transaction.audit.append({
      at: input.now,
      unitId: input.unitId,
      actor: input.actor,
      action: 'archive.exported',
      recordType: 'export',
      recordId: `${input.unitId}:${input.from}:${input.to}`,
      contentHash: input.manifestSha256,
    }),
  );
}
