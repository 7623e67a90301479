import { describe, expect, it } from 'vitest';
import type { ArchivedDailyRecord, ArchiveSnapshot } from '../../../src/domain/archive/archive-snapshot.ts';
import { compileInspectionIndex } from '../../../src/domain/archive/inspection-index.ts';
import { novemberMinutes, novemberSnapshot, shanghai } from './snapshot-fixture.ts';

function withRecords(snapshot: ArchiveSnapshot, change: (records: ArchivedDailyRecord[]) => ArchivedDailyRecord[]): ArchiveSnapshot {
  return { ...snapshot, dailyRecords: change(snapshot.dailyRecords) };
}

/** The fixture with every gap mended: the records an inspector would find in order. */
function completeSnapshot(): ArchiveSnapshot {
  const snapshot = novemberSnapshot();
  const zhangOnFourth = snapshot.dailyRecords.find((record) => record.officerId === 'p-zhang' && record.date === '2026-11-04');
  if (zhangOnFourth === undefined) throw new Error('fixture changed');
  return {
    ...snapshot,
    dailyRecords: [
      ...snapshot.dailyRecords.map((record) => (record.status === 'missed' ? { ...record, status: 'submitted' as const, outcome: 'zero-risk' as const } : record)),
      { ...zhangOnFourth, id: 'dc-p-zhang-2026-11-05', date: '2026-11-05', outcome: 'zero-risk' },
    ],
    weeklyReports: snapshot.weeklyReports.map((report) => ({ ...report, status: 'confirmed' as const, confirmedAt: shanghai(report.periodEnd, '18:00') })),
    monthlyMinutes: [novemberMinutes(snapshot)],
    hazards: snapshot.hazards.map((hazard) => (hazard.number === 2 ? { ...hazard, status: 'closed' as const, rectifiedDate: '2026-11-09', closedDate: '2026-11-10' } : hazard))
      .map((hazard) => (hazard.number === 3 ? { ...hazard, deadline: '2026-11-12' } : hazard)),
    assessments: [...snapshot.assessments, { personId: 'p-wang', personName: '王五', kind: 'assessment', date: '2026-11-12', passed: true, note: '考核 90 分' }],
  };
}

describe('the inspection index of a month (38号文 附件2 §2.1–2.5)', () => {
  it('names every gap of the month plainly, in the order of the five points', () => {
    expect(compileInspectionIndex(novemberSnapshot()).gaps).toEqual([
      '2026-11-05 张三 无检查记录',
      '2026-11-06 李四 漏检',
      '2026-11-07 至 2026-11-13 的周报未确认',
      '2026年11月没有月调度会议纪要',
      '第 2 号隐患（仓库灭火器过期）仍未整改，已逾期（整改期限 2026-11-10，责任人 赵六）',
      '第 3 号隐患（进货台账缺少供货商资质证明）逾期整改：整改期限 2026-11-08，2026-11-12 才完成整改',
      '王五 担任质量安全员但没有合格的考核记录',
    ]);
  });

  it('has no gaps when every record is there', () => {
    expect(compileInspectionIndex(completeSnapshot()).gaps).toEqual([]);
  });

  it('judges what was due on the unit\'s local day of the export', () => {
    expect(compileInspectionIndex(novemberSnapshot()).asOf).toBe('2026-12-02');
  });
});

