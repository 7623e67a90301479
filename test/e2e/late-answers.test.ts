import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxArchiveFiles } from '../../src/export/docx-archive-files.ts';
import { exportArchive } from '../../src/use-cases/archive/export-archive.ts';
import { verifyRecords } from '../../src/use-cases/archive/verify-records.ts';
import { docxText } from '../support/docx-text.ts';
import { type Harness, people, startHarness } from '../support/service-harness.ts';

/** An answer after the day's close (20:00), before the close job reached the record: kept, with its time, as late. */
describe('a late answer', () => {
  let harness: Harness;
  let folder: string;

  beforeAll(async () => {
    harness = await startHarness();
    folder = await mkdtemp(path.join(tmpdir(), 'qs-late-'));
    await harness.importOrganisation(undefined, new Date('2026-10-30T09:00:00+08:00'));
    await harness.runJob('daily-push', '2026-11-02');
    await harness.settle();
    harness.actAt('2026-11-02 09:00');
    await harness.lark.sendText(people.officerWang.openId, '全部正常');
    harness.actAt('2026-11-02 21:40');
    await harness.lark.sendText(people.officerZhao.openId, '全部正常');
    await harness.settle();
    await exportArchive(
      { archiveRows: harness.database.archiveRows, store: harness.database.store },
      { unitId: 'acme-plant', from: '2026-11-02', to: '2026-11-02', now: new Date('2026-11-03T10:00:00+08:00'), actor: 'export', write: (content) => docxArchiveFiles.toFolder(content, folder) },
    );
  });
  afterAll(async () => {
    await harness?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('tells the officer it is recorded as late', () => {
    expect(harness.standIn.textsTo(people.officerZhao.openId).at(-1)).toContain('已过当日 20:00 的截止时间，记录为逾期提交');
    expect(harness.standIn.textsTo(people.officerWang.openId).at(-1)).not.toContain('逾期');
  });

  it('the archived record shows its real time as late, records.json says so, and the record verifies', async () => {
    expect(await docxText(await readFile(path.join(folder, 'daily/2026-11-02_赵六.docx')))).toContain('提交时间：2026-11-02 21:40，逾期提交（当日 20:00 截止后）');
    expect(await docxText(await readFile(path.join(folder, 'daily/2026-11-02_王五.docx')))).not.toContain('逾期提交');
    const records = JSON.parse(await readFile(path.join(folder, 'records.json'), 'utf8')) as { dailyRecords: Array<{ officerName: string; revisions: Array<{ late?: boolean }> }> };
    expect(records.dailyRecords.map((record) => [record.officerName, record.revisions.map((revision) => revision.late ?? false)]).sort()).toEqual([
      ['王五', [false]],
      ['赵六', [true]],
    ]);
    expect((await verifyRecords(harness.database.archiveRows)).problems).toEqual([]);
  });
});
