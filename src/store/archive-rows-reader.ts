import type { ArchiveRows, AuditRow, DailyCheckRow, DailyCheckState, UnitRecords } from '../ports/archive-rows.ts';
import { readDueItems } from './stored-json/due-items.ts';
import type { DatabaseClient, DatabaseTransaction } from './database/create-prisma-client.ts';
import { inTransaction } from './database/create-prisma-client.ts';
import { inChunks } from './query-chunks.ts';
import { operatingCalendarRepository } from './repositories/operating-calendar-repository.ts';
import { HazardEventDetails } from './stored-json/hazard-event-details.ts';
import { MonthlyMinutesContent } from './stored-json/monthly-minutes-content.ts';
import { readStoredField } from './stored-json/read-stored-field.ts';
import { TextList } from './stored-json/text-list.ts';
import { InvestigationRecord, WeeklyReportContent } from './stored-json/weekly-report-content.ts';

/** Rows per page of the audit chain: small enough to hold, large enough that a year is a few hundred statements. */
const auditPageSize = 1_000;

const answerOrder = [{ dailyCheckId: 'asc' as const }, { revision: 'asc' as const }, { position: 'asc' as const }];

function groupedBy<Row>(rows: readonly Row[], keyOf: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}

async function unitRecordsIn(transaction: DatabaseTransaction, unitId: string): Promise<UnitRecords | null> {
  const unit = await transaction.unit.findUnique({ where: { id: unitId } });
  if (!unit) return null;
  const people = await transaction.person.findMany({ where: { unitId }, select: { id: true, key: true, name: true }, orderBy: { key: 'asc' } });
  // Sequential: a transaction holds one connection, and PostgreSQL's driver refuses overlapping queries on it.
  const appointments = await transaction.appointment.findMany({ where: { unitId }, orderBy: [{ startedAt: 'asc' }, { id: 'asc' }] });
  // Children are selected by their parent's unit, never by a list of parent ids: no statement grows with the unit.
  const assessments = await transaction.assessment.findMany({ where: { person: { unitId } }, orderBy: [{ date: 'asc' }, { id: 'asc' }] });
  const sessionRows = await transaction.trainingSession.findMany({ where: { unitId }, orderBy: [{ date: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }] });
  const attendance = groupedBy(await transaction.trainingAttendance.findMany({ where: { session: { unitId } }, orderBy: [{ sessionId: 'asc' }, { personId: 'asc' }] }), (row) => row.sessionId);
  const trainingSessions = sessionRows.map((session) => ({ ...session, attendeeIds: (attendance.get(session.id) ?? []).map((row) => row.personId) }));
  const certificates = await transaction.certificate.findMany({ where: { unitId }, orderBy: [{ kind: 'asc' }, { number: 'asc' }], select: { kind: true, number: true, scope: true, validUntil: true } });
  const dutyStatements = await transaction.dutyStatement.findMany({ where: { unitId }, orderBy: [{ kind: 'asc' }, { version: 'asc' }] });
  const checklistRows = await transaction.checklist.findMany({ where: { unitId }, orderBy: { version: 'asc' } });
  const checklistItems = groupedBy(await transaction.checklistItem.findMany({ where: { checklist: { unitId } }, orderBy: [{ checklistId: 'asc' }, { position: 'asc' }] }), (item) => item.checklistId);
  const checklists = checklistRows.map((checklist) => ({ ...checklist, items: checklistItems.get(checklist.id) ?? [] }));
  const suspensions = await transaction.suspensionPeriod.findMany({ where: { unitId }, orderBy: { startDate: 'asc' } });
  const operatingCalendar = (await operatingCalendarRepository(transaction).history(unitId))!;
  const leaves = await transaction.leave.findMany({
    where: { unitId },
    orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
    select: { id: true, personId: true, startDate: true, endDate: true, reason: true, declaredById: true, declaredAt: true, substitutions: { orderBy: [{ namedAt: 'asc' }, { id: 'asc' }], select: { id: true, substituteId: true, namedById: true, namedAt: true } } },
  });
  const hazardRows = await transaction.hazard.findMany({ where: { unitId }, orderBy: { number: 'asc' } });
  const checkIds = [...new Set(hazardRows.flatMap((hazard) => (hazard.dailyCheckId === null ? [] : [hazard.dailyCheckId])))];
  const checkDates = new Map((await inChunks(checkIds, (chunk) => transaction.dailyCheck.findMany({ where: { id: { in: chunk } }, select: { id: true, date: true } }))).map((check) => [check.id, check.date]));
  const events = groupedBy(await transaction.hazardEvent.findMany({ where: { hazard: { unitId } }, orderBy: [{ at: 'asc' }, { id: 'asc' }] }), (event) => event.hazardId);
  const weeklyReports = await transaction.weeklyReport.findMany({ where: { unitId }, orderBy: { periodStart: 'asc' } });
  const monthlyMinutes = await transaction.monthlyMinutes.findMany({ where: { unitId }, orderBy: { periodStart: 'asc' } });
  const suggestions = await transaction.suggestion.findMany({ where: { unitId }, orderBy: { number: 'asc' } });
  return {
    unit: { ...unit, licences: readStoredField(TextList, unit.licences, { table: 'Unit', id: unit.id, field: 'licences' }) },
    people,
    appointments,
    certificates,
    assessments,
    trainingSessions,
    dutyStatements,
    checklists,
    suspensions,
    operatingCalendar,
    leaves,
    hazards: hazardRows.map((hazard) => ({
      ...hazard,
      checkDate: hazard.dailyCheckId === null ? null : (checkDates.get(hazard.dailyCheckId) ?? null),
      events: (events.get(hazard.id) ?? []).map((event) => ({ ...event, details: readStoredField(HazardEventDetails, event.details, { table: 'HazardEvent', id: event.id, field: 'details' }) })),
    })),
    weeklyReports: weeklyReports.map((report) => ({
      ...report,
      content: readStoredField(WeeklyReportContent, report.content, { table: 'WeeklyReport', id: report.id, field: 'content' }),
      investigation: readStoredField(InvestigationRecord, report.investigation, { table: 'WeeklyReport', id: report.id, field: 'investigation' }),
    })),
    monthlyMinutes: monthlyMinutes.map((minutes) => ({
      ...minutes,
      content: readStoredField(MonthlyMinutesContent, minutes.content, { table: 'MonthlyMinutes', id: minutes.id, field: 'content' }),
      arrangements: readStoredField(TextList, minutes.arrangements, { table: 'MonthlyMinutes', id: minutes.id, field: 'arrangements' }),
    })),
    suggestions,
  };
}

