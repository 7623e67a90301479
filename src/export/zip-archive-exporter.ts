import type { ArchiveExporter } from '../ports/archive-exporter.ts';
import type { ArchiveRows } from '../ports/archive-rows.ts';
import type { Store } from '../ports/store.ts';
import { recordExport } from '../use-cases/archive/record-export.ts';
import { buildArchive, manifestHashOf } from './export-archive-folder.ts';
import { zipArchive } from './zip-archive.ts';

export function createZipArchiveExporter(dependencies: { archiveRows: ArchiveRows; store: Store }): ArchiveExporter {
  return {
    async zipped(input) {
      const archive = await buildArchive(dependencies.archiveRows, input);
      await recordExport(dependencies.store, { ...input, manifestSha256: manifestHashOf(archive.files) });
      return { unitName: archive.unitName, parts: await zipArchive(archive.files), gaps: archive.gaps, fileCount: archive.files.length };
    },
  };
}
