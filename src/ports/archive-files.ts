import type { ArchivedDailyRecord, ArchiveOverview, ArchiveSnapshot, ArchiveSnapshotHead } from '../domain/archive/archive-snapshot.ts';
import type { InspectionIndex } from '../domain/archive/inspection-index.ts';

/**
 * A period's records on their way into the archive. The daily records and audit entries come a page at a time, each
 * list read once and in order (daily records first), so a year is never held at once; what needs the whole period —
 * the inspection index, the organisation's documents — is asked for after the daily records have all gone by.
 */
export interface ArchiveContent {
  head: ArchiveSnapshotHead;
  /** How many daily records the pages will hold, known before they are read. */
  dailyRecordCount: number;
  dailyRecords: AsyncIterable<ArchivedDailyRecord[]>;
  audit: AsyncIterable<ArchiveSnapshot['audit']>;
  /** The bytes of an evidence file listed in `head.evidence`, as kept now; null when the file is gone. */
  evidenceFile(sha256: string): Promise<Uint8Array | null>;
  /** Once every page of daily records has been read: the period summarised, and the inspection index made from it. */
  conclusion(): { overview: ArchiveOverview; index: InspectionIndex };
}

/**
 * A period's records for one document of its archive, each part read only when the document needs it: the archive
 * page offers every document of a month to download, and a unit of thousands of officers has a hundred thousand.
 */
export interface ArchiveDocumentSource {
  head: ArchiveSnapshotHead;
  /** The daily records of one day of the period, as `ArchiveContent` pages them; none for a day outside it. */
  dailyRecordsOn(date: string): Promise<ArchivedDailyRecord[]>;
  /** The period summarised and its inspection index, as `ArchiveContent.conclusion` gives them. */
  conclusion(): Promise<ReturnType<ArchiveContent['conclusion']>>;
  evidenceFile: ArchiveContent['evidenceFile'];
}

/** What was written: `manifestSha256` is what the audit chain records, so a copy can later be proved authentic. */
export interface WrittenArchive {
  fileCount: number;
  manifestSha256: string;
}

/** Turns a unit's records into the archive an inspector receives: a folder, or zip files to travel through chat. */
export interface ArchiveFiles {
  /** Every document, `records.json` and the manifest, each written into `folder` as soon as it is made. */
  toFolder(content: ArchiveContent, folder: string, onProgress?: (done: number, total: number) => void): Promise<WrittenArchive>;
  /** The same files as zips small enough for Lark, each a complete zip of whole files. */
  toZips(content: ArchiveContent): Promise<WrittenArchive & { zips: Uint8Array[] }>;
  /** One document as `toFolder` writes it, at its path in the archive (`daily/2026-11-02_王五.docx`); null when there is none. */
  oneDocument(source: ArchiveDocumentSource, path: string): Promise<Uint8Array | null>;
}
