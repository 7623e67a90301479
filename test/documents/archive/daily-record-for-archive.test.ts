import { describe, expect, it } from 'vitest';
import { renderArchivedDailyRecordDocx } from '../../../src/documents/archive/daily-record-for-archive.ts';
import type { ArchivedDailyRecord } from '../../../src/domain/archive/archive-snapshot.ts';
import { docxText } from '../../support/docx-text.ts';
import { TIME_ZONE, UNIT_NAME, novemberSnapshot } from '../../domain/archive/snapshot-fixture.ts';

const unit = { name: UNIT_NAME, timeZone: TIME_ZONE, closeTime: '20:00' };

function archived(officerId: string, date: string): ArchivedDailyRecord {
  const found = novemberSnapshot().dailyRecords.find((record) => record.officerId === officerId && record.date === date);
  if (found === undefined) throw new Error(`no record for ${officerId} on ${date}`);
  return found;
}

describe('an archived daily record as a .docx', () => {
  it('shows the corrected record first and the record as first submitted after it, each with its time and hash', async () => {
    const text = await docxText(await renderArchivedDailyRecordDocx(archived('p-zhang', '2026-11-04'), unit));
    expect(text).toContain('记录版本：第 2 版（更正后，此前各版均存档备查）');
    expect(text).toContain('提交时间：2026-11-04 15:20');
    expect(text).toContain('进货台账缺少供货商资质证明');
    expect(text).toContain('三、更正前记录');
    expect(text).toContain('第 1 版（提交时间：2026-11-04 09:10）');
    expect(text).toContain('hash-p-zhang-2026-11-04-1');
    expect(text.indexOf('hash-p-zhang-2026-11-04-2')).toBeLessThan(text.indexOf('三、更正前记录'));
  });

  it('a record never corrected has no earlier revisions', async () => {
    const text = await docxText(await renderArchivedDailyRecordDocx(archived('p-li', '2026-11-02'), unit));
    expect(text).toContain('未发现问题（零风险报告）。');
    expect(text).toContain('提交时间：2026-11-02 09:10');
    expect(text).not.toContain('更正前记录');
  });

  it('marks a serious hazard', async () => {
    const text = await docxText(await renderArchivedDailyRecordDocx(archived('p-wang', '2026-11-20'), unit));
    expect(text).toContain('【严重】电热水壶 2026-1103 批次温控器失效');
    expect(text).toContain('风险管控清单版本：第 2 版');
  });

  it('a record submitted after the day’s close shows its real time as late', async () => {
    const record = archived('p-li', '2026-11-02');
    const late: ArchivedDailyRecord = { ...record, revisions: record.revisions.map((revision) => ({ ...revision, submittedAt: '2026-11-02T13:40:00.000Z', late: true as const })) };
    const text = await docxText(await renderArchivedDailyRecordDocx(late, unit));
    expect(text).toContain('提交时间：2026-11-02 21:40，逾期提交（当日 20:00 截止后）');
    expect(await docxText(await renderArchivedDailyRecordDocx(record, unit))).not.toContain('逾期提交');
  });

  it('a day of 停业 shows the reason', async () => {
    const text = await docxText(await renderArchivedDailyRecordDocx(archived('p-li', '2026-11-11'), unit));
    expect(text).toContain('停工停产（停业）期间，本次无需检查。原因：店面装修停业。');
  });
});
