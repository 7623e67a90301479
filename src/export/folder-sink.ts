import { createWriteStream, writeFile } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import type { ArchiveSink } from './archive-sink.ts';

/** Files written at once: enough that the disk is kept busy while the next documents are rendered. */
const WRITES_IN_FLIGHT = 32;

/** `qs export` and the demo: each file written into `folder` at its relative path as soon as it is made. */
export function folderSink(folder: string): ArchiveSink {
  const folders = new Map<string, Promise<unknown>>();
  const inFlight = new Set<Promise<void>>();
  const target = async (relative: string) => {
    const file = path.join(folder, ...relative.split('/'));
    const parent = path.dirname(file);
    if (!folders.has(parent)) folders.set(parent, mkdir(parent, { recursive: true }));
    await folders.get(parent);
    return file;
  };
  return {
    async write(relative, bytes) {
      while (inFlight.size >= WRITES_IN_FLIGHT) await Promise.race(inFlight);
      // The callback form: the promise form opens a FileHandle per file, which costs more than writing a daily record.
      const written: Promise<void> = target(relative)
        .then((file) => new Promise<void>((resolve, reject) => writeFile(file, bytes, (error) => (error ? reject(error) : resolve()))))
        .finally(() => inFlight.delete(written));
      inFlight.add(written);
    },
    async open(relative) {
      const stream = createWriteStream(await target(relative));
      return {
        async write(piece) {
          if (!stream.write(piece)) await once(stream, 'drain');
        },
        async close() {
          stream.end();
          await once(stream, 'close');
        },
      };
    },
    async finish() {
      await Promise.all(inFlight);
    },
  };
}
