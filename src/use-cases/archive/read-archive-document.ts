import { monthRange } from '../../domain/schedules/periods.ts';
import type { ArchiveFiles } from '../../ports/archive-files.ts';
import type { ArchiveRows } from '../../ports/archive-rows.ts';
import type { EvidenceFiles, EvidenceRows } from '../../ports/evidence.ts';
import type { Store } from '../../ports/store.ts';
import { archiveContent } from './archive-content.ts';
import { refuseArchive } from './archive-refusals.ts';
import type { ArchiveViewer } from '../../domain/archive/archive-month-view.ts';
import { requireViewableUnit } from './archive-viewer.ts';

/**
 * One Word document of a unit's month, made by the same code as the export's, so the page's download and the zip's
 * copy are the same document. The month is written whole to find it: documents name each other's records.
 */
export async function readArchiveDocument(
  dependencies: { store: Store; archiveRows: ArchiveRows; archiveFiles: ArchiveFiles; evidence: { rows: EvidenceRows; files: EvidenceFiles } },
  input: { viewer: ArchiveViewer; unitId: string; month: string; path: string; now: Date },
): Promise<{ unitName: string; path: string; bytes: Uint8Array }> {
  await requireViewableUnit(dependencies, input.viewer, input.unitId);
  if (!input.path.endsWith('.docx')) throw refuseArchive('archive.file-not-found', { path: input.path });
  const { periodStart: from, periodEnd: to } = monthRange(input.month);
  const { unitName, content } = await archiveContent(dependencies, { unitId: input.unitId, from, to, now: input.now });
  const { files } = await dependencies.archiveFiles.toMemory(content);
  const file = files.find((candidate) => candidate.path === input.path);
  if (!file) throw refuseArchive('archive.file-not-found', { path: input.path });
  return { unitName, path: file.path, bytes: file.bytes };
}
