import type { ArchiveRows } from '../../ports/archive-rows.ts';
import type { EvidenceFiles, EvidenceRows } from '../../ports/evidence.ts';
import type { Store } from '../../ports/store.ts';
import { refuseArchive } from './archive-refusals.ts';
import type { ArchiveViewer } from '../../domain/archive/archive-month-view.ts';
import { requireViewableUnit } from './archive-viewer.ts';

/** A photo or file kept as evidence of one of the unit's hazards; any other hash reads as not found, whoever's it is. */
export async function readArchiveEvidence(
  dependencies: { store: Store; archiveRows: ArchiveRows; evidence: { rows: EvidenceRows; files: EvidenceFiles } },
  input: { viewer: ArchiveViewer; unitId: string; sha256: string },
): Promise<{ fileName: string; mediaType: string; bytes: Uint8Array }> {
  await requireViewableUnit(dependencies, input.viewer, input.unitId);
  const record = (await dependencies.evidence.rows.all({ unitId: input.unitId })).find((item) => item.recordType === 'hazard' && item.sha256 === input.sha256);
  const bytes = record ? await dependencies.evidence.files.read(record.sha256) : null;
  if (!record || !bytes) throw refuseArchive('archive.file-not-found', { path: input.sha256 });
  return { fileName: record.fileName, mediaType: record.mediaType, bytes };
}
