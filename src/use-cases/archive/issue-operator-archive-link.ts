import { OPERATOR_VIEWER } from '../../domain/archive/archive-link-signature.ts';
import { monthRange } from '../../domain/schedules/periods.ts';
import type { ArchiveLinks } from '../../ports/archive-links.ts';
import type { ArchiveRows } from '../../ports/archive-rows.ts';
import type { Store } from '../../ports/store.ts';
import { refuseArchive } from './archive-refusals.ts';
import { recordArchiveLink } from './record-archive-link.ts';

/** An operator (ADMIN_TOKEN) asks for a link to open a unit's archive page in a browser; it is recorded like anyone's. */
export async function issueOperatorArchiveLink(
  dependencies: { store: Store; archiveRows: ArchiveRows; archiveLinks: ArchiveLinks },
  input: { unitId: string; month: string; now: Date },
): Promise<{ url: string; expiresAt: Date }> {
  monthRange(input.month);
  const unit = await dependencies.store.transaction((transaction) => transaction.units.get(input.unitId));
  if (!unit) throw refuseArchive('archive.unit-not-found', { unitId: input.unitId, known: await dependencies.archiveRows.unitIds() });
  return recordArchiveLink(dependencies, { unitId: unit.id, month: input.month, viewer: OPERATOR_VIEWER, actor: OPERATOR_VIEWER, now: input.now });
}
