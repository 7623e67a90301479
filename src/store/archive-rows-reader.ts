import type { ArchiveRows, UnitRows } from '../ports/archive-rows.ts';
import type { DatabaseClient } from './database/create-prisma-client.ts';
import { inTransaction } from './database/create-prisma-client.ts';

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
          unit: { ...unit, licences: (unit.licences as string[] | null) ?? [] },
          people,
          appointments,
          assessments,
          dutyStatements,
          checklists,
          suspensions,
          dailyChecks,
          hazards: hazards.map((hazard) => ({ ...hazard, events: hazard.events.map((event) => ({ ...event, details: (event.details as Record<string, unknown> | null) ?? {} })) })),
          weeklyReports,
          monthlyMinutes,
          suggestions,
          audit,
        };
        return rows;
      });
    },
  };
}
