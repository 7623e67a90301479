import type { Unit } from '../../../generated/sqlite/client.ts';
import type { UnitKind } from '../../domain/units/unit-kind.ts';
import type { UnitProfile, UnitRepository } from '../../ports/unit-repository.ts';
import { readStoredField } from '../stored-json/read-stored-field.ts';
import { TextList } from '../stored-json/text-list.ts';
import type { TransactionClient } from '../transaction-client.ts';

export function toUnitProfile(row: Unit): UnitProfile {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as UnitKind,
    grade: row.grade,
    directorRequired: row.directorRequired,
    timeZone: row.timeZone,
    calendar: row.calendar,
    schedule: {
      controlMode: row.controlMode as UnitProfile['schedule']['controlMode'],
      shiftTimes: readStoredField(TextList, row.shiftTimes, { table: 'Unit', id: row.id, field: 'shiftTimes' }),
      pushTime: row.pushTime,
      remindTime: row.remindTime,
      closeTime: row.closeTime,
      weeklyTime: row.weeklyTime,
      weeklyDay: row.weeklyDay,
      investigationMode: row.investigationMode as UnitProfile['schedule']['investigationMode'],
      schedulingMode: row.schedulingMode as UnitProfile['schedule']['schedulingMode'],
      monthlyTime: row.monthlyTime,
    },
  };
}

export function unitRepository(client: TransactionClient): UnitRepository {
  return {
    async list() {
      return (await client.unit.findMany({ orderBy: { id: 'asc' } })).map(toUnitProfile);
    },
    async get(unitId) {
      const row = await client.unit.findUnique({ where: { id: unitId } });
      return row ? toUnitProfile(row) : null;
    },
  };
}
