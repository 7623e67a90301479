import type { DailyAnswer } from '../daily-checks/daily-check.ts';
import type { MonthlyMinutesContent } from '../monthly-minutes/monthly-minutes-content.ts';
import type { DirectorInput, WeeklyReportContent } from '../weekly-reports/weekly-report-content.ts';
import { contentHash } from './canonical-hash.ts';

/**
 * What each audit entry's content hash covers, one function per kind of fact. The code that writes an entry and
 * `qs verify`, which recomputes it from the stored rows, both call these, so the two can never drift apart.
 * Only facts that never change afterwards are covered: a later step is an entry of its own.
 */
export const recordHashes = {
  dailyCheckSubmission(record: {
    unitId: string;
    officerId: string;
    date: string;
    shift: string;
    checklistId: string;
    checklistVersion: number;
    revision: number;
    submittedAt: Date;
    answers: readonly DailyAnswer[];
  }): string {
    const answers = [...record.answers]
      .sort((left, right) => left.number - right.number)
      .map((answer) => ({ number: answer.number, answer: answer.answer, description: answer.description ?? null, measures: answer.measures ?? null, serious: answer.serious }));
    return contentHash({ ...record, submittedAt: record.submittedAt.toISOString(), answers });
  },
  dailyCheckClosure(record: { checkId: string; unitId: string; officerId: string; date: string; shift: string; status: string; reason: string | null }): string {
    return contentHash(record);
  },
  hazardReport(hazard: {
    unitId: string;
    number: number;
    dailyCheckId: string | null;
    itemCode: string;
    itemText: string;
    description: string;
    measures: string;
    serious: boolean;
    reportedById: string;
    reportedAt: Date;
  }): string {
    return contentHash({ ...hazard, reportedAt: hazard.reportedAt.toISOString() });
  },
  hazardStep(step: { hazardId: string; action: string; actorId: string | null; at: Date; details: Record<string, unknown> }): string {
    return contentHash({ ...step, at: step.at.toISOString() });
  },
  weeklyReportConfirmation(report: { content: WeeklyReportContent; director: DirectorInput; confirmedById: string; confirmedAt: Date }): string {
    return contentHash({ ...report, confirmedAt: report.confirmedAt.toISOString() });
  },
  minutesConfirmation(minutes: { content: MonthlyMinutesContent; arrangements: readonly string[]; confirmedById: string; confirmedAt: Date }): string {
    return contentHash({ ...minutes, confirmedAt: minutes.confirmedAt.toISOString() });
  },
  suggestionProposal(suggestion: { unitId: string; number: number; kind: string; proposerId: string; text: string; createdAt: Date }): string {
    return contentHash({ ...suggestion, createdAt: suggestion.createdAt.toISOString() });
  },
  suggestionAnswer(answer: { suggestionId: string; decision: string; answer: string; answeredById: string; answeredAt: Date }): string {
    return contentHash({ ...answer, answeredAt: answer.answeredAt.toISOString() });
  },
  suspension(period: { unitId: string; startDate: string; endDate: string; reason: string }): string {
    return contentHash(period);
  },
  appointmentStart(appointment: { appointmentId: string; unitId: string; personId: string; role: string; startedAt: Date; reason: string }): string {
    return contentHash({ ...appointment, startedAt: appointment.startedAt.toISOString() });
  },
  appointmentEnd(appointment: { appointmentId: string; endedAt: Date; endReason: string }): string {
    return contentHash({ ...appointment, endedAt: appointment.endedAt.toISOString() });
  },
  assessment(assessment: { personId: string; kind: string; date: string; passed: boolean }): string {
    return contentHash(assessment);
  },
  checklistVersion(checklist: { unitId: string; version: number; items: ReadonlyArray<{ code: string; text: string; guidance: string; category: string }> }): string {
    return contentHash({ ...checklist, items: checklist.items.map(({ code, text, guidance, category }) => ({ code, text, guidance, category })) });
  },
  dutyStatement(statement: { unitId: string; kind: string; version: number; text: string }): string {
    return contentHash(statement);
  },
};
