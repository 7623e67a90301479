import { recordHashes } from '../../domain/archive/record-hashes.ts';
import { frequencyFromStored } from '../../domain/checklists/item-frequency.ts';
import type { DailyAnswer } from '../../domain/daily-checks/daily-check.ts';
import type { MonthlyMinutesContent } from '../../domain/monthly-minutes/monthly-minutes-content.ts';
import type { DirectorInput, WeeklyReportContent } from '../../domain/weekly-reports/weekly-report-content.ts';
import type { AuditRow, DailyCheckRow, UnitRecords } from '../../ports/archive-rows.ts';

const emptyInvestigation = { date: '', scope: '', people: '', findings: '' };

function answersOf(check: DailyCheckRow, revision: number): DailyAnswer[] {
  return check.answers
    .filter((answer) => answer.revision === revision)
    .map((answer) => ({
      number: answer.position,
      answer: answer.answer as DailyAnswer['answer'],
      serious: answer.serious,
      ...(answer.description !== null ? { description: answer.description } : {}),
      ...(answer.measures !== null ? { measures: answer.measures } : {}),
    }));
}

/** A unit's records by what an audit entry names them by, so each entry finds its record at once. */
export interface RecordLookup {
  unitId: string;
  names: Map<string, string>;
  checklistsById: Map<string, UnitRecords['checklists'][number]>;
  checklistsByVersion: Map<number, UnitRecords['checklists'][number]>;
  hazards: Map<string, UnitRecords['hazards'][number]>;
  hazardSteps: Map<string, { hazard: UnitRecords['hazards'][number]; event: UnitRecords['hazards'][number]['events'][number] }>;
  weeklyReports: Map<string, UnitRecords['weeklyReports'][number]>;
  monthlyMinutes: Map<string, UnitRecords['monthlyMinutes'][number]>;
  suggestions: Map<string, UnitRecords['suggestions'][number]>;
  suspensions: Map<string, UnitRecords['suspensions'][number]>;
  calendarChanges: Map<string, UnitRecords['operatingCalendar']['changes'][number]>;
  leaves?: Map<string, NonNullable<UnitRecords['leaves']>[number]>;
  leaveSubstitutions?: Map<string, { leaveId: string; substituteId: string; namedById: string; namedAt: Date }>;
  appointments: Map<string, UnitRecords['appointments'][number]>;
  assessments: Map<string, UnitRecords['assessments'][number]>;
  trainingSessions: Map<string, UnitRecords['trainingSessions'][number]>;
  dutyStatements: Map<string, UnitRecords['dutyStatements'][number]>;
}

/** Keyed by `key`; where two rows share a key the first wins, as a search from the start would find it. */
function firstBy<Row, Key>(rows: readonly Row[], keyOf: (row: Row) => Key): Map<Key, Row> {
  const map = new Map<Key, Row>();
  for (const row of rows) if (!map.has(keyOf(row))) map.set(keyOf(row), row);
  return map;
}

function assessmentKey(personId: string, kind: string, date: string): string {
  return `${personId}#${kind}#${date}`;
}

export function recordLookup(records: UnitRecords): RecordLookup {
  return {
    unitId: records.unit.id,
    names: new Map(records.people.map((person) => [person.id, person.name])),
    checklistsById: firstBy(records.checklists, (checklist) => checklist.id),
    checklistsByVersion: firstBy(records.checklists, (checklist) => checklist.version),
    hazards: firstBy(records.hazards, (hazard) => hazard.id),
    hazardSteps: firstBy(
      records.hazards.flatMap((hazard) => hazard.events.map((event) => ({ hazard, event }))),
      (step) => step.event.id,
    ),
    weeklyReports: firstBy(records.weeklyReports, (report) => report.id),
    monthlyMinutes: firstBy(records.monthlyMinutes, (minutes) => minutes.id),
    suggestions: firstBy(records.suggestions, (suggestion) => suggestion.id),
    suspensions: firstBy(records.suspensions, (period) => period.id),
    calendarChanges: firstBy(records.operatingCalendar.changes, (change) => change.id),
    leaves: firstBy(records.leaves ?? [], (leave) => leave.id),
    leaveSubstitutions: firstBy(
      (records.leaves ?? []).flatMap((leave) => leave.substitutions.map((naming) => ({ ...naming, leaveId: leave.id }))),
      (naming) => naming.id,
    ),
    appointments: firstBy(records.appointments, (appointment) => appointment.id),
    assessments: firstBy(records.assessments, (assessment) => assessmentKey(assessment.personId, assessment.kind, assessment.date)),
    trainingSessions: firstBy(records.trainingSessions, (session) => session.id),
    dutyStatements: firstBy(records.dutyStatements, (statement) => statement.id),
  };
}

