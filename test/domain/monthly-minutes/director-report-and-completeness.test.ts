import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../../src/domain/domain-error.ts';
import { authoredPartsOf, compileMonthlyMinutes } from '../../../src/domain/monthly-minutes/compile-monthly-minutes.ts';
import { confirmDirectorReport, draftDirectorReport } from '../../../src/domain/monthly-minutes/director-report.ts';
import { missingBeforeConfirmation, requireMinutesComplete } from '../../../src/domain/monthly-minutes/minutes-completeness.ts';
import { novemberFacts } from './november-2026.ts';

const director = { name: '赵六', at: '2026-11-30 10:20' };

describe('the director’s report in the minutes', () => {
  it('is drafted only from what the weekly reports say, and marked as nobody’s yet', () => {
    const draft = draftDirectorReport(novemberFacts.weeklyReports);
    expect(draft.confirmedByName).toBeUndefined();
    expect(draft.text.split('\n')[0]).toBe('本期形成周排查报告 2 份（已确认 1 份），周排查共发现隐患 2 项。');
    for (const report of novemberFacts.weeklyReports.filter((candidate) => candidate.analysis !== '')) expect(draft.text).toContain(report.analysis);
  });

  it('says so when the period had no weekly report', () => {
    expect(draftDirectorReport([]).text).toBe('本期未形成周排查报告。');
  });

  it('becomes the director’s when they confirm the draft or give their own text, with who and when', () => {
    const draft = draftDirectorReport(novemberFacts.weeklyReports);
    expect(confirmDirectorReport(draft, director)).toEqual({ text: draft.text, confirmedByName: '赵六', confirmedAt: '2026-11-30 10:20' });
    expect(confirmDirectorReport(draft, director, '  本月隐患均已整改。 ')).toEqual({ text: '本月隐患均已整改。', confirmedByName: '赵六', confirmedAt: '2026-11-30 10:20' });
  });

  it('is never empty', () => {
    expect(() => confirmDirectorReport({ text: '' }, director)).toThrow(expect.objectContaining({ code: 'minutes.director-report-empty' }));
  });

  it('the director’s own text survives compiling the minutes again; a draft is drafted afresh from the latest weekly reports', () => {
    const own = { text: '本月隐患均已整改。', confirmedByName: '赵六', confirmedAt: '2026-11-30 10:20' };
    expect(compileMonthlyMinutes({ ...novemberFacts, directorReport: own }).directorReport).toEqual(own);
    const stale = { text: '本期未形成周排查报告。' };
    expect(compileMonthlyMinutes({ ...novemberFacts, directorReport: stale }).directorReport).toEqual(draftDirectorReport(novemberFacts.weeklyReports));
  });

  it('what people wrote is carried over: meeting, director’s report, summary', () => {
    const own = { text: '本月隐患均已整改。', confirmedByName: '赵六', confirmedAt: '2026-11-30 10:20' };
    const minutes = compileMonthlyMinutes({ ...novemberFacts, directorReport: own });
    expect(authoredPartsOf(minutes)).toEqual({ meeting: novemberFacts.meeting, directorReport: own, summary: novemberFacts.summary });
  });
});

describe('what the minutes need before the principal may confirm them', () => {
  const own = { text: '本月隐患均已整改。', confirmedByName: '赵六', confirmedAt: '2026-11-30 10:20' };
  const complete = compileMonthlyMinutes({ ...novemberFacts, directorReport: own });

  it('nothing more once the meeting, the director’s confirmed report and the principal’s summary are in', () => {
    expect(missingBeforeConfirmation(complete, true)).toEqual([]);
    expect(() => requireMinutesComplete(complete, true)).not.toThrow();
  });

  it('names each part still missing', () => {
    const empty = compileMonthlyMinutes({ ...novemberFacts, meeting: { date: '', attendees: [] }, summary: ' ' });
    expect(missingBeforeConfirmation(empty, true)).toEqual(['date', 'attendees', 'director-report', 'summary']);
    try {
      requireMinutesComplete(empty, true);
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe('minutes.incomplete');
    }
  });

  it('a unit without a director owes no director’s report', () => {
    const drafted = compileMonthlyMinutes(novemberFacts);
    expect(missingBeforeConfirmation(drafted, false)).toEqual([]);
    expect(missingBeforeConfirmation(drafted, true)).toEqual(['director-report']);
  });
});