/** A check as Prisma returns it: its due items are still a JSON value. */
type StoredCheckState = Omit<DailyCheckState, 'dueItems'> & { dueItems: unknown };

function checkStates(checks: readonly StoredCheckState[]): DailyCheckState[] {
  return checks.map((check) => ({ ...check, dueItems: readDueItems(check.dueItems, check.id) }));
}

function withAnswers(checks: readonly StoredCheckState[], answers: ReadonlyArray<DailyCheckRow['answers'][number]>): DailyCheckRow[] {
  const byCheck = groupedBy(answers, (answer) => answer.dailyCheckId);
  return checkStates(checks).map((check) => ({ ...check, answers: byCheck.get(check.id) ?? [] }));
}

/** The days on which a unit has daily checks, in order, each found by asking for the first date after the last. */
async function* daysWithChecks(client: DatabaseClient, unitId: string, period: { from: string; to: string } | undefined): AsyncGenerator<string> {
  let previous: string | undefined;
  for (;;) {
    const after = previous === undefined ? (period ? { gte: period.from } : {}) : { gt: previous };
    const next = await client.dailyCheck.findFirst({ where: { unitId, date: { ...after, ...(period ? { lte: period.to } : {}) } }, orderBy: { date: 'asc' }, select: { date: true } });
    if (!next) return;
    yield next.date;
    previous = next.date;
  }
}

