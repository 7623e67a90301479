import type { ArchiveRows, UnitRows } from '../ports/archive-rows.ts';
import type { DatabaseClient } from './database/create-prisma-client.ts';
import { inTransaction } from './database/create-prisma-client.ts';
import { HazardEventDetails } from './stored-json/hazard-event-details.ts';
import { MonthlyMinutesContent } from './stored-json/monthly-minutes-content.ts';
import { readStoredField } from './stored-json/read-stored-field.ts';
import { TextList } from './stored-json/text-list.ts';
import { InvestigationRecord, WeeklyReportContent } from './stored-json/weekly-report-content.ts';

function groupedBy<Row>(rows: readonly Row[], keyOf: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}

export function createArchiveRowsReader(client: DatabaseClient): ArchiveRows {
  return {
    async unitIds() {
      return (await client.unit.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((unit) => unit.id);
    },
    async auditChain() {
      return client.auditEntry.findMany({ orderBy: { sequence: 'asc' } });
    },
    async unit(unitId) {
      return inTransaction(client, async (transaction) => {
        const unit = await transaction.unit.findUnique({ where: { id: unitId } });
        if (!unit) return null;
        const people = await transaction.person.findMany({ where: { unitId }, select: { id: true, key: true, name: true }, orderBy: { key: 'asc' } });
        // Sequential: a transaction holds one connection, and PostgreSQL's driver refuses overlapping queries on it.
        const appointments = await transaction.appointment.findMany({ where: { unitId }, orderBy: [{ startedAt: 'asc' }, { id: 'asc' }] });
        // Children are selected by their parent's unit, never by a list of parent ids: no statement grows with the unit.
        const assessments = await transaction.assessment.findMany({ where: { person: { unitId } }, orderBy: [{ date: 'asc' }, { id: 'asc' }] });
        const dutyStatements = await transaction.dutyStatement.findMany({ where: { unitId }, orderBy: [{ kind: 'asc' }, { version: 'asc' }] });
        const checklistRows = await transaction.checklist.findMany({ where: { unitId }, orderBy: { version: 'asc' } });
        const checklistItems = groupedBy(await transaction.checklistItem.findMany({ where: { checklist: { unitId } }, orderBy: [{ checklistId: 'asc' }, { position: 'asc' }] }), (item) => item.checklistId);
        const checklists = checklistRows.map((checklist) => ({ ...checklist, items: checklistItems.get(checklist.id) ?? [] }));
        const suspensions = await transaction.suspensionPeriod.findMany({ where: { unitId }, orderBy: { startDate: 'asc' } });
        const checkRows = await transaction.dailyCheck.findMany({ where: { unitId }, orderBy: [{ date: 'asc' }, { shift: 'asc' }, { officerId: 'asc' }] });
        const answers = groupedBy(
          await transaction.dailyAnswer.findMany({ where: { dailyCheck: { unitId } }, orderBy: [{ dailyCheckId: 'asc' }, { revision: 'asc' }, { position: 'asc' }] }),
          (answer) => answer.dailyCheckId,
        );
        const dailyChecks = checkRows.map((check) => ({ ...check, answers: answers.get(check.id) ?? [] }));
        const hazardRows = await transaction.hazard.findMany({ where: { unitId }, orderBy: { number: 'asc' } });
        const events = groupedBy(await transaction.hazardEvent.findMany({ where: { hazard: { unitId } }, orderBy: [{ at: 'asc' }, { id: 'asc' }] }), (event) => event.hazardId);
        const hazards = hazardRows.map((hazard) => ({ ...hazard, events: events.get(hazard.id) ?? [] }));
        const weeklyReports = await transaction.weeklyReport.findMany({ where: { unitId }, orderBy: { periodStart: 'asc' } });
        const monthlyMinutes = await transaction.monthlyMinutes.findMany({ where: { unitId }, orderBy: { periodStart: 'asc' } });
        const suggestions = await transaction.suggestion.findMany({ where: { unitId }, orderBy: { number: 'asc' } });
        const audit = await transaction.auditEntry.findMany({ where: { unitId }, orderBy: { sequence: 'asc' } });
        const rows: UnitRows = {
          unit: { ...unit, licences: readStoredField(TextList, unit.licences, { table: 'Unit', id: unit.id, field: 'licences' }) },
          people,
          appointments,
          assessments,
          dutyStatements,
          checklists,
          suspensions,
          dailyChecks,
          hazards: hazards.map((hazard) => ({
            ...hazard,
            events: hazard.events.map((event) => ({ ...event, details: readStoredField(HazardEventDetails, event.details, { table: 'HazardEvent', id: event.id, field: 'details' }) })),
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
          audit,
        };
        return rows;
      });
    },
  };
}
