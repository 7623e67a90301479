import { compileInspectionIndex } from '../../domain/archive/inspection-index.ts';
import type { ArchiveFile, ArchiveFiles } from '../../ports/archive-files.ts';
import type { ArchiveRows } from '../../ports/archive-rows.ts';
import type { Store } from '../../ports/store.ts';
import { refuseArchive } from './archive-refusals.ts';
import { archiveSnapshotFromRows } from './archive-snapshot-from-rows.ts';

export interface ArchiveExport {
  unitName: string;
  files: ArchiveFile[];
  /** What the inspection index found missing, in the index's own words. */
  gaps: string[];
}

/**
 * The archive of a unit for a period: its records as they stand → a snapshot → the files. The export is itself
 * recorded: its manifest's hash in the chain lets `verify --export` prove a copy is authentic.
 */
export async function exportArchive(
  dependencies: { archiveRows: ArchiveRows; archiveFiles: ArchiveFiles; store: Store },
  input: { unitId: string; from: string; to: string; now: Date; actor: string; onProgress?: (done: number, total: number) => void },
): Promise<ArchiveExport> {
  const rows = await dependencies.archiveRows.unit(input.unitId);
  if (!rows) throw refuseArchive('archive.unit-not-found', { unitId: input.unitId, known: await dependencies.archiveRows.unitIds() });
  const snapshot = archiveSnapshotFromRows(rows, { from: input.from, to: input.to }, input.now);
  const index = compileInspectionIndex(snapshot);
  const { files, manifestSha256 } = await dependencies.archiveFiles.render(snapshot, index, input.onProgress);
  await dependencies.store.transaction((transaction) =>
    transaction.audit.append({
      at: input.now,
      unitId: input.unitId,
      actor: input.actor,
      action: 'archive.exported',
      recordType: 'export',
      recordId: `${input.unitId}:${input.from}:${input.to}`,
      contentHash: manifestSha256,
    }),
  );
  return { unitName: rows.unit.name, files, gaps: index.gaps };
}
