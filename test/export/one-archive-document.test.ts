import { describe, expect, it } from 'vitest';
import type { ArchivedDailyRecord } from '../../src/domain/archive/archive-snapshot.ts';
import { compileInspectionIndex } from '../../src/domain/archive/inspection-index.ts';
import { memorySink } from '../../src/export/memory-sink.ts';
import { renderOneArchiveDocument } from '../../src/export/one-archive-document.ts';
import { writeArchive } from '../../src/export/write-archive.ts';
import type { ArchiveContent, ArchiveDocumentSource } from '../../src/ports/archive-files.ts';
import { novemberMinutes, novemberSnapshot } from '../domain/archive/snapshot-fixture.ts';
import { docxText } from '../support/docx-text.ts';

/** November with its minutes, and an officer of the same name as the first one's on the first one's day. */
function november() {
  const base = novemberSnapshot();
  const first = base.dailyRecords[0]!;
  const namesake: ArchivedDailyRecord = { ...first, id: 'zz-namesake', officerId: 'p-namesake' };
  const snapshot = { ...base, dailyRecords: [...base.dailyRecords, namesake], monthlyMinutes: [novemberMinutes(base)] };
  const conclusion = { overview: snapshot, index: compileInspectionIndex(snapshot) };
  const days = [...new Set(snapshot.dailyRecords.map((record) => record.date))].sort();
  const content: ArchiveContent = {
    head: snapshot,
    dailyRecordCount: snapshot.dailyRecords.length,
    dailyRecords: (async function* () {
      for (const day of days) yield snapshot.dailyRecords.filter((record) => record.date === day);
    })(),
    audit: (async function* () {
      yield snapshot.audit;
    })(),
    evidenceFile: async () => null,
    conclusion: () => conclusion,
  };
  const asked: string[] = [];
  const source: ArchiveDocumentSource = {
    head: snapshot,
    async dailyRecordsOn(date) {
      asked.push(`day ${date}`);
      return snapshot.dailyRecords.filter((record) => record.date === date);
    },
    async conclusion() {
      asked.push('conclusion');
      return conclusion;
    },
    evidenceFile: async () => null,
  };
  return { content, source, asked };
}

describe('one document of the archive, for the archive page', () => {
  it('is, for every document the export writes, the same document, namesakes’ numbered files included', async () => {
    const { content, source } = november();
    const sink = memorySink();
    const { paths } = await writeArchive(content, sink);
    const documents = sink.files(paths).filter((file) => file.path.endsWith('.docx'));
    expect(documents.map((file) => file.path)).toContain('index.docx');
    expect(documents.some((file) => file.path.endsWith('_2.docx'))).toBe(true);
    for (const file of documents) {
      const one = await renderOneArchiveDocument(source, file.path);
      expect(one, file.path).not.toBeNull();
      expect(await docxText(one!), file.path).toBe(await docxText(Buffer.from(file.bytes)));
    }
  });

  it('reads only the day of a daily record, and the month’s summary only for the index and the unit’s own records', async () => {
    const { source, asked } = november();
    const day = source.head.period.from;
    await renderOneArchiveDocument(source, `daily/${day}_nobody.docx`);
    await renderOneArchiveDocument(source, 'checklists.docx');
    expect(asked).toEqual([`day ${day}`, 'conclusion']);
  });

  it('is null for a file the archive does not hold as a document', async () => {
    const { source } = november();
    for (const path of ['daily/2026-11-02_nobody.docx', 'weekly/2099-01-01_2099-01-07.docx', 'manifest.json', 'records.json', 'elsewhere.docx']) {
      expect(await renderOneArchiveDocument(source, path), path).toBeNull();
    }
  });
});
