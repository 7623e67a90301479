import { createHash } from 'node:crypto';
import type { ArchiveSnapshotHead } from '../domain/archive/archive-snapshot.ts';
import { MANIFEST_JSON } from './archive-file.ts';
import type { PiecewiseFile } from './archive-sink.ts';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface ManifestEntry {
  path: string;
  bytes: number;
  sha256: string;
}

export function manifestEntry(path: string, bytes: Uint8Array): ManifestEntry {
  return { path, bytes: bytes.byteLength, sha256: sha256(bytes) };
}

/** A file written in pieces of text, hashed as it goes, so its manifest entry needs no second reading. */
export function hashedTextFile(path: string, file: PiecewiseFile): { write(text: string): Promise<void>; close(): Promise<ManifestEntry> } {
  const hash = createHash('sha256');
  let bytes = 0;
  return {
    async write(text) {
      const piece = Buffer.from(text, 'utf8');
      hash.update(piece);
      bytes += piece.byteLength;
      await file.write(piece);
    },
    async close() {
      await file.close();
      return { path, bytes, sha256: hash.digest('hex') };
    },
  };
}

const ENTRIES_PER_PIECE = 1_000;

/**
 * The manifest lists every file with its SHA-256, so a copy of the archive can be checked file by file. Written in
 * pieces, as `JSON.stringify(manifest, null, 2)` and a newline would write it whole: a year lists some 180,000 files.
 */
export async function writeManifest(entries: readonly ManifestEntry[], head: ArchiveSnapshotHead, write: (text: string) => Promise<void>): Promise<void> {
  const opening = { schemaVersion: head.schemaVersion, unit: { id: head.unit.id, name: head.unit.name }, period: head.period, generatedAt: head.generatedAt };
  // The opening object without its closing `\n}`, continued by the list of files.
  await write(`${JSON.stringify(opening, null, 2).slice(0, -2)},\n  "files": [`);
  for (let start = 0; start < entries.length; start += ENTRIES_PER_PIECE) {
    const piece = entries.slice(start, start + ENTRIES_PER_PIECE).map((entry, index) => `${start + index === 0 ? '\n' : ',\n'}    ${JSON.stringify(entry, null, 2).replace(/\n/g, '\n    ')}`);
    await write(piece.join(''));
  }
  await write(`${entries.length === 0 ? ']' : '\n  ]'}\n}\n`);
}

export { MANIFEST_JSON };
