export interface ArchiveFile {
  /** Relative, with forward slashes: `daily/2026-11-02_王五.docx`. */
  path: string;
  bytes: Uint8Array;
}

export const RECORDS_JSON = 'records.json';
export const MANIFEST_JSON = 'manifest.json';
