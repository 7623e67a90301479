import { contentHash } from '../../domain/archive/canonical-hash.ts';
import type { ArchiveLinks } from '../../ports/archive-links.ts';
import type { Store } from '../../ports/store.ts';

/**
 * Gives out a link to a unit's archive page and records it in the audit chain — who (`actor`), which unit and month,
 * until when — so an inspector can see who was given access. Expiry falls on a whole second, as the link states it.
 */
export async function recordArchiveLink(
  dependencies: { store: Store; archiveLinks: ArchiveLinks },
  input: { unitId: string; month: string; viewer: string; actor: string; now: Date },
): Promise<{ url: string; expiresAt: Date }> {
  const expiresAt = new Date(Math.floor(input.now.getTime() / 1000) * 1000 + dependencies.archiveLinks.lifetimeHours * 3_600_000);
  const grant = { unitId: input.unitId, month: input.month, viewer: input.viewer, expiresAt };
  await dependencies.store.transaction((transaction) =>
    transaction.audit.append({
      at: input.now,
      unitId: input.unitId,
      actor: input.actor,
      action: 'archive.link-issued',
      recordType: 'archive-link',
      recordId: `${input.unitId}:${input.month}:${expiresAt.toISOString()}`,
      contentHash: contentHash(grant),
    }),
  );
  return { url: dependencies.archiveLinks.urlFor(grant), expiresAt };
}