/** The daily check an entry speaks of: `daily-check`, `<id>#<revision>`. */
export function dailyCheckIdOf(entry: AuditRow): string | undefined {
  return entry.recordType === 'daily-check' ? entry.recordId.split('#')[0] : undefined;
}

/**
 * Recomputes one entry's content hash from the rows it speaks of; undefined when the rows are gone. `checks` holds at
 * least the daily checks the entry may name.
 */
export function recomputed(lookup: RecordLookup, checks: ReadonlyMap<string, DailyCheckRow>, entry: AuditRow): { label: string; hash: string | undefined } | undefined {
  const { names } = lookup;
  const [id = '', facet = ''] = entry.recordId.split('#');
  switch (entry.recordType) {
    case 'daily-check': {
      const check = checks.get(id);
      const revision = Number(facet) || 1;
      const label = check ? `每日检查记录 ${check.date}${check.shift ? ` ${check.shift}` : ''} ${names.get(check.officerId) ?? ''}（第 ${revision} 版）` : `每日检查记录 ${id}`;
      if (!check) return { label, hash: undefined };
      if (entry.action === 'daily-check.submitted' || entry.action === 'daily-check.corrected') {
        const checklist = lookup.checklistsById.get(check.checklistId);
        return {
          label,
          hash: recordHashes.dailyCheckSubmission({
            unitId: check.unitId,
            officerId: check.officerId,
            date: check.date,
            shift: check.shift,
            checklistId: check.checklistId,
            checklistVersion: checklist?.version ?? -1,
            revision,
            submittedAt: entry.at,
            answers: answersOf(check, revision),
            dueItems: check.dueItems,
            substituteId: check.substituteId ?? null,
          }),
        };
      }
      return {
        label,
        hash: recordHashes.dailyCheckClosure({
          checkId: check.id,
          unitId: check.unitId,
          officerId: check.officerId,
          date: check.date,
          shift: check.shift,
          status: check.status,
          reason: check.status === 'suspended' ? check.suspensionReason : null,
        }),
      };
    }
    case 'hazard': {
      const hazard = lookup.hazards.get(id);
      return { label: hazard ? `第 ${hazard.number} 号隐患` : `隐患 ${id}`, hash: hazard ? recordHashes.hazardReport(hazard) : undefined };
    }
    case 'hazard-step': {
      const { hazard, event } = lookup.hazardSteps.get(id) ?? {};
      return {
        label: hazard ? `第 ${hazard.number} 号隐患的处理记录（${entry.action}）` : `隐患处理记录 ${id}`,
        hash: hazard && event ? recordHashes.hazardStep({ hazardId: hazard.id, action: event.action, actorId: event.actorId, at: event.at, details: event.details }) : undefined,
      };
    }
    case 'weekly-report': {
      const report = lookup.weeklyReports.get(id);
      const label = report ? `周报 ${report.periodStart} 至 ${report.periodEnd}` : `周报 ${id}`;
      if (!report?.confirmedById || !report.confirmedAt) return { label, hash: undefined };
      const director: DirectorInput = {
        investigation: { ...emptyInvestigation, ...((report.investigation as Partial<DirectorInput['investigation']> | null) ?? {}) },
        analysis: report.analysis,
        measures: report.measures,
      };
      return { label, hash: recordHashes.weeklyReportConfirmation({ content: report.content as WeeklyReportContent, director, confirmedById: report.confirmedById, confirmedAt: report.confirmedAt }) };
    }
    case 'monthly-minutes': {
      const minutes = lookup.monthlyMinutes.get(id);
      const label = minutes ? `调度会议纪要 ${minutes.periodStart} 至 ${minutes.periodEnd}` : `调度会议纪要 ${id}`;
      if (!minutes?.confirmedById || !minutes.confirmedAt) return { label, hash: undefined };
      return {
        label,
        hash: recordHashes.minutesConfirmation({ content: minutes.content as MonthlyMinutesContent, arrangements: (minutes.arrangements as string[] | null) ?? [], confirmedById: minutes.confirmedById, confirmedAt: minutes.confirmedAt }),
      };
    }
    case 'suggestion': {
      const suggestion = lookup.suggestions.get(id);
      const label = suggestion ? `第 ${suggestion.number} 号${suggestion.kind === 'veto' ? '否决建议' : '建议'}${facet === 'answer' ? '的答复' : ''}` : `建议 ${id}`;
      if (!suggestion) return { label, hash: undefined };
      if (facet !== 'answer') return { label, hash: recordHashes.suggestionProposal({ ...suggestion, unitId: lookup.unitId }) };
      if (!suggestion.decision || suggestion.answer === null || !suggestion.answeredById || !suggestion.answeredAt) return { label, hash: undefined };
      return { label, hash: recordHashes.suggestionAnswer({ suggestionId: suggestion.id, decision: suggestion.decision, answer: suggestion.answer, answeredById: suggestion.answeredById, answeredAt: suggestion.answeredAt }) };
    }
    case 'suspension': {
      const period = lookup.suspensions.get(id);
      return { label: period ? `停产停业记录 ${period.startDate} 至 ${period.endDate}` : `停产停业记录 ${id}`, hash: period ? recordHashes.suspension({ unitId: lookup.unitId, startDate: period.startDate, endDate: period.endDate, reason: period.reason }) : undefined };
    }
    case 'operating-calendar-change': {
      const change = lookup.calendarChanges.get(id);
      const what = change === undefined ? id : change.kind === 'calendar' ? `${change.date || '此前'}起的营业日` : `${change.date} ${change.kind === 'closed-day' ? '休息' : '营业'}`;
      return { label: `营业日记录 ${what}`, hash: change ? recordHashes.operatingCalendarChange(lookup.unitId, change) : undefined };
    }
    case 'leave': {
      const leave = lookup.leaves?.get(id);
      return {
        label: leave ? `请假记录 ${names.get(leave.personId) ?? ''} ${leave.startDate} 至 ${leave.endDate}` : `请假记录 ${id}`,
        hash: leave ? recordHashes.leave({ leaveId: leave.id, unitId: lookup.unitId, personId: leave.personId, startDate: leave.startDate, endDate: leave.endDate, reason: leave.reason, declaredById: leave.declaredById, declaredAt: leave.declaredAt }) : undefined,
      };
    }
    case 'leave-substitution': {
      const naming = lookup.leaveSubstitutions?.get(id);
      return { label: naming ? `代班指定 ${names.get(naming.substituteId) ?? ''}` : `代班指定 ${id}`, hash: naming ? recordHashes.leaveSubstitution(naming) : undefined };
    }
    case 'appointment': {
      const appointment = lookup.appointments.get(id);
      const label = appointment ? `${names.get(appointment.personId) ?? ''} 的任命记录（${facet === 'end' ? '免职' : '任命'}）` : `任命记录 ${id}`;
      if (!appointment) return { label, hash: undefined };
      if (facet === 'end') {
        return { label, hash: appointment.endedAt && appointment.endReason !== null ? recordHashes.appointmentEnd({ appointmentId: appointment.id, endedAt: appointment.endedAt, endReason: appointment.endReason }) : undefined };
      }
      return {
        label,
        hash: recordHashes.appointmentStart({
          appointmentId: appointment.id,
          unitId: lookup.unitId,
          personId: appointment.personId,
          role: appointment.role,
          startedAt: appointment.startedAt,
          reason: appointment.reason,
          effectiveOn: appointment.effectiveOn,
          document: appointment.document,
        }),
      };
    }
    case 'assessment': {
      const [personId = '', kind = '', date = '', part = ''] = entry.recordId.split('#');
      const assessment = lookup.assessments.get(assessmentKey(personId, kind, date));
      if (part === 'rectification') {
        const { rectification = null, rectifiedOn = null } = assessment ?? {};
        return {
          label: `${names.get(personId) ?? ''} ${date} 监督抽查考核的整改记录`,
          hash: rectification !== null && rectifiedOn !== null ? recordHashes.spotCheckRectification({ personId, date, rectification, rectifiedOn }) : undefined,
        };
      }
      return { label: `${names.get(personId) ?? ''} ${date} 的培训考核记录`, hash: assessment ? recordHashes.assessment(assessment) : undefined };
    }
    case 'training-session': {
      const session = lookup.trainingSessions.get(id);
      return {
        label: session ? `培训记录 ${session.date} ${session.subject}` : `培训记录 ${id}`,
        hash: session ? recordHashes.trainingSession({ ...session, unitId: lookup.unitId }) : undefined,
      };
    }
    case 'checklist': {
      const version = Number(facet);
      const checklist = lookup.checklistsByVersion.get(version);
      return { label: `风险管控清单第 ${version} 版`, hash: checklist ? recordHashes.checklistVersion({ unitId: lookup.unitId, version, items: checklist.items.map(({ frequency, frequencyDay, ...item }) => ({ ...item, frequency: frequencyFromStored(frequency, frequencyDay) })) }) : undefined };
    }
    case 'duty-statement': {
      const statement = lookup.dutyStatements.get(id);
      return { label: statement ? `${statement.kind === 'director-duties' ? '质量安全总监职责' : '质量安全员守则'}第 ${statement.version} 版` : `职责文本 ${id}`, hash: statement ? recordHashes.dutyStatement({ unitId: lookup.unitId, kind: statement.kind, version: statement.version, text: statement.text }) : undefined };
    }
    default:
      return undefined;
  }
}