describe('§2.1 daily records', () => {
  it('counts the checks owed, done, missed and never recorded, leaving out the day the shop was closed', () => {
    const { totals } = compileInspectionIndex(novemberSnapshot()).dailyControl;
    expect(totals).toMatchObject({ expected: 72, submitted: 70, zeroRisk: 66, hazard: 4, missed: 1, withoutRecord: 1, unfinished: 0, suspended: 2 });
    expect(totals.submissionRate).toBeCloseTo(70 / 72);
  });

  it('lists each officer of the period, and an officer appointed after the morning push owes checks from the next day', () => {
    const { officers } = compileInspectionIndex(novemberSnapshot()).dailyControl;
    expect(officers.map((officer) => [officer.officerName, officer.expected, officer.submitted, officer.withoutRecord])).toEqual([
      ['李四', 29, 28, 0],
      ['王五', 14, 14, 0],
      ['张三', 29, 28, 1],
    ]);
    expect(officers.find((officer) => officer.officerName === '王五')?.tenures).toEqual([{ from: '2026-11-16', to: '2026-11-30' }]);
  });

  it('names the day of 停业 with its reason, and does not call it a gap even where no record was made', () => {
    const snapshot = withRecords(novemberSnapshot(), (records) => records.filter((record) => record.status !== 'suspended'));
    const index = compileInspectionIndex(snapshot);
    expect(index.dailyControl.suspendedDays).toEqual([{ date: '2026-11-11', reason: '店面装修停业' }]);
    expect(index.dailyControl.totals.suspended).toBe(2);
    expect(index.gaps.filter((gap) => gap.includes('2026-11-11'))).toEqual([]);
  });

  it('reads days nobody was asked to check as one stretch per officer', () => {
    const snapshot = withRecords(novemberSnapshot(), (records) => records.filter((record) => record.date !== '2026-11-24' && record.date !== '2026-11-25'));
    expect(compileInspectionIndex(snapshot).dailyControl.gaps).toEqual([
      '2026-11-05 张三 无检查记录',
      '2026-11-06 李四 漏检',
      '2026-11-24 至 2026-11-25 李四 无检查记录',
      '2026-11-24 至 2026-11-25 王五 无检查记录',
      '2026-11-24 至 2026-11-25 张三 无检查记录',
    ]);
  });

  it('per-shift control names the shift that has no record', () => {
    const shifted = withRecords(novemberSnapshot(), (records) => [
      ...records.map((record) => ({ ...record, shift: '08:30' })),
      { ...records.find((record) => record.officerId === 'p-li' && record.date === '2026-11-02')!, id: 'dc-li-1102-pm', shift: '16:30' },
    ]);
    expect(compileInspectionIndex(shifted).dailyControl.gaps).toEqual([
      '2026-11-02（班次 16:30）张三 无检查记录',
      '2026-11-05（班次 08:30）张三 无检查记录',
      '2026-11-06（班次 08:30）李四 漏检',
    ]);
  });

  it('a check left open from an earlier day is a gap; one open on the day of the export is not yet', () => {
    const snapshot = withRecords({ ...novemberSnapshot(), generatedAt: shanghai('2026-11-30', '10:00') }, (records) => records.map((record) =>
      (record.officerId === 'p-wang' && (record.date === '2026-11-29' || record.date === '2026-11-30') ? { ...record, status: 'open' as const, outcome: undefined } : record)));
    const daily = compileInspectionIndex(snapshot).dailyControl;
    expect(daily.totals.unfinished).toBe(2);
    expect(daily.gaps).toContain('2026-11-29 王五 检查未完成');
    expect(daily.gaps.some((gap) => gap.startsWith('2026-11-30'))).toBe(false);
  });

  it('an officer removed from the post before the period owes nothing', () => {
    const { officers } = compileInspectionIndex(novemberSnapshot()).dailyControl;
    expect(officers.some((officer) => officer.officerName === '孙八')).toBe(false);
  });
});

