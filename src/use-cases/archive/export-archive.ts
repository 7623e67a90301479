import type { ArchiveContent, WrittenArchive } from '../../ports/archive-files.ts';
import type { ArchiveRows } from '../../ports/archive-rows.ts';
import type { EvidenceFiles, EvidenceRows } from '../../ports/evidence.ts';
import type { Store } from '../../ports/store.ts';
import { archiveContent } from './archive-content.ts';

export interface ArchiveExport<Written extends WrittenArchive> {
  unitName: string;
  written: Written;
  /** What the inspection index found missing, in the index's own words. */
  gaps: string[];
}

/**
 * The archive of a unit for a period: its records as they stand → the archive's files, written by `write` (a folder,
 * zips for chat) a page of daily records at a time, so a year costs the memory of a day. The export is itself
 * recorded: its manifest's hash in the chain lets `verify --export` prove a copy is authentic.
 */
export async function exportArchive<Written extends WrittenArchive>(
  dependencies: { archiveRows: ArchiveRows; store: Store; evidence?: { rows: EvidenceRows; files: EvidenceFiles } },
  input: { unitId: string; from: string; to: string; now: Date; actor: string; write: (content: ArchiveContent) => Promise<Written> },
): Promise<ArchiveExport<Written>> {
  const { unitName, content } = await archiveContent(dependencies, input);
  const written = await input.write(content);
  await dependencies.store.transaction((transaction) =>
    transaction.audit.append({
      at: input.now,
      unitId: input.unitId,
      actor: input.actor,
      action: 'archive.exported',
      recordType: 'export',
      recordId: `${input.unitId}:${input.from}:${input.to}`,
      contentHash: written.manifestSha256,
    }),
  );
  return { unitName, written, gaps: content.conclusion().index.gaps };
}
