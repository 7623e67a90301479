import type { ArchiveViewer } from '../../domain/archive/archive-month-view.ts';
import type { ArchiveRows } from '../../ports/archive-rows.ts';
import type { Store } from '../../ports/store.ts';
import { refuseArchive } from './archive-refusals.ts';


/**
 * The units whose archive the viewer may read now: a person's, those they are principal or director of at this
 * moment, so someone removed from a unit loses access with their post; an operator's, every unit.
 */
export async function viewableUnits(dependencies: { store: Store; archiveRows: ArchiveRows }, viewer: ArchiveViewer): Promise<Array<{ id: string; name: string }>> {
  const unitIds =
    viewer.kind === 'operator'
      ? await dependencies.archiveRows.unitIds()
      : (await dependencies.store.transaction((transaction) => transaction.people.byOpenId(viewer.openId)))
          .filter((member) => member.roles.includes('principal') || member.roles.includes('director'))
          .map((member) => member.unitId);
  const units = await dependencies.store.transaction(async (transaction) => Promise.all([...new Set(unitIds)].map((unitId) => transaction.units.get(unitId))));
  return units.flatMap((unit) => (unit ? [{ id: unit.id, name: unit.name }] : [])).sort((left, right) => left.id.localeCompare(right.id));
}

/** Refuses alike a unit the viewer holds no post in and a unit that does not exist. */
export async function requireViewableUnit(dependencies: { store: Store; archiveRows: ArchiveRows }, viewer: ArchiveViewer, unitId: string): Promise<Array<{ id: string; name: string }>> {
  const units = await viewableUnits(dependencies, viewer);
  if (!units.some((unit) => unit.id === unitId)) throw refuseArchive('archive.page-not-allowed', {});
  return units;
}
