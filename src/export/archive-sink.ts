/** Where the archive's files go as they are made: a folder on disk, or memory for the zips sent in chat. */
export interface ArchiveSink {
  /** One whole file at its relative path (forward slashes). */
  write(path: string, bytes: Uint8Array): Promise<void>;
  /** A file written in pieces, in order: `records.json`, which for a year is larger than one string may be. */
  open(path: string): Promise<PiecewiseFile>;
  /** Resolves once every file is completely written. */
  finish(): Promise<void>;
}

export interface PiecewiseFile {
  write(piece: Uint8Array): Promise<void>;
  close(): Promise<void>;
}
