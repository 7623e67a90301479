import { describe, expect, it } from 'vitest';
import { compileWeeklyReport } from '../../../src/domain/weekly-reports/compile-weekly-report.ts';
import { UNIT, WEEK, weekHazards, weekRecords } from './week-of-2026-11-02.ts';

const report = compileWeeklyReport({ ...UNIT, ...WEEK, records: weekRecords, hazards: weekHazards });

describe('the weekly report the bot compiles from the week’s records', () => {
  it('counts each officer’s checks: suspended days are not owed, a missed day is', () => {
    expect(report.coverage.officers.map(({ days: _days, ...officer }) => officer)).toEqual([
      { officerName: '李四', expected: 5, submitted: 5, zeroRisk: 3, hazard: 2, missed: 0, suspended: 2, submissionRate: 1 },
      { officerName: '张三', expected: 7, submitted: 6, zeroRisk: 5, hazard: 1, missed: 1, suspended: 0, submissionRate: 6 / 7 },
    ]);
  });

  it('totals the whole unit over the week only, ignoring the day before it', () => {
    expect(report.coverage.totals).toEqual({ expected: 12, submitted: 11, zeroRisk: 8, hazard: 3, missed: 1, suspended: 2, submissionRate: 11 / 12 });
  });

  it('a corrected day counts once, as its latest revision says', () => {
    const liFriday = report.coverage.officers[0]?.days.filter((record) => record.date === '2026-11-06');
    expect(liFriday).toEqual([{ date: '2026-11-06', shift: '', state: 'hazard' }]);
  });

  it('lists each officer’s days in date order', () => {
    expect(report.coverage.officers[1]?.days.map((record) => record.state)).toEqual(
      ['zero-risk', 'zero-risk', 'hazard', 'zero-risk', 'missed', 'zero-risk', 'zero-risk'],
    );
  });

  it('lists the missed checks', () => {
    expect(report.missedChecks).toEqual([{ date: '2026-11-06', shift: '', officerName: '张三' }]);
  });

  it('shows the hazards reported during the week, in order, with their Chinese status', () => {
    expect(report.hazardsFound.map((hazard) => [hazard.number, hazard.statusLabel, hazard.overdue])).toEqual([
      [5, '整改中', false],
      [6, '已上报待整改', false],
      [7, '已整改待验证', false],
    ]);
    expect(report.hazardsFound[0]).toMatchObject({ officerName: '李四', serious: true, description: '电热水壶批次 2026-1103 温控器失效', measures: '已下架封存 32 台', ownerName: '王五', deadline: '2026-11-20' });
  });

  it('follows up earlier hazards still open or closed this week, not those closed before it', () => {
    expect(report.earlierOpenHazards.map((hazard) => [hazard.number, hazard.status])).toEqual([
      [1, 'assigned'],
      [2, 'closed'],
      [4, 'rectified'],
    ]);
  });

  it('marks a hazard overdue when its deadline has passed and it is not rectified', () => {
    expect(report.earlierOpenHazards.map((hazard) => [hazard.number, hazard.overdue])).toEqual([[1, true], [2, false], [4, false]]);
  });

  it('ranks the checklist items by the hazards they raised this week, ties by code', () => {
    expect(report.topItems).toEqual([
      { itemCode: 'P05', itemText: '出厂检验', count: 2 },
      { itemCode: 'P02', itemText: '进货查验', count: 1 },
    ]);
  });

  it('keeps at most five items, the most frequent first', () => {
    const hazards = ['P09', 'P08', 'P07', 'P06', 'P05', 'P04', 'P04'].map((itemCode, index) => ({
      ...weekHazards[4]!, number: 100 + index, itemCode, itemText: `项目 ${itemCode}`,
    }));
    const ranked = compileWeeklyReport({ ...UNIT, ...WEEK, records: [], hazards }).topItems;
    expect(ranked.map((item) => item.itemCode)).toEqual(['P04', 'P05', 'P06', 'P07', 'P08']);
  });

  it('a week spent entirely in 停工停产 owes nothing and is not reported as a shortfall', () => {
    const suspended = weekRecords.filter((record) => record.state === 'suspended');
    const totals = compileWeeklyReport({ ...UNIT, ...WEEK, records: suspended, hazards: [] }).coverage.totals;
    expect(totals).toMatchObject({ expected: 0, submitted: 0, suspended: 2, submissionRate: 1 });
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => compileWeeklyReport({ ...UNIT, periodStart: '2026-11-08', periodEnd: '2026-11-02', today: '2026-11-08', records: [], hazards: [] }))
      .toThrow(expect.objectContaining({ code: 'period.range-invalid' }));
  });
});

