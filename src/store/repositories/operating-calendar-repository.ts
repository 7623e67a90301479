import type { CalendarBase, OperatingCalendar, OperatingCalendarChange } from '../../domain/calendar/operating-calendar.ts';
import type { OperatingCalendarRepository } from '../../ports/operating-calendar-repository.ts';
import { readStoredField } from '../stored-json/read-stored-field.ts';
import { WeekdayList } from '../stored-json/weekday-list.ts';
import type { TransactionClient } from '../transaction-client.ts';

function calendarOf(base: string, weekdays: unknown, where: { table: string; id: string; field: string }): OperatingCalendar {
  const known = (base === 'working-days' || base === 'weekdays' ? base : 'every-day') as CalendarBase;
  return known === 'weekdays' ? { base: known, weekdays: weekdays === null ? [] : readStoredField(WeekdayList, weekdays, where) } : { base: known };
}

export function operatingCalendarRepository(client: TransactionClient): OperatingCalendarRepository {
  return {
    async history(unitId) {
      const unit = await client.unit.findUnique({ where: { id: unitId }, select: { calendar: true, operatingWeekdays: true } });
      if (!unit) return undefined;
      const rows = await client.operatingCalendarChange.findMany({ where: { unitId }, orderBy: [{ date: 'asc' }, { recordedAt: 'asc' }, { id: 'asc' }] });
      return {
        current: calendarOf(unit.calendar, unit.operatingWeekdays, { table: 'Unit', id: unitId, field: 'operatingWeekdays' }),
        changes: rows.map((row): OperatingCalendarChange & { id: string } => {
          const common = { id: row.id, date: row.date, reason: row.reason, recordedBy: row.recordedBy, recordedAt: row.recordedAt };
          if (row.kind === 'calendar') {
            return { kind: 'calendar', ...common, calendar: calendarOf(row.calendar ?? 'every-day', row.weekdays, { table: 'OperatingCalendarChange', id: row.id, field: 'weekdays' }) };
          }
          return { kind: row.kind === 'open-day' ? 'open-day' : 'closed-day', ...common };
        }),
      };
    },
    async record(unitId, change) {
      const { kind, date, reason, recordedBy, recordedAt } = change;
      const calendar = change.kind === 'calendar' ? { calendar: change.calendar.base, ...(change.calendar.base === 'weekdays' ? { weekdays: change.calendar.weekdays ?? [] } : {}) } : {};
      return (await client.operatingCalendarChange.create({ data: { unitId, kind, date, reason, recordedBy, recordedAt, ...calendar }, select: { id: true } })).id;
    },
    async setCurrent(unitId, calendar) {
      await client.unit.update({ where: { id: unitId }, data: { calendar: calendar.base, operatingWeekdays: calendar.base === 'weekdays' ? (calendar.weekdays ?? []) : undefined } });
    },
  };
}
