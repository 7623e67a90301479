import type { ArchiveRows, UnitRows } from '../ports/archive-rows.ts';
import type { DatabaseClient } from './database/create-prisma-client.ts';
import { inTransaction } from './database/create-prisma-client.ts';
import { HazardEventDetails } from './stored-json/hazard-event-details.ts';
import { MonthlyMinutesContent } from './stored-json/monthly-minutes-content.ts';
import { readStoredField } from './stored-json/read-stored-field.ts';
import { TextList } from './stored-json/text-list.ts';
import { InvestigationRecord, WeeklyReportContent } from './stored-json/weekly-report-content.ts';

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
        const personIds = people.map((person) => person.id);
        // Sequential: a transaction holds one connection, and PostgreSQL's driver refuses overlapping queries on it.
        const appointments = await transaction.appointment.findMany({ where: { unitId }, orderBy: [{ startedAt: 'asc' }, { id: 'asc' }] });
        const assessments = await transaction.assessment.findMany({ where: { personId: { in: personIds } }, orderBy: [{ date: 'asc' }] });
        const dutyStatements = await transaction.dutyStatement.findMany({ where: { unitId }, orderBy: [{ kind: 'asc' }, { version: 'asc' }] });
        const checklists = await transaction.checklist.findMany({ where: { unitId }, orderBy: { version: 'asc' }, include: { items: { orderBy: { position: 'asc' } } } });
        const suspensions = await transaction.suspensionPeriod.findMany({ where: { unitId }, orderBy: { startDate: 'asc' } });
        const dailyChecks = await transaction.dailyCheck.findMany({ where: { unitId }, orderBy: [{ date: 'asc' }, { shift: 'asc' }, { officerId: 'asc' }], include: { answers: { orderBy: [{ revision: 'asc' }, { position: 'asc' }] } } });
        const hazards = await transaction.hazard.findMany({ where: { unitId }, orderBy: { number: 'asc' }, include: { events: { orderBy: [{ at: 'asc' }, { id: 'asc' }] } } });
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
