import { describe, expect, it } from 'vitest';
import { archiveMonthGrid } from '../../../src/domain/archive/archive-month-grid.ts';
import type { ArchivedDailyRecord, ArchiveSnapshotHead } from '../../../src/domain/archive/archive-snapshot.ts';

const zone = 'Asia/Shanghai';
const head: Pick<ArchiveSnapshotHead, 'period' | 'appointments' | 'closedDays' | 'suspensions' | 'unit'> = {
  period: { from: '2026-11-01', to: '2026-11-30' },
  // Appointed in the middle of 11-01: no check was owed that day.
  appointments: [
    { personId: 'wang', personName: '王五', role: 'officer', startedAt: '2026-11-01T04:00:00.000Z', reason: '组织文件' },
    { personId: 'sun', personName: '孙丽', role: 'officer', startedAt: '2026-11-01T04:00:00.000Z', reason: '组织文件' },
  ],
  closedDays: [{ date: '2026-11-08', reason: '周日不营业' }],
  suspensions: [{ startDate: '2026-11-09', endDate: '2026-11-09', reason: '设备检修' }],
  unit: { timeZone: zone } as ArchiveSnapshotHead['unit'],
};

function record(officerId: string, officerName: string, date: string, shift: string, status: ArchivedDailyRecord['status'], more: Partial<ArchivedDailyRecord> = {}): ArchivedDailyRecord {
  return { id: `${officerId}-${date}-${shift}`, date, shift, officerId, officerName, checklistVersion: 1, status, revisions: [], ...more };
}

const submitted = (late: boolean, answer: 'normal' | 'abnormal' = 'normal') => ({
  revisions: [{ revision: 1, submittedAt: '2026-11-02T10:00:00.000Z', ...(late ? { late: true as const } : {}), answers: [{ number: 1, code: 'P01', text: '', answer, serious: false }] }],
});

describe('the month grid of daily records', () => {
  const records = [
    record('wang', '王五', '2026-11-02', '08:00', 'submitted', submitted(false)),
    record('wang', '王五', '2026-11-02', '20:00', 'submitted', submitted(true)),
    record('wang', '王五', '2026-11-03', '08:00', 'submitted', submitted(false, 'abnormal')),
    record('sun', '孙丽', '2026-11-03', '08:00', 'submitted', { ...submitted(false), leaveId: 'leave-1', substituteId: 'wang', substituteName: '王五' }),
    record('sun', '孙丽', '2026-11-04', '08:00', 'missed', { leaveId: 'leave-1' }),
    record('wang', '王五', '2026-11-10', '08:00', 'open'),
  ];
  const grid = archiveMonthGrid(head, records, '2026-11-10');
  const marks = (name: string, date: string) => grid.officers.find((row) => row.officerName === name)!.days.find((day) => day.date === date)!.marks;

  it('has a row per officer and a column per day of the month', () => {
    expect(grid.officers.map((row) => row.officerName)).toEqual(['孙丽', '王五']);
    expect(grid.days).toHaveLength(30);
    expect(grid.days[0]).toEqual({ date: '2026-11-01', isoWeekday: 7 });
  });

  it('shows each shift of a day by how its check ended: on time, late, with a hazard', () => {
    expect(marks('王五', '2026-11-02').map((mark) => [mark.shift, mark.state])).toEqual([
      ['08:00', 'zero-risk'],
      ['20:00', 'late'],
    ]);
    // Only the morning shift was pushed that day, so only it was owed.
    expect(marks('王五', '2026-11-03').map((mark) => mark.state)).toEqual(['hazard']);
  });

  it('shows a day of leave with who covered it and how that check ended', () => {
    expect(marks('孙丽', '2026-11-03')[0]).toMatchObject({ state: 'leave', cover: { substituteName: '王五', state: 'zero-risk' } });
    expect(marks('孙丽', '2026-11-04')[0]).toMatchObject({ state: 'leave', cover: { state: 'missed' } });
  });

  it('says why a day had no check: not yet appointed, closed, suspended, still to come; and today’s open one is pending', () => {
    expect(marks('王五', '2026-11-01').map((mark) => mark.state)).toEqual(['none', 'none']);
    expect(marks('王五', '2026-11-08')[0]).toMatchObject({ state: 'closed', reason: '周日不营业' });
    expect(marks('王五', '2026-11-09')[0]).toMatchObject({ state: 'suspended', reason: '设备检修' });
    // Nobody was pushed: every shift the month shows was owed, as the inspection index counts it.
    expect(marks('王五', '2026-11-05').map((mark) => mark.state)).toEqual(['missed', 'missed']);
    expect(marks('王五', '2026-11-10').map((mark) => mark.state)).toEqual(['pending']);
    expect(marks('王五', '2026-11-11').map((mark) => mark.state)).toEqual(['none', 'none']);
  });
});
