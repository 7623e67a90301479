import type { OperatingCalendarChange } from '../calendar/operating-calendar.ts';
import { type ItemFrequency, storedFrequency } from '../checklists/item-frequency.ts';
import type { DailyAnswer } from '../daily-checks/daily-check.ts';
import type { MonthlyMinutesContent } from '../monthly-minutes/monthly-minutes-content.ts';
import type { DirectorInput, WeeklyReportContent } from '../weekly-reports/weekly-report-content.ts';
import { contentHash } from './canonical-hash.ts';
import type { TrainingSessionFacts } from '../training/training-session.ts';

/**
 * What each audit entry's content hash covers, one function per kind of fact. The code that writes an entry and
 * `qs verify`, which recomputes it from the stored rows, both call these, so the two can never drift apart.
 * Only facts that never change afterwards are covered, picked field by field so that a caller passing a richer
 * object cannot widen the hash: a later step is an entry of its own.
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
    /** The checklist numbers of the items due on the check; answers are numbered as the check's card numbers them. */
    dueItems?: readonly number[] | null;
    /** Who submitted in the officer's place (代班); absent, the hash is the one recorded before substitutes. */
    substituteId?: string | null;
  }): string {
    const substituteId = record.substituteId ?? undefined;
    const answers = [...record.answers]
      .sort((left, right) => left.number - right.number)
      .map((answer) => ({ number: answer.number, answer: answer.answer, description: answer.description ?? null, measures: answer.measures ?? null, serious: answer.serious }));
    const { unitId, officerId, date, shift, checklistId, checklistVersion, revision } = record;
    // Records made before frequencies or substitutes name neither and hash as they did.
    const dueItems = record.dueItems ?? undefined;
    return contentHash({ unitId, officerId, date, shift, checklistId, checklistVersion, revision, submittedAt: record.submittedAt.toISOString(), answers, dueItems, substituteId });
  },
  dailyCheckClosure(record: { checkId: string; unitId: string; officerId: string; date: string; shift: string; status: string; reason: string | null }): string {
    const { checkId, unitId, officerId, date, shift, status, reason } = record;
    return contentHash({ checkId, unitId, officerId, date, shift, status, reason });
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
    const { unitId, number, dailyCheckId, itemCode, itemText, description, measures, serious, reportedById } = hazard;
    return contentHash({ unitId, number, dailyCheckId, itemCode, itemText, description, measures, serious, reportedById, reportedAt: hazard.reportedAt.toISOString() });
  },
  hazardStep(step: { hazardId: string; action: string; actorId: string | null; at: Date; details: Record<string, unknown> }): string {
    return contentHash({ hazardId: step.hazardId, action: step.action, actorId: step.actorId, details: step.details, at: step.at.toISOString() });
  },
  weeklyReportConfirmation(report: { content: WeeklyReportContent; director: DirectorInput; confirmedById: string; confirmedAt: Date }): string {
    return contentHash({ content: report.content, director: report.director, confirmedById: report.confirmedById, confirmedAt: report.confirmedAt.toISOString() });
  },
  minutesConfirmation(minutes: { content: MonthlyMinutesContent; arrangements: readonly string[]; confirmedById: string; confirmedAt: Date }): string {
    return contentHash({ content: minutes.content, arrangements: minutes.arrangements, confirmedById: minutes.confirmedById, confirmedAt: minutes.confirmedAt.toISOString() });
  },
  suggestionProposal(suggestion: { unitId: string; number: number; kind: string; proposerId: string; text: string; createdAt: Date }): string {
    const { unitId, number, kind, proposerId, text } = suggestion;
    return contentHash({ unitId, number, kind, proposerId, text, createdAt: suggestion.createdAt.toISOString() });
  },
  suggestionAnswer(answer: { suggestionId: string; decision: string; answer: string; answeredById: string; answeredAt: Date }): string {
    const { suggestionId, decision, answeredById } = answer;
    return contentHash({ suggestionId, decision, answer: answer.answer, answeredById, answeredAt: answer.answeredAt.toISOString() });
  },
  operatingCalendarChange(unitId: string, change: OperatingCalendarChange): string {
    const { kind, date, reason, recordedBy } = change;
    const calendar = change.kind === 'calendar' ? { base: change.calendar.base, ...(change.calendar.base === 'weekdays' ? { weekdays: change.calendar.weekdays ?? [] } : {}) } : undefined;
    return contentHash({ unitId, kind, date, reason, recordedBy, recordedAt: change.recordedAt.toISOString(), calendar });
  },
  leave(leave: { leaveId: string; unitId: string; personId: string; startDate: string; endDate: string; reason: string; declaredById: string; declaredAt: Date }): string {
    const { leaveId, unitId, personId, startDate, endDate, reason, declaredById } = leave;
    return contentHash({ leaveId, unitId, personId, startDate, endDate, reason, declaredById, declaredAt: leave.declaredAt.toISOString() });
  },
  leaveSubstitution(naming: { leaveId: string; substituteId: string; namedById: string; namedAt: Date }): string {
    const { leaveId, substituteId, namedById } = naming;
    return contentHash({ leaveId, substituteId, namedById, namedAt: naming.namedAt.toISOString() });
  },
  suspension(period: { unitId: string; startDate: string; endDate: string; reason: string }): string {
    return contentHash({ unitId: period.unitId, startDate: period.startDate, endDate: period.endDate, reason: period.reason });
  },
  /** The day it took effect and its document are covered when given; without them the hash is the one recorded before they were kept. */
  appointmentStart(appointment: { appointmentId: string; unitId: string; personId: string; role: string; startedAt: Date; reason: string; effectiveOn?: string | null; document?: string }): string {
    const { appointmentId, unitId, personId, role, reason } = appointment;
    const effectiveOn = appointment.effectiveOn ?? undefined;
    const document = appointment.document || undefined;
    return contentHash({ appointmentId, unitId, personId, role, reason, startedAt: appointment.startedAt.toISOString(), effectiveOn, document });
  },
  appointmentEnd(appointment: { appointmentId: string; endedAt: Date; endReason: string }): string {
    return contentHash({ appointmentId: appointment.appointmentId, endReason: appointment.endReason, endedAt: appointment.endedAt.toISOString() });
  },
  /** A score and an assessor are covered when given; without them the hash is the one recorded before they were kept. */
  assessment(assessment: { personId: string; kind: string; date: string; passed: boolean; score?: number | null; assessor?: string }): string {
    const { personId, kind, date, passed, score, assessor } = assessment;
    return contentHash({ personId, kind, date, passed, score: score ?? undefined, assessor: assessor || undefined });
  },
  spotCheckRectification(rectification: { personId: string; date: string; rectification: string; rectifiedOn: string }): string {
    const { personId, date, rectifiedOn } = rectification;
    return contentHash({ personId, date, rectification: rectification.rectification, rectifiedOn });
  },
  trainingSession(session: TrainingSessionFacts & { unitId: string; recordedBy: string; createdAt: Date }): string {
    const { unitId, date, subject, content, hours, trainer, recordedBy } = session;
    return contentHash({ unitId, date, subject, content, hours, trainer, attendeeIds: [...session.attendeeIds].sort(), recordedBy, createdAt: session.createdAt.toISOString() });
  },
  /** A daily item's 管控频次 is left out, so versions stored before frequencies existed hash as they did. */
  checklistVersion(checklist: { unitId: string; version: number; items: ReadonlyArray<{ code: string; text: string; guidance: string; category: string; frequency?: ItemFrequency }> }): string {
    const items = checklist.items.map(({ code, text, guidance, category, frequency }) => ({
      code,
      text,
      guidance,
      category,
      ...(frequency && frequency.kind !== 'daily' ? storedFrequency(frequency) : {}),
    }));
    return contentHash({ unitId: checklist.unitId, version: checklist.version, items });
  },
  dutyStatement(statement: { unitId: string; kind: string; version: number; text: string }): string {
    return contentHash({ unitId: statement.unitId, kind: statement.kind, version: statement.version, text: statement.text });
  },
};
