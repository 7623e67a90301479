import type { ArchiveFiles } from '../ports/archive-files.ts';
import { folderSink } from './folder-sink.ts';
import { memorySink } from './memory-sink.ts';
import { renderOneArchiveDocument } from './one-archive-document.ts';
import { writeArchive } from './write-archive.ts';
import { zipArchive } from './zip-archive.ts';

/** The archive as Word documents, `records.json` and a manifest: in a folder, or zipped in parts Lark accepts; or one of its documents. */
export const docxArchiveFiles: ArchiveFiles = {
  async toFolder(content, folder, onProgress) {
    const { fileCount, manifestSha256 } = await writeArchive(content, folderSink(folder), onProgress);
    return { fileCount, manifestSha256 };
  },
  async toZips(content) {
    const sink = memorySink();
    const { fileCount, manifestSha256, paths } = await writeArchive(content, sink);
    return { fileCount, manifestSha256, zips: await zipArchive(sink.files(paths)) };
  },
  oneDocument: renderOneArchiveDocument,
};
