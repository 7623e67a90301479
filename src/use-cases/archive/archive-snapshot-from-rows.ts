import { submittedLate } from '../../domain/daily-checks/submitted-late.ts';
import { raisedSourceOf } from '../../domain/hazards/hazard-source.ts';
import { type ItemFrequency, frequencyFromStored, frequencyLabel, itemsOnCheck } from '../../domain/checklists/item-frequency.ts';
import { ARCHIVE_SCHEMA_VERSION, type ArchivedAssessment, type ArchivedEvidence, type ArchivedCertificate, type ArchivedDailyRecord, type ArchivedItemDue, type ArchiveSnapshot, type ArchiveSnapshotHead, DUTY_STATEMENT_TITLES, type DutyStatementKind } from '../../domain/archive/archive-snapshot.ts';
import { addDays, daysBetweenInclusive, instantAt, localTimeAt } from '../../domain/calendar/local-time.ts';
import { closureOn, closureText } from '../../domain/calendar/operating-calendar.ts';
import type { MonthlyMinutesContent } from '../../domain/monthly-minutes/monthly-minutes-content.ts';
import type { HazardStatus } from '../../domain/records/daily-record-facts.ts';
import type { DirectorInput, WeeklyReportContent } from '../../domain/weekly-reports/weekly-report-content.ts';
import type { AuditRow, DailyCheckRow, UnitRecords } from '../../ports/archive-rows.ts';
import type { EvidenceRecord } from '../../ports/evidence.ts';
import { evidenceArchivePath } from '../../domain/evidence/evidence-archive-path.ts';

const emptyInvestigation = { date: '', scope: '', people: '', findings: '' };

function overlaps(start: string, end: string, from: string, to: string): boolean {
  return start <= to && end >= from;
}

/** Every day of the period without a check owed, with the reason the records give for it. */
function closedDaysOf(rows: UnitRecords, period: { from: string; to: string }): Array<{ date: string; reason: string }> {
  const { current, changes } = rows.operatingCalendar;
  return daysBetweenInclusive(period.from, period.to).flatMap((date) => {
    const closure = closureOn(date, current, changes);
    return closure === undefined ? [] : [{ date, reason: closureText(closure) }];
  });
}

function namesOf(rows: UnitRecords): (personId: string | null) => string {
  const names = new Map(rows.people.map((person) => [person.id, person.name]));
  return (personId) => (personId ? names.get(personId) ?? '' : '');
}

/**
 * The period's records as the archive shows them: names instead of ids, the unit's local dates, every revision of
 * every record. Appointments, assessments, duty statements and checklists are kept whole: an inspector asks who
 * held which post and under which rules, whatever the period. The daily records and audit entries, which grow with
 * the period, are left to `archivedDailyRecords` and `archivedAuditEntry`, a page at a time; the keys keep the order
 * `records.json` has always had, with those two lists in their places.
 */
