import { describe, expect, it } from 'vitest';
import { monthlyMinutesForArchive, weeklyReportForArchive } from '../../../src/documents/archive/periodic-records-for-archive.ts';
import { renderMonthlyMinutesDocx } from '../../../src/documents/monthly-minutes-document.ts';
import { renderWeeklyReportDocx } from '../../../src/documents/weekly-report-document.ts';
import { docxText } from '../../support/docx-text.ts';
import { TIME_ZONE, novemberMinutes, novemberSnapshot } from '../../domain/archive/snapshot-fixture.ts';

function weeklyReportEnding(periodEnd: string) {
  const report = novemberSnapshot().weeklyReports.find((candidate) => candidate.periodEnd === periodEnd);
  if (report === undefined) throw new Error(`no report ending ${periodEnd}`);
  return report;
}

describe('archived weekly reports and minutes as .docx', () => {
  it('a confirmed weekly report shows when the director confirmed it, in the unit\'s local time', async () => {
    const text = await docxText(await renderWeeklyReportDocx(weeklyReportForArchive(weeklyReportEnding('2026-11-20'), TIME_ZONE)));
    expect(text).toContain('质量安全总监 赵六　2026-11-20 18:30');
    expect(text).toContain('编制时间：2026-11-20 17:00');
    expect(text).toContain('hash-wr-2026-11-20');
  });

  it('a weekly report still in draft is marked as one', async () => {
    const text = await docxText(await renderWeeklyReportDocx(weeklyReportForArchive(weeklyReportEnding('2026-11-13'), TIME_ZONE)));
    expect(text).toContain('（草稿，尚未确认）');
  });

  it('the minutes show who confirmed them and when, in the unit\'s local time', async () => {
    const text = await docxText(await renderMonthlyMinutesDocx(monthlyMinutesForArchive(novemberMinutes(novemberSnapshot()), TIME_ZONE)));
    expect(text).toContain('钱七　2026-11-30 17:00');
    expect(text).toContain('督促第 2 号隐患整改');
  });
});