describe('§2.2 weekly reports and §2.3 minutes', () => {
  it('lists each investigation period ending in the month as confirmed, draft or missing', () => {
    const snapshot = novemberSnapshot();
    const index = compileInspectionIndex({ ...snapshot, weeklyReports: snapshot.weeklyReports.filter((report) => report.periodEnd !== '2026-11-20') });
    expect(index.weeklyInvestigation.periods.map((line) => [line.periodStart, line.periodEnd, line.status])).toEqual([
      ['2026-10-31', '2026-11-06', 'confirmed'],
      ['2026-11-07', '2026-11-13', 'draft'],
      ['2026-11-14', '2026-11-20', 'missing'],
      ['2026-11-21', '2026-11-27', 'confirmed'],
    ]);
    expect(index.weeklyInvestigation.gaps).toEqual(['2026-11-07 至 2026-11-13 的周报未确认', '2026-11-14 至 2026-11-20 没有周报']);
  });

  it('a week spent entirely in 停业 needs no report', () => {
    const snapshot = novemberSnapshot();
    const index = compileInspectionIndex({
      ...snapshot,
      suspensions: [{ startDate: '2026-11-07', endDate: '2026-11-13', reason: '店面装修停业' }],
      weeklyReports: snapshot.weeklyReports.filter((report) => report.periodEnd !== '2026-11-13'),
    });
    expect(index.weeklyInvestigation.periods.find((line) => line.periodEnd === '2026-11-13')?.status).toBe('suspended');
    expect(index.weeklyInvestigation.gaps).toEqual([]);
  });

  it('an extra investigation is listed without being asked for', () => {
    const snapshot = novemberSnapshot();
    const extra = { ...snapshot.weeklyReports[2]!, id: 'wr-extra', periodStart: '2026-11-23', periodEnd: '2026-11-24' };
    const index = compileInspectionIndex({ ...snapshot, weeklyReports: [...snapshot.weeklyReports, extra] });
    expect(index.weeklyInvestigation.periods.filter((line) => !line.scheduled).map((line) => [line.periodEnd, line.status])).toEqual([['2026-11-24', 'confirmed']]);
    expect(index.weeklyInvestigation.gaps).toEqual(['2026-11-07 至 2026-11-13 的周报未确认']);
  });

  it('every-two-days investigation asks for a report for each pair of days', () => {
    const snapshot = novemberSnapshot();
    const index = compileInspectionIndex({ ...snapshot, unit: { ...snapshot.unit, investigationMode: 'every-two-days' }, weeklyReports: [] });
    expect(index.weeklyInvestigation.periods).toHaveLength(15);
    expect(index.weeklyInvestigation.gaps[0]).toMatch(/^2026-11-\d\d 至 2026-11-\d\d 没有排查治理报告$/);
  });

  it('periods not yet due at the export are in progress, not missing', () => {
    const snapshot = novemberSnapshot();
    const index = compileInspectionIndex({
      ...snapshot,
      generatedAt: shanghai('2026-11-18', '10:00'),
      weeklyReports: snapshot.weeklyReports.filter((report) => report.periodEnd < '2026-11-18'),
    });
    expect(index.weeklyInvestigation.periods.find((line) => line.periodEnd === '2026-11-20')?.status).toBe('in-progress');
    expect(index.monthlyScheduling.periods.map((line) => line.status)).toEqual(['in-progress']);
    expect(index.monthlyScheduling.gaps).toEqual([]);
  });

  it('confirmed minutes answer the month', () => {
    const snapshot = novemberSnapshot();
    const index = compileInspectionIndex({ ...snapshot, monthlyMinutes: [novemberMinutes(snapshot)] });
    expect(index.monthlyScheduling.periods).toMatchObject([{ periodStart: '2026-11-01', periodEnd: '2026-11-30', dueDate: '2026-11-30', status: 'confirmed', signerName: '钱七' }]);
    expect(index.monthlyScheduling.gaps).toEqual([]);
  });

  it('fortnightly scheduling asks for minutes for each half of the month', () => {
    const snapshot = novemberSnapshot();
    const firstHalf = { ...novemberMinutes(snapshot), id: 'mm-first-half', periodEnd: '2026-11-15', status: 'draft' as const };
    const index = compileInspectionIndex({ ...snapshot, unit: { ...snapshot.unit, schedulingMode: 'fortnightly' }, monthlyMinutes: [firstHalf] });
    expect(index.monthlyScheduling.gaps).toEqual(['2026-11-01 至 2026-11-15 的调度会议纪要未确认', '2026-11-16 至 2026-11-30 没有调度会议纪要']);
  });
});

describe('§2.4 rectification of hazards', () => {
  it('takes the hazards found in the month and says how each rectification went', () => {
    const { hazards, totals } = compileInspectionIndex(novemberSnapshot()).hazardRectification;
    expect(hazards.map((line) => [line.number, line.rectificationState, line.overdue, line.daysPastDeadline])).toEqual([
      [2, 'not-rectified', true, 22],
      [3, 'late', false, 4],
      [4, 'on-time', false, undefined],
      [5, 'not-rectified', false, undefined],
    ]);
    expect(totals).toEqual({ found: 4, serious: 1, rectified: 2, rectifiedOnTime: 1, rectifiedLate: 1, closed: 2, notRectified: 2, overdue: 1 });
  });

  it('a hazard nobody was told to rectify is a gap', () => {
    const snapshot = novemberSnapshot();
    const unassigned = { ...snapshot.hazards[4]!, status: 'reported' as const, ownerName: undefined, deadline: undefined };
    const index = compileInspectionIndex({ ...snapshot, hazards: [...snapshot.hazards.slice(0, 4), unassigned] });
    expect(index.hazardRectification.gaps).toContain('第 5 号隐患（插线板外壳开裂）仍未整改，尚未指定整改责任人和期限');
  });
});

