import type { Logger } from '../../logging/logger.ts';
import type { ArchiveFiles } from '../../ports/archive-files.ts';
import type { ArchiveLinks } from '../../ports/archive-links.ts';
import type { ArchiveRows } from '../../ports/archive-rows.ts';
import type { DocumentRenderer } from '../../ports/document-renderer.ts';
import type { EvidenceFiles, EvidenceRows, MessageResources } from '../../ports/evidence.ts';
import type { Store } from '../../ports/store.ts';

export interface HandlerDependencies {
  store: Store;
  documents: DocumentRenderer;
  archiveRows: ArchiveRows;
  archiveFiles: ArchiveFiles;
  archiveLinks: ArchiveLinks;
  /** Where photos and files sent in chat come from and where their bytes are kept. */
  evidence: { resources: MessageResources; files: EvidenceFiles; rows: EvidenceRows };
  logger: Logger;
  now: () => Date;
}
