export const RECORDS_JSON = 'records.json';
export const MANIFEST_JSON = 'manifest.json';

/** One file of the archive, held in memory: `daily/2026-11-02_王五.docx`. */
export interface ArchiveFile {
  /** Relative, with forward slashes. */
  path: string;
  bytes: Uint8Array;
}