describe('checks recorded as missed after the previous report was compiled', () => {
  // The report of 2026-10-26 – 11-01 was compiled on Sunday afternoon, before that evening's close recorded 张三's
  // unanswered check as 漏检; the fixture's records say how that day ended.
  const previousReport = { periodStart: '2026-10-26', periodEnd: '2026-11-01', missedChecks: [] };

  it('are carried into this report, which still counts only its own week', () => {
    const carried = compileWeeklyReport({ ...UNIT, ...WEEK, records: weekRecords, hazards: weekHazards, previousReport });
    expect(carried.missedAfterPreviousReport).toEqual([{ date: '2026-11-01', shift: '', officerName: '张三' }]);
    expect(carried.missedChecks).toEqual(report.missedChecks);
    expect(carried.coverage.totals).toEqual(report.coverage.totals);
  });

  it('are not repeated when the previous report already lists them', () => {
    const listed = { ...previousReport, missedChecks: [{ date: '2026-11-01', shift: '', officerName: '张三' }] };
    const carried = compileWeeklyReport({ ...UNIT, ...WEEK, records: weekRecords, hazards: weekHazards, previousReport: listed });
    expect(carried).not.toHaveProperty('missedAfterPreviousReport');
  });

  it('are carried one for one when two officers of the same name missed the same day and the report knew of one', () => {
    const twoOfAName = [...weekRecords, { date: '2026-11-01', shift: '', officerId: 'o-zhang-2', officerName: '张三', state: 'missed' as const, revision: 1 }];
    const listed = { ...previousReport, missedChecks: [{ date: '2026-11-01', shift: '', officerName: '张三' }] };
    const carried = compileWeeklyReport({ ...UNIT, ...WEEK, records: twoOfAName, hazards: weekHazards, previousReport: listed });
    expect(carried.missedAfterPreviousReport).toEqual([{ date: '2026-11-01', shift: '', officerName: '张三' }]);
  });

  it('a check since corrected into a submitted record is not carried', () => {
    const corrected = [...weekRecords, { date: '2026-11-01', shift: '', officerId: 'o-zhang', officerName: '张三', state: 'zero-risk' as const, revision: 2 }];
    const carried = compileWeeklyReport({ ...UNIT, ...WEEK, records: corrected, hazards: weekHazards, previousReport });
    expect(carried).not.toHaveProperty('missedAfterPreviousReport');
  });

  it('nothing is carried when there was no previous report', () => {
    expect(report).not.toHaveProperty('missedAfterPreviousReport');
  });
});

describe('a hazard found on the week’s last check and reported the day after', () => {
  // Its fact carries its check's date (read-record-facts.ts), the date the coverage counts the check on.
  const sundayCheck = { date: '2026-11-08', shift: '', officerId: 'o-li', officerName: '李四', state: 'hazard' as const, revision: 1 };
  const sundayHazard = { ...weekHazards[6]!, number: 9, reportedDate: '2026-11-08', description: '周日检查发现、周一才上报的隐患' };

  it('is found in the week of its check, as the coverage counts it', () => {
    const thisWeek = compileWeeklyReport({ ...UNIT, ...WEEK, records: [sundayCheck], hazards: [sundayHazard] });
    expect(thisWeek.coverage.totals.hazard).toBe(1);
    expect(thisWeek.hazardsFound.map((hazard) => [hazard.number, hazard.reportedDate])).toEqual([[9, '2026-11-08']]);
  });

  it('is followed up in the next week, not found again', () => {
    const nextWeek = compileWeeklyReport({ ...UNIT, periodStart: '2026-11-09', periodEnd: '2026-11-15', today: '2026-11-15', records: [], hazards: [sundayHazard] });
    expect(nextWeek.hazardsFound).toEqual([]);
    expect(nextWeek.earlierOpenHazards.map((hazard) => hazard.number)).toEqual([9]);
  });
});