export function archiveSnapshotHead(rows: UnitRecords, period: { from: string; to: string }, generatedAt: Date, evidence: readonly EvidenceRecord[] = []): ArchiveSnapshotHead {
  const zone = rows.unit.timeZone;
  const localDate = (instant: Date) => localTimeAt(instant, zone).date;
  const iso = (instant: Date | null) => (instant ? instant.toISOString() : undefined);
  const nameOf = namesOf(rows);
  const within = (date: string) => date >= period.from && date <= period.to;
  // As in the weekly report: a hazard found on a check belongs to the check's day, whenever the answer came.
  const foundOn = (hazard: { checkDate: string | null; reportedAt: Date }) => hazard.checkDate ?? localDate(hazard.reportedAt);
  const officers = rows.people.map((person) => ({ personId: person.id, key: person.key, name: person.name }));

  const head: Omit<ArchiveSnapshotHead, 'evidence'> = {
    schemaVersion: ARCHIVE_SCHEMA_VERSION,
    generatedAt: generatedAt.toISOString(),
    period,
    unit: {
      id: rows.unit.id,
      name: rows.unit.name,
      kind: rows.unit.kind as ArchiveSnapshot['unit']['kind'],
      grade: rows.unit.grade,
      directorRequired: rows.unit.directorRequired,
      staff: rows.unit.staff,
      revenueWan: rows.unit.revenueWan,
      licences: rows.unit.licences,
      timeZone: zone,
      closeTime: rows.unit.closeTime,
      calendar: rows.unit.calendar as ArchiveSnapshot['unit']['calendar'],
      investigationMode: rows.unit.investigationMode as ArchiveSnapshot['unit']['investigationMode'],
      weeklyDay: rows.unit.weeklyDay,
      schedulingMode: rows.unit.schedulingMode as ArchiveSnapshot['unit']['schedulingMode'],
    },
    certificates: rows.certificates.map((certificate) => ({ ...certificate, kind: certificate.kind as ArchivedCertificate['kind'] })),
    people: officers,
    appointments: rows.appointments.map((appointment) => ({
      personId: appointment.personId,
      personName: nameOf(appointment.personId),
      role: appointment.role as ArchiveSnapshot['appointments'][number]['role'],
      startedAt: appointment.startedAt.toISOString(),
      reason: appointment.reason,
      ...(appointment.effectiveOn !== null ? { effectiveOn: appointment.effectiveOn } : {}),
      ...(appointment.document !== '' ? { document: appointment.document } : {}),
      ...(appointment.endedAt ? { endedAt: appointment.endedAt.toISOString() } : {}),
      ...(appointment.endReason ? { endReason: appointment.endReason } : {}),
    })),
    assessments: rows.assessments.map((assessment) => ({
      personId: assessment.personId,
      personName: nameOf(assessment.personId),
      kind: assessment.kind as ArchivedAssessment['kind'],
      date: assessment.date,
      passed: assessment.passed,
      note: assessment.note,
      ...(assessment.score !== null ? { score: assessment.score } : {}),
      ...(assessment.assessor ? { assessor: assessment.assessor } : {}),
      ...(assessment.rectification !== null ? { rectification: assessment.rectification } : {}),
      ...(assessment.rectifiedOn !== null ? { rectifiedOn: assessment.rectifiedOn } : {}),
    })),
    trainingSessions: rows.trainingSessions
      .filter((session) => session.date <= period.to)
      .map((session) => ({
        id: session.id,
        date: session.date,
        subject: session.subject,
        content: session.content,
        hours: session.hours,
        trainer: session.trainer,
        attendees: rows.people.filter((person) => session.attendeeIds.includes(person.id)).map((person) => ({ personId: person.id, personName: person.name })),
        recordedBy: nameOf(session.recordedBy) || session.recordedBy,
        recordedAt: session.createdAt.toISOString(),
      })),
    dutyStatements: rows.dutyStatements.map((statement) => ({
      kind: statement.kind as DutyStatementKind,
      title: DUTY_STATEMENT_TITLES[statement.kind as DutyStatementKind] ?? statement.kind,
      version: statement.version,
      text: statement.text,
      createdAt: statement.createdAt.toISOString(),
    })),
    checklists: rows.checklists.map((checklist) => ({
      version: checklist.version,
      ...(checklist.templateId ? { templateId: checklist.templateId } : {}),
      createdAt: checklist.createdAt.toISOString(),
      items: checklist.items.map(({ position, frequency, frequencyDay, ...item }) => ({
        number: position,
        ...item,
        ...(frequency === 'daily' ? {} : { frequency, ...(frequencyDay === null ? {} : { day: frequencyDay }) }),
      })),
    })),
    closedDays: closedDaysOf(rows, period),
    suspensions: rows.suspensions.filter((suspension) => overlaps(suspension.startDate, suspension.endDate, period.from, period.to)).map(({ startDate, endDate, reason }) => ({ startDate, endDate, reason })),
    hazards: rows.hazards
      .filter((hazard) => foundOn(hazard) <= period.to && (within(foundOn(hazard)) || hazard.status !== 'closed' || (hazard.closedAt !== null && localDate(hazard.closedAt) >= period.from)))
      .map((hazard) => {
        const rectified = hazard.events.filter((event) => event.action === 'rectified').at(-1);
        return {
          id: hazard.id,
          number: hazard.number,
          reportedDate: foundOn(hazard),
          officerName: nameOf(hazard.reportedById),
          ...raisedSourceOf(hazard),
          itemCode: hazard.itemCode,
          itemText: hazard.itemText,
          description: hazard.description,
          measures: hazard.measures,
          serious: hazard.serious,
          status: hazard.status as HazardStatus,
          ...(hazard.ownerId ? { ownerName: nameOf(hazard.ownerId) } : {}),
          ...(hazard.deadline ? { deadline: hazard.deadline } : {}),
          ...(hazard.rectification ? { rectification: hazard.rectification } : {}),
          ...(rectified ? { rectifiedDate: localDate(rectified.at) } : {}),
          ...(hazard.closedAt ? { closedDate: localDate(hazard.closedAt) } : {}),
          history: hazard.events
            .filter((event) => event.action !== 'card-sent')
            .map((event) => ({ action: event.action, actorName: nameOf(event.actorId), at: event.at.toISOString(), details: event.details })),
        };
      }),
    weeklyReports: rows.weeklyReports
      .filter((report) => overlaps(report.periodStart, report.periodEnd, period.from, period.to))
      .map((report) => ({
        id: report.id,
        periodStart: report.periodStart,
        periodEnd: report.periodEnd,
        status: report.status as 'draft' | 'confirmed',
        content: report.content as WeeklyReportContent,
        director: {
          investigation: { ...emptyInvestigation, ...((report.investigation as Partial<DirectorInput['investigation']> | null) ?? {}) },
          analysis: report.analysis,
          measures: report.measures,
        },
        directorName: nameOf(report.confirmedById) || nameOf(rows.appointments.find((appointment) => appointment.role === 'director' && !appointment.endedAt)?.personId ?? null),
        compiledAt: report.createdAt.toISOString(),
        ...(report.confirmedAt ? { confirmedAt: report.confirmedAt.toISOString() } : {}),
        ...(report.contentHash ? { contentHash: report.contentHash } : {}),
      })),
    monthlyMinutes: rows.monthlyMinutes
      .filter((minutes) => overlaps(minutes.periodStart, minutes.periodEnd, period.from, period.to))
      .map((minutes) => ({
        id: minutes.id,
        periodStart: minutes.periodStart,
        periodEnd: minutes.periodEnd,
        status: minutes.status as 'draft' | 'confirmed',
        content: minutes.content as MonthlyMinutesContent,
        arrangements: (minutes.arrangements as string[] | null) ?? [],
        compiledAt: minutes.createdAt.toISOString(),
        ...(minutes.confirmedAt ? { confirmedAt: minutes.confirmedAt.toISOString() } : {}),
        ...(minutes.confirmedById ? { confirmedByName: nameOf(minutes.confirmedById) } : {}),
        ...(minutes.contentHash ? { contentHash: minutes.contentHash } : {}),
      })),
    suggestions: rows.suggestions
      .filter((suggestion) => localDate(suggestion.createdAt) <= period.to)
      .map((suggestion) => {
        const proposer = rows.appointments.filter((appointment) => appointment.personId === suggestion.proposerId && appointment.role !== 'principal');
        return {
          id: suggestion.id,
          number: suggestion.number,
          kind: suggestion.kind as 'suggestion' | 'veto',
          proposerName: nameOf(suggestion.proposerId),
          proposerRole: [...new Set(proposer.map((appointment) => (appointment.role === 'director' ? '质量安全总监' : '质量安全员')))].join('、'),
          text: suggestion.text,
          createdDate: localDate(suggestion.createdAt),
          createdAt: suggestion.createdAt.toISOString(),
          ...(suggestion.decision ? { decision: suggestion.decision as 'adopted' | 'rejected' } : {}),
          ...(suggestion.answer ? { answer: suggestion.answer } : {}),
          ...(suggestion.answeredById ? { answeredByName: nameOf(suggestion.answeredById) } : {}),
          ...(suggestion.answeredAt ? { answeredDate: localDate(suggestion.answeredAt), answeredAt: iso(suggestion.answeredAt)! } : {}),
        };
      }),
  };
  return { ...head, evidence: archivedEvidence(rows, head.hazards, evidence, nameOf) };
}

