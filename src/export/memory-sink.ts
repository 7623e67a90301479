import type { ArchiveFile } from './archive-file.ts';
import type { ArchiveSink } from './archive-sink.ts';

/** The archive kept in memory, for the zips sent in chat: a month, which fits. */
export function memorySink(): ArchiveSink & { files(order: readonly string[]): ArchiveFile[] } {
  const files = new Map<string, Uint8Array>();
  return {
    async write(path, bytes) {
      files.set(path, bytes);
    },
    async open(path) {
      const pieces: Uint8Array[] = [];
      return {
        async write(piece) {
          pieces.push(piece);
        },
        async close() {
          files.set(path, Buffer.concat(pieces));
        },
      };
    },
    async finish() {},
    /** The files in the order given; a path never written is left out. */
    files: (order) => order.flatMap((path) => {
      const bytes = files.get(path);
      return bytes === undefined ? [] : [{ path, bytes }];
    }),
  };
}
