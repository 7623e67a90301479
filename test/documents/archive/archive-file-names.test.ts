import { describe, expect, it } from 'vitest';
import {
  ARCHIVE_FILES,
  archiveFileNames,
  dailyRecordFileName,
  monthlyMinutesFileName,
  safeFileNamePart,
  weeklyReportFileName,
} from '../../../src/documents/archive/archive-file-names.ts';
import { novemberMinutes, novemberSnapshot } from '../../domain/archive/snapshot-fixture.ts';

const WINDOWS_FORBIDDEN = /[\\:*?"<>|]/;

describe('archive file names', () => {
  it('name each record by its day, officer and period', () => {
    expect(dailyRecordFileName({ date: '2026-11-02', shift: '', officerName: '王五' })).toBe('daily/2026-11-02_王五.docx');
    expect(dailyRecordFileName({ date: '2026-11-02', shift: '08:30', officerName: '王五' })).toBe('daily/2026-11-02_王五_0830.docx');
    expect(weeklyReportFileName({ periodStart: '2026-10-31', periodEnd: '2026-11-06' })).toBe('weekly/2026-10-31_2026-11-06.docx');
    expect(monthlyMinutesFileName({ periodStart: '2026-11-01', periodEnd: '2026-11-30' })).toBe('monthly/2026-11.docx');
    expect(monthlyMinutesFileName({ periodStart: '2026-11-16', periodEnd: '2026-11-30' })).toBe('monthly/2026-11-16_2026-11-30.docx');
  });

  it('are unique, also ignoring case, and safe on Windows for a whole month\'s export', () => {
    const snapshot = novemberSnapshot();
    const names = archiveFileNames({ ...snapshot, monthlyMinutes: [novemberMinutes(snapshot)] });
    const all = [
      ...names.dailyRecords.values(),
      ...names.weeklyReports.values(),
      ...names.monthlyMinutes.values(),
      ...Object.values(ARCHIVE_FILES),
    ];
    expect(all).toHaveLength(snapshot.dailyRecords.length + snapshot.weeklyReports.length + 1 + Object.keys(ARCHIVE_FILES).length);
    expect(new Set(all.map((name) => name.toLowerCase())).size).toBe(all.length);
    for (const name of all) {
      expect(name).not.toMatch(WINDOWS_FORBIDDEN);
      for (const part of name.split('/')) expect(part).not.toMatch(/[. ]$/);
    }
  });

  it('two officers who share a name on the same day get distinct files', () => {
    const snapshot = novemberSnapshot();
    const first = snapshot.dailyRecords[0]!;
    const namesake = { ...first, id: 'zz-other', officerId: 'p-other' };
    const names = archiveFileNames({ ...snapshot, dailyRecords: [first, namesake] });
    expect(names.dailyRecords.get(first.id)).toBe(dailyRecordFileName(first));
    expect(names.dailyRecords.get('zz-other')).toBe(dailyRecordFileName(first).replace('.docx', '_2.docx'));
  });

  it('replace characters Windows refuses in a name', () => {
    expect(safeFileNamePart('A/B:C*D?"E"<F>|G\\H')).toBe('A_B_C_D__E__F__G_H');
    expect(safeFileNamePart('张三. ')).toBe('张三');
    expect(safeFileNamePart('...')).toBe('_');
  });
});
