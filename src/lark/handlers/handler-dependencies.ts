import type { Logger } from '../../logging/logger.ts';
import type { ArchiveFiles } from '../../ports/archive-files.ts';
import type { ArchiveRows } from '../../ports/archive-rows.ts';
import type { DocumentRenderer } from '../../ports/document-renderer.ts';
import type { Store } from '../../ports/store.ts';

export interface HandlerDependencies {
  store: Store;
  documents: DocumentRenderer;
  archiveRows: ArchiveRows;
  archiveFiles: ArchiveFiles;
  logger: Logger;
  now: () => Date;
}
