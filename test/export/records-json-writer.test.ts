import { describe, expect, it } from 'vitest';
import type { ArchiveSnapshot } from '../../src/domain/archive/archive-snapshot.ts';
import { recordsJsonWriter } from '../../src/export/records-json-writer.ts';
import { novemberSnapshot } from '../domain/archive/snapshot-fixture.ts';

/** `records.json` as it was written before the archive was streamed: the whole snapshot in one string. */
function writtenWhole(snapshot: ArchiveSnapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}

async function writtenInPages(snapshot: ArchiveSnapshot, pageSizes: { daily: number; audit: number }): Promise<string> {
  const { dailyRecords, audit, ...head } = snapshot;
  const pieces: string[] = [];
  const writer = recordsJsonWriter(head, async (text) => {
    pieces.push(text);
  });
  const pages = <Element>(list: readonly Element[], size: number) => [[], ...Array.from({ length: Math.ceil(list.length / size) }, (_, index) => list.slice(index * size, (index + 1) * size)), []];
  await writer.begin();
  for (const page of pages(dailyRecords, pageSizes.daily)) await writer.dailyRecords(page);
  await writer.afterDailyRecords();
  for (const page of pages(audit, pageSizes.audit)) await writer.audit(page);
  await writer.end();
  return pieces.join('');
}

function withAudit(snapshot: ArchiveSnapshot): ArchiveSnapshot {
  const entry = (sequence: number) => ({
    sequence,
    at: `2026-11-0${sequence}T01:00:00.000Z`,
    unitId: 'shop',
    actor: 'system',
    action: 'daily-check.submitted',
    recordType: 'daily-check',
    recordId: `check-${sequence}#1`,
    contentHash: 'a'.repeat(64),
    previousHash: 'b'.repeat(64),
    hash: 'c'.repeat(64),
  });
  return { ...snapshot, audit: [entry(1), entry(2), entry(3)] };
}

describe('records.json written a page at a time is the file written whole before', () => {
  it('byte for byte, however the records are paged', async () => {
    const snapshot = withAudit(novemberSnapshot());
    expect(snapshot.dailyRecords.length).toBeGreaterThan(3);
    for (const pageSizes of [{ daily: 1, audit: 1 }, { daily: 7, audit: 2 }, { daily: 1_000, audit: 1_000 }]) {
      expect(await writtenInPages(snapshot, pageSizes)).toBe(writtenWhole(snapshot));
    }
  });

  it('with no daily records and no audit entries at all', async () => {
    const snapshot = { ...novemberSnapshot(), dailyRecords: [], hazards: [], audit: [] };
    const written = await writtenInPages(snapshot, { daily: 5, audit: 5 });
    expect(written).toBe(writtenWhole(snapshot));
    expect(JSON.parse(written)).toEqual(snapshot);
  });
});
