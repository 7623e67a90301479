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

/** The manifest lists every file with its SHA-256, so a copy of the archive can be checked file by file. */
export function manifestBytes(entries: readonly ManifestEntry[], head: ArchiveSnapshotHead): Buffer {
  const manifest = {
    schemaVersion: head.schemaVersion,
    unit: { id: head.unit.id, name: head.unit.name },
    period: head.period,
    generatedAt: head.generatedAt,
    files: entries,
  };
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
}

export { MANIFEST_JSON };