describe('§2.5 training and assessment', () => {
  it('gives each post holder of the period the latest assessment', () => {
    const { people } = compileInspectionIndex(novemberSnapshot()).trainingAssessment;
    expect(people.map((person) => [person.personName, person.roles, person.state, person.latestAssessment?.date])).toEqual([
      ['赵六', ['director'], 'passed', '2025-02-20'],
      ['李四', ['officer'], 'passed', '2025-05-20'],
      ['王五', ['officer'], 'none', undefined],
      ['张三', ['officer'], 'passed', '2025-02-20'],
    ]);
  });

  it('a failed latest assessment is a gap even after an earlier pass', () => {
    const snapshot = novemberSnapshot();
    const index = compileInspectionIndex({
      ...snapshot,
      assessments: [...snapshot.assessments, { personId: 'p-li', personName: '李四', kind: 'assessment', date: '2026-11-18', passed: false, note: '监督抽查考核不合格' }],
    });
    expect(index.trainingAssessment.gaps).toContain('李四 担任质量安全员，但最近一次考核（2026-11-18）未通过');
  });

  it('an assessment passed only after the period does not cover it', () => {
    const snapshot = novemberSnapshot();
    const index = compileInspectionIndex({
      ...snapshot,
      assessments: [...snapshot.assessments, { personId: 'p-wang', personName: '王五', kind: 'assessment', date: '2026-12-01', passed: true, note: '考核 80 分' }],
    });
    expect(index.trainingAssessment.gaps).toEqual(['王五 担任质量安全员但没有合格的考核记录']);
  });

  it('names a post holder with no training on record and one with neither training nor assessment', () => {
    const snapshot = novemberSnapshot();
    const index = compileInspectionIndex({ ...snapshot, trainingSessions: snapshot.trainingSessions.filter((session) => session.id !== 'ts-2'), assessments: snapshot.assessments.filter((record) => record.personId !== 'p-wang') });
    expect(index.trainingAssessment.gaps).toEqual(['李四 担任质量安全员但没有培训记录', '王五 担任质量安全员但没有培训记录', '王五 担任质量安全员但没有合格的考核记录']);
  });

  it('a unit that recorded no training and no assessment has a gap for every post holder, never none', () => {
    const index = compileInspectionIndex({ ...novemberSnapshot(), trainingSessions: [], assessments: [] });
    expect(index.trainingAssessment.gaps).toHaveLength(8);
    for (const name of ['赵六', '李四', '王五', '张三']) {
      expect(index.trainingAssessment.gaps).toContain(`${name} 担任${name === '赵六' ? '质量安全总监' : '质量安全员'}但没有培训记录`);
    }
  });

  it('a session counts from its day on, and only for those who attended it', () => {
    const snapshot = novemberSnapshot();
    const later = { ...snapshot.trainingSessions[1]!, id: 'ts-3', date: '2026-12-01', attendees: [{ personId: 'p-zhao', personName: '赵六' }] };
    const index = compileInspectionIndex({ ...snapshot, trainingSessions: [snapshot.trainingSessions[1]!, later] });
    expect(index.trainingAssessment.gaps).toContain('赵六 担任质量安全总监但没有培训记录');
    expect(index.trainingAssessment.gaps).not.toContain('李四 担任质量安全员但没有培训记录');
    expect(index.trainingAssessment.people.find((person) => person.personName === '李四')?.latestTraining).toEqual({ date: '2025-05-18', passed: true, note: '质量安全员岗前培训（4 学时）' });
  });

  it('a failed spot check is a gap until its rectification is recorded', () => {
    const snapshot = novemberSnapshot();
    const spotCheck = { personId: 'p-li', personName: '李四', kind: 'spot-check' as const, date: '2026-11-20', passed: false, note: '', assessor: '区市场监管所' };
    const unrectified = compileInspectionIndex({ ...snapshot, assessments: [...snapshot.assessments, spotCheck] });
    expect(unrectified.trainingAssessment.gaps).toContain('李四 2026-11-20 监督抽查考核不合格，未记录整改措施');
    const rectifiedLater = compileInspectionIndex({ ...snapshot, assessments: [...snapshot.assessments, { ...spotCheck, rectification: '重新培训', rectifiedOn: '2026-12-02' }] });
    expect(rectifiedLater.trainingAssessment.gaps).toContain('李四 2026-11-20 监督抽查考核不合格，未记录整改措施');
    const rectified = compileInspectionIndex({ ...snapshot, assessments: [...snapshot.assessments, { ...spotCheck, rectification: '重新培训', rectifiedOn: '2026-11-22' }] });
    expect(rectified.trainingAssessment.gaps.filter((gap) => gap.includes('抽查'))).toEqual([]);
  });

  it('a unit that must have a director and had none is told so', () => {
    const snapshot = novemberSnapshot();
    const index = compileInspectionIndex({ ...snapshot, appointments: snapshot.appointments.filter((appointment) => appointment.role !== 'director') });
    expect(index.trainingAssessment.gaps[0]).toBe('本单位应当配备质量安全总监，但本期无人担任');
  });
});
