import { ARCHIVE_FILES, archiveFileNames } from '../documents/archive/archive-file-names.ts';
import { renderInspectionIndexDocx } from '../documents/archive/inspection-index-document.ts';
import type { ArchiveContent, WrittenArchive } from '../ports/archive-files.ts';
import { MANIFEST_JSON, RECORDS_JSON } from './archive-file.ts';
import { dailyRecordDocument, monthlyMinutesDocument, ORGANISATION_DOCUMENTS, weeklyReportDocument } from './archive-documents.ts';
import type { ArchiveSink } from './archive-sink.ts';
import { hashedTextFile, type ManifestEntry, manifestEntry, writeManifest } from './manifest.ts';
import { recordsJsonWriter } from './records-json-writer.ts';

/**
 * Each evidence file once, under `evidence/<sha256>.<ext>`. A file missing from the evidence folder is left out: the
 * manifest lists only what is there, `records.json` still lists it, and `qs verify` names it.
 */
async function writeEvidenceFiles(evidence: ArchiveContent['head']['evidence'], read: ArchiveContent['evidenceFile'], sink: ArchiveSink): Promise<ManifestEntry[]> {
  const entries: ManifestEntry[] = [];
  const written = new Set<string>();
  for (const item of evidence) {
    if (written.has(item.path)) continue;
    written.add(item.path);
    const bytes = await read(item.sha256);
    if (!bytes) continue;
    await sink.write(item.path, bytes);
    entries.push(manifestEntry(item.path, bytes));
  }
  return entries;
}

/**
 * Every document of the archive — one per daily record, weekly report and set of minutes, the organisation's
 * records, the inspection index — `records.json` with the same data, and the manifest, each handed to `sink` as soon
 * as it is made. The daily records go by a page at a time: each page's documents are written and its records added to
 * `records.json` before the next page is read. The manifest lists the files in the archive's reading order (index,
 * daily, weekly, monthly, organisation, data), whatever order they were made in.
 */
export async function writeArchive(
  content: ArchiveContent,
  sink: ArchiveSink,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<WrittenArchive & { paths: string[] }> {
  const { head } = content;
  const total = 1 + content.dailyRecordCount + head.weeklyReports.length + head.monthlyMinutes.length + ORGANISATION_DOCUMENTS.length;
  let done = 0;
  const put = async (path: string, bytes: Uint8Array): Promise<ManifestEntry> => {
    await sink.write(path, bytes);
    onProgress(++done, Math.max(total, done));
    return manifestEntry(path, bytes);
  };

  const records = hashedTextFile(RECORDS_JSON, await sink.open(RECORDS_JSON));
  const json = recordsJsonWriter(head, records.write);
  await json.begin();
  const daily: ManifestEntry[] = [];
  for await (const page of content.dailyRecords) {
    // A daily record's file name holds its date, so names can only collide within a day: one page.
    const names = archiveFileNames({ dailyRecords: page, weeklyReports: [], monthlyMinutes: [] }).dailyRecords;
    for (const record of page) daily.push(await put(names.get(record.id)!, await dailyRecordDocument(record, head, content.evidenceFile)));
    await json.dailyRecords(page);
  }
  await json.afterDailyRecords();
  for await (const page of content.audit) await json.audit(page);
  await json.end();
  const recordsEntry = await records.close();

  const { overview, index } = content.conclusion();
  const names = archiveFileNames({ dailyRecords: [], weeklyReports: head.weeklyReports, monthlyMinutes: head.monthlyMinutes });
  const weekly: ManifestEntry[] = [];
  for (const report of head.weeklyReports) weekly.push(await put(names.weeklyReports.get(report.id)!, await weeklyReportDocument(report, head, content.evidenceFile)));
  const monthly: ManifestEntry[] = [];
  for (const minutes of head.monthlyMinutes) monthly.push(await put(names.monthlyMinutes.get(minutes.id)!, await monthlyMinutesDocument(minutes, head)));
  const organisation: ManifestEntry[] = [];
  for (const document of ORGANISATION_DOCUMENTS) organisation.push(await put(document.path, await document.render(overview)));
  const indexEntry = await put(ARCHIVE_FILES.index, await renderInspectionIndexDocx(index, overview));
  const evidenceFiles = await writeEvidenceFiles(head.evidence, content.evidenceFile, sink);

  const entries = [indexEntry, ...daily, ...weekly, ...monthly, ...organisation, ...evidenceFiles, recordsEntry];
  const manifest = hashedTextFile(MANIFEST_JSON, await sink.open(MANIFEST_JSON));
  await writeManifest(entries, head, manifest.write);
  const manifestWritten = await manifest.close();
  await sink.finish();
  return { fileCount: entries.length + 1, manifestSha256: manifestWritten.sha256, paths: [...entries.map((entry) => entry.path), MANIFEST_JSON] };
}
