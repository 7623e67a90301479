import { appendFile, cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { daysBetweenInclusive } from '../../src/domain/calendar/local-time.ts';
import { wordCommandRefusal } from '../../src/cli/command-refusal-wording.ts';
import { isDomainError } from '../../src/domain/domain-error.ts';
import { docxArchiveFiles } from '../../src/export/docx-archive-files.ts';
import { archivedAuditEntry, archivedDailyRecords, archiveSnapshotHead, auditEntryWithin } from '../../src/use-cases/archive/archive-snapshot-from-rows.ts';
import { exportArchive } from '../../src/use-cases/archive/export-archive.ts';
import { purgeOldRecords } from '../../src/use-cases/archive/purge-old-records.ts';
import { verifyRecords } from '../../src/use-cases/archive/verify-records.ts';
import { filesTo, latestCard } from '../support/chat-views.ts';
import { docxText } from '../support/docx-text.ts';
import { type Harness, people, startHarness } from '../support/service-harness.ts';

async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')).sort();
}

function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const files = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(files));
      zip.readEntry();
    });
  });
}

describe('存档备查: the month an inspector asks for', () => {
  let harness: Harness;
  let folder: string;
  let gaps: string[];

  beforeAll(async () => {
    harness = await startHarness();
    await harness.importOrganisation(undefined, new Date('2026-09-30T08:00:00+08:00'));
    for (const day of daysBetweenInclusive('2026-10-01', '2026-10-31')) {
      if (day === '2026-10-20') continue;
      await harness.runJob('daily-push', day);
      await harness.settle();
      harness.actAt(`${day} 09:00`);
      await harness.lark.sendText(people.officerWang.openId, '全部正常');
      if (day === '2026-10-08') {
        await harness.lark.sendText(people.officerZhao.openId, '异常 7 标签缺少 CCC 标志 措施：已下架');
        await harness.lark.sendText(people.officerZhao.openId, '其余正常');
      } else if (day !== '2026-10-14') await harness.lark.sendText(people.officerZhao.openId, '全部正常');
      await harness.settle();
      await harness.runJob('daily-close', day);
    }
    await harness.settle();
    folder = await mkdtemp(path.join(tmpdir(), 'qs-archive-'));
    const result = await exportArchive(
      { archiveRows: harness.database.archiveRows, store: harness.database.store },
      { unitId: 'acme-plant', from: '2026-10-01', to: '2026-10-31', now: new Date('2026-11-25T10:00:00+08:00'), actor: 'export', write: (content) => docxArchiveFiles.toFolder(content, folder) },
    );
    gaps = result.gaps;
  });
  afterAll(async () => {
    await harness?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('writes one readable Word document per daily record, and every document reads back', async () => {
    const files = await filesIn(folder);
    const daily = files.filter((file) => file.startsWith('daily/'));
    expect(daily).toHaveLength(60);
    expect(daily).toContain('daily/2026-10-08_赵六.docx');
    for (const file of files.filter((name) => name.endsWith('.docx'))) {
      const text = await docxText(await readFile(path.join(folder, file)));
      expect(text.length, file).toBeGreaterThan(20);
    }
    const record = await docxText(await readFile(path.join(folder, 'daily/2026-10-08_赵六.docx')));
    expect(record).toContain('每日工业产品质量安全检查记录');
    expect(record).toContain('标签缺少 CCC 标志');
  });

  it('records.json holds the same records as the database', async () => {
    const records = JSON.parse(await readFile(path.join(folder, 'records.json'), 'utf8')) as {
      schemaVersion: number;
      dailyRecords: Array<{ id: string; status: string; outcome?: string }>;
      hazards: Array<{ number: number; status: string; description: string }>;
    };
    expect(records.schemaVersion).toBe(1);
    const stored = await harness.rows.dailyCheck.findMany({ where: { date: { gte: '2026-10-01', lte: '2026-10-31' } } });
    expect(records.dailyRecords.map((record) => [record.id, record.status, record.outcome ?? null]).sort()).toEqual(stored.map((check) => [check.id, check.status, check.outcome]).sort());
    expect(records.hazards).toEqual([expect.objectContaining({ number: 1, status: 'reported', description: '标签缺少 CCC 标志' })]);
  });

  it('records.json, written a day at a time, holds the snapshot of the month built from all its rows at once', async () => {
    const rows = (await harness.database.archiveRows.unit('acme-plant'))!;
    const period = { from: '2026-10-01', to: '2026-10-31' };
    const expected = {
      ...archiveSnapshotHead(rows, period, new Date('2026-11-25T10:00:00+08:00')),
      dailyRecords: archivedDailyRecords(rows, rows.dailyChecks.filter((check) => check.date >= period.from && check.date <= period.to), rows.audit),
      audit: rows.audit.filter(auditEntryWithin(period, rows.unit.timeZone)).map(archivedAuditEntry),
    };
    expect(expected.dailyRecords).toHaveLength(60);
    expect(JSON.parse(await readFile(path.join(folder, 'records.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('the inspection index names the missing day, the missed check and the open hazard', async () => {
    const index = await docxText(await readFile(path.join(folder, 'index.docx')));
    expect(index).toContain('2026-10-20');
    expect(index).toContain('无检查记录');
    expect(index).toContain('标签缺少 CCC 标志');
    expect(gaps.some((gap) => gap.includes('2026-10-20') && gap.includes('无检查记录'))).toBe(true);
    expect(gaps.some((gap) => gap.includes('2026-10-14') && gap.includes('赵六'))).toBe(true);
    expect(gaps.some((gap) => gap.includes('第 1 号隐患'))).toBe(true);
  });

  it('verify passes, then names the record changed directly in the database', async () => {
    expect((await verifyRecords(harness.database.archiveRows)).problems).toEqual([]);
    const check = await harness.rows.dailyCheck.findFirstOrThrow({ where: { date: '2026-10-08', status: 'submitted', outcome: 'hazard' } });
    const changed = await harness.rows.dailyAnswer.findMany({ where: { dailyCheckId: check.id, answer: 'abnormal' } });
    // The other tests look at the month as it was recorded.
    onTestFinished(async () => {
      for (const answer of changed) await harness.rows.dailyAnswer.update({ where: { id: answer.id }, data: { description: answer.description } });
    });
    await harness.rows.dailyAnswer.updateMany({ where: { dailyCheckId: check.id, answer: 'abnormal' }, data: { description: '一切正常' } });
    const report = await verifyRecords(harness.database.archiveRows);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]!.record).toContain('每日检查记录 2026-10-08 赵六');
  });

  it('verify names where an audit entry was deleted from the chain, and the entry that no longer links', async () => {
    const chain = await harness.database.archiveRows.auditChain();
    const removed = chain[Math.floor(chain.length / 2)]!;
    onTestFinished(async () => {
      await harness.rows.auditEntry.create({ data: removed });
    });
    await harness.rows.auditEntry.delete({ where: { sequence: removed.sequence } });
    const report = await verifyRecords(harness.database.archiveRows);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        { record: `审计记录第 ${removed.sequence}–${removed.sequence} 条`, problem: '已被删除，审计链断开' },
        { record: expect.stringContaining(`审计记录第 ${removed.sequence + 1} 条`), problem: '与前一条记录的链接不符，前面的记录被改动或删除过' },
      ]),
    );
  });

  it('a verified export copy passes, and a changed file in it does not', async () => {
    const { verifyArchiveFolder } = await import('../../src/export/verify-archive-folder.ts');
    const chain = await harness.database.archiveRows.auditChain();
    const copy = await mkdtemp(path.join(tmpdir(), 'qs-archive-copy-'));
    onTestFinished(() => rm(copy, { recursive: true, force: true }));
    await cp(folder, copy, { recursive: true });
    expect((await verifyArchiveFolder(copy, chain)).problems).toEqual([]);
    await appendFile(path.join(copy, 'daily/2026-10-09_王五.docx'), 'x');
    expect((await verifyArchiveFolder(copy, chain)).problems).toEqual([expect.stringContaining('daily/2026-10-09_王五.docx')]);
  });

  it('deleting records younger than the retention period is refused, and nothing is deleted', async () => {
    const before = await harness.rows.dailyCheck.count();
    const refusal = await purgeOldRecords(harness.database.store, { before: '2026-10-15', today: '2026-11-25', retentionYears: 2, actor: 'test', now: new Date() }).catch((error: unknown) => error);
    expect(isDomainError(refusal) && refusal.code).toBe('retention.too-recent');
    expect(isDomainError(refusal) && wordCommandRefusal(refusal)).toContain('保存 2 年（RETENTION_YEARS；不得少于两年');
    expect(await harness.rows.dailyCheck.count()).toBe(before);
  });

  it('导出 in chat delivers a zip that unzips to the same documents, with a card naming the gaps', async () => {
    harness.actAt('2026-11-25 10:00');
    await harness.lark.sendText(people.principal.openId, '导出 2026-10');
    await harness.settle();
    const zips = filesTo(harness.standIn, people.principal.openId).filter((file) => file.fileName.endsWith('.zip'));
    expect(zips).toHaveLength(1);
    const unzipped = await unzip(zips[0]!.bytes);
    expect([...unzipped.keys()].sort()).toEqual(await filesIn(folder));
    expect(await docxText(unzipped.get('daily/2026-10-08_赵六.docx')!)).toContain('每日工业产品质量安全检查记录');
    expect(latestCard(harness.standIn, people.principal.openId, '存档备查档案').text).toContain('2026-10-20');

    await harness.lark.sendText(people.officerWang.openId, '导出 2026-10');
    await harness.settle();
    expect(harness.standIn.textsTo(people.officerWang.openId).at(-1)).toContain('由主要负责人和质量安全总监操作');
  });
});