/** The evidence of the archived hazards, with the number of its hazard and the check that hazard was found on. */
function archivedEvidence(rows: UnitRecords, hazards: ArchiveSnapshotHead['hazards'], evidence: readonly EvidenceRecord[], nameOf: (personId: string | null) => string): ArchivedEvidence[] {
  const archived = new Set(hazards.map((hazard) => hazard.id));
  const hazardRows = new Map(rows.hazards.map((hazard) => [hazard.id, hazard]));
  return evidence
    .filter((item) => item.recordType === 'hazard' && archived.has(item.recordId))
    .map((item) => {
      const hazard = hazardRows.get(item.recordId)!;
      return {
        hazardNumber: hazard.number,
        ...(hazard.dailyCheckId ? { dailyCheckId: hazard.dailyCheckId } : {}),
        step: item.step,
        kind: item.kind,
        fileName: item.fileName,
        mediaType: item.mediaType,
        size: item.size,
        sha256: item.sha256,
        senderName: nameOf(item.senderId),
        receivedAt: item.receivedAt.toISOString(),
        path: evidenceArchivePath(item),
      };
    });
}

/** Each record's submissions are found by `daily-check:<id>#<revision>`, for every revision its answers hold. */
export function submissionKeys(checks: readonly DailyCheckRow[]): string[] {
  return checks.flatMap((check) => [...new Set(check.answers.map((answer) => `${check.id}#${answer.revision}`))]);
}