const dayOrder = [{ shift: 'asc' as const }, { officerId: 'asc' as const }];

export function createArchiveRowsReader(client: DatabaseClient): ArchiveRows {
  return {
    async unitIds() {
      return (await client.unit.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((unit) => unit.id);
    },
    async auditChain() {
      return client.auditEntry.findMany({ orderBy: { sequence: 'asc' } });
    },
    async *auditPages(filter = {}) {
      let after: number | undefined;
      for (;;) {
        const page: AuditRow[] = await client.auditEntry.findMany({
          where: { ...(after === undefined ? {} : { sequence: { gt: after } }), ...(filter.unitId === undefined ? {} : { unitId: filter.unitId }) },
          orderBy: { sequence: 'asc' },
          take: auditPageSize,
        });
        if (page.length > 0) yield page;
        if (page.length < auditPageSize) return;
        after = page[page.length - 1]!.sequence;
      }
    },
    async auditEntriesAbout(recordType, recordIds) {
      const entries = await inChunks(recordIds, (chunk) => client.auditEntry.findMany({ where: { recordType, recordId: { in: chunk } } }));
      return entries.sort((left, right) => left.sequence - right.sequence);
    },
    async *dailyCheckDays(unitId, period) {
      for await (const date of daysWithChecks(client, unitId, period)) {
        // One day read in one transaction, so a correction committed meanwhile never pairs a check with another revision's answers.
        yield await inTransaction(client, async (transaction) => {
          const checks = await transaction.dailyCheck.findMany({ where: { unitId, date }, orderBy: dayOrder });
          return withAnswers(checks, await transaction.dailyAnswer.findMany({ where: { dailyCheck: { unitId, date } }, orderBy: answerOrder }));
        });
      }
    },
    async dailyCheckCount(unitId, period) {
      return client.dailyCheck.count({ where: { unitId, date: { gte: period.from, lte: period.to } } });
    },
    async *dailyCheckStateDays(unitId, period) {
      for await (const date of daysWithChecks(client, unitId, period)) {
        yield checkStates(await client.dailyCheck.findMany({ where: { unitId, date }, orderBy: dayOrder }));
      }
    },
    async dailyChecksOfOfficers(unitId, period, officerIds) {
      const within = { unitId, date: { gte: period.from, lte: period.to } };
      return inTransaction(client, async (transaction) => {
        const checks = await inChunks(officerIds, (chunk) => transaction.dailyCheck.findMany({ where: { ...within, officerId: { in: chunk } }, orderBy: [{ date: 'asc' }, ...dayOrder] }));
        const answers = await inChunks(officerIds, (chunk) => transaction.dailyAnswer.findMany({ where: { dailyCheck: { ...within, officerId: { in: chunk } } }, orderBy: answerOrder }));
        return withAnswers(checks, answers);
      });
    },
    async dailyChecksById(ids) {
      return inTransaction(client, async (transaction) => {
        const checks = await inChunks(ids, (chunk) => transaction.dailyCheck.findMany({ where: { id: { in: chunk } } }));
        const answers = await inChunks(ids, (chunk) => transaction.dailyAnswer.findMany({ where: { dailyCheckId: { in: chunk } }, orderBy: answerOrder }));
        return withAnswers(checks, answers);
      });
    },
    async unitRecords(unitId) {
      return inTransaction(client, (transaction) => unitRecordsIn(transaction, unitId));
    },
    async unit(unitId) {
      return inTransaction(client, async (transaction) => {
        const records = await unitRecordsIn(transaction, unitId);
        if (!records) return null;
        const checks = await transaction.dailyCheck.findMany({ where: { unitId }, orderBy: [{ date: 'asc' }, ...dayOrder] });
        const dailyChecks = withAnswers(checks, await transaction.dailyAnswer.findMany({ where: { dailyCheck: { unitId } }, orderBy: answerOrder }));
        const audit = await transaction.auditEntry.findMany({ where: { unitId }, orderBy: { sequence: 'asc' } });
        return { ...records, dailyChecks, audit };
      });
    },
  };
}
