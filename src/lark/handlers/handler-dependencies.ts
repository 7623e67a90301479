import type { Logger } from '../../logging/logger.ts';
import type { ArchiveExporter } from '../../ports/archive-exporter.ts';
import type { DocumentRenderer } from '../../ports/document-renderer.ts';
import type { Store } from '../../ports/store.ts';

export interface HandlerDependencies {
  store: Store;
  documents: DocumentRenderer;
  archive: ArchiveExporter;
  logger: Logger;
  now: () => Date;
}