function itemsDueNamed(
  items: ReadonlyArray<{ number: number; code: string; text: string; frequency: ItemFrequency }>,
  dueItems: readonly number[],
): { dueItems: ArchivedItemDue[]; notDueItems: ArchivedItemDue[] } {
  const named = (item: (typeof items)[number]): ArchivedItemDue => ({ number: item.number, code: item.code, text: item.text, frequency: frequencyLabel(item.frequency) });
  return {
    dueItems: dueItems.flatMap((number) => items.filter((item) => item.number === number).map(named)),
    notDueItems: items.filter((item) => !dueItems.includes(item.number)).map(named),
  };
}

/**
 * One page of the period's daily records, as `records.json` and the documents show them. `entries` holds the audit
 * entries about these checks (`submissionKeys`); where two name the same revision the later one counts.
 */
export function archivedDailyRecords(rows: UnitRecords, checks: readonly DailyCheckRow[], entries: readonly AuditRow[]): ArchivedDailyRecord[] {
  const nameOf = namesOf(rows);
  const checklistVersion = new Map(rows.checklists.map((checklist) => [checklist.id, checklist]));
  const itemsOf = new Map(
    rows.checklists.map((checklist) => [checklist.id, checklist.items.map((item) => ({ ...item, number: item.position, frequency: frequencyFromStored(item.frequency, item.frequencyDay) }))]),
  );
  const entryFor = new Map(entries.map((entry) => [`${entry.recordType}:${entry.recordId}`, entry]));
  return checks.map((check) => {
    const checklist = checklistVersion.get(check.checklistId);
    const items = itemsOf.get(check.checklistId) ?? [];
    const onCheck = itemsOnCheck(items, check.dueItems);
    const itemOf = (number: number) => onCheck.find((item) => item.number === number);
    const revisions = [...new Set(check.answers.map((answer) => answer.revision))].sort((left, right) => left - right);
    return {
      id: check.id,
      date: check.date,
      shift: check.shift,
      officerId: check.officerId,
      officerName: nameOf(check.officerId),
      checklistVersion: checklist?.version ?? 0,
      status: check.status as ArchiveSnapshot['dailyRecords'][number]['status'],
      ...(check.outcome ? { outcome: check.outcome as 'zero-risk' | 'hazard' } : {}),
      ...(check.suspensionReason ? { suspensionReason: check.suspensionReason } : {}),
      ...(check.dueItems === null ? {} : itemsDueNamed(items, check.dueItems)),
      ...(check.leaveId ? { leaveId: check.leaveId } : {}),
      ...(check.substituteId ? { substituteId: check.substituteId, substituteName: nameOf(check.substituteId) } : {}),
      revisions: revisions.map((revision) => {
        const entry = entryFor.get(`daily-check:${check.id}#${revision}`);
        return {
          revision,
          ...(entry && (entry.action === 'daily-check.submitted' || entry.action === 'daily-check.corrected')
            ? { submittedAt: entry.at.toISOString(), ...(submittedLate(check.date, entry.at, rows.unit.closeTime, rows.unit.timeZone) ? { late: true as const } : {}), contentHash: entry.contentHash }
            : {}),
          answers: check.answers
            .filter((answer) => answer.revision === revision)
            .map((answer) => ({
              number: answer.position,
              code: itemOf(answer.position)?.code ?? '',
              text: itemOf(answer.position)?.text ?? '',
              answer: answer.answer as 'normal' | 'abnormal' | 'not-applicable',
              ...(answer.description !== null ? { description: answer.description } : {}),
              ...(answer.measures !== null ? { measures: answer.measures } : {}),
              serious: answer.serious,
            })),
        };
      }),
    };
  });
}

/** An audit entry as `records.json` holds it. */
export function archivedAuditEntry(entry: AuditRow): ArchiveSnapshot['audit'][number] {
  return { ...entry, at: entry.at.toISOString() };
}

/**
 * Which entries `records.json` holds: the unit's entries written up to the period's last local day. Compared as
 * instants, against the start of the day after, since every entry of the unit is asked.
 */
export function auditEntryWithin(period: { to: string }, timeZone: string): (entry: AuditRow) => boolean {
  const end = instantAt(addDays(period.to, 1), '00:00', timeZone);
  return (entry) => entry.at < end;
}
