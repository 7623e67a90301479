import type { ArchiveSnapshot } from '../domain/archive/archive-snapshot.ts';
import type { InspectionIndex } from '../domain/archive/inspection-index.ts';

export interface ArchiveFile {
  /** Relative, with forward slashes: `daily/2026-11-02_王五.docx`. */
  path: string;
  bytes: Uint8Array;
}

/** Turns a unit's records into the archive an inspector receives, and packs it to travel through chat. */
export interface ArchiveFiles {
  /** Every document, `records.json` and the manifest; `manifestSha256` is what the audit chain records. */
  render(snapshot: ArchiveSnapshot, index: InspectionIndex, onProgress?: (done: number, total: number) => void): Promise<{ files: ArchiveFile[]; manifestSha256: string }>;
  /** Zip files small enough for Lark, each a complete zip of whole files. */
  zip(files: readonly ArchiveFile[]): Promise<Uint8Array[]>;
}
