import type { ArchiveRows, UnitRows } from '../src/ports/archive-rows.ts';

/** Every unit's records as the store holds them, read one unit at a time. */
export async function readEveryUnit(archiveRows: ArchiveRows): Promise<UnitRows[]> {
  const units: UnitRows[] = [];
  for (const unitId of await archiveRows.unitIds()) {
    const rows = await archiveRows.unit(unitId);
    if (rows) units.push(rows);
  }
  return units;
}
