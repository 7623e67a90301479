import { addDays, localTimeAt } from '../../domain/calendar/local-time.ts';
import { calendarText, type OperatingCalendar, sameCalendar } from '../../domain/calendar/operating-calendar.ts';
import type { UnitPlan } from '../../domain/organisation/organisation-plan.ts';
import type { StoreTransaction } from '../../ports/store.ts';
import { recordCalendarChange } from '../calendar/record-calendar-change.ts';

const actor = 'organisation-import';

export function calendarOfPlan(unit: UnitPlan): OperatingCalendar {
  return unit.calendar === 'weekdays' ? { base: 'weekdays', weekdays: unit.weekdays ?? [] } : { base: unit.calendar };
}

/**
 * Before the unit itself is saved: an existing unit's new calendar applies from tomorrow, so the days up to today
 * keep the one they had; a new unit follows its calendar from the start. Returns what changed, for the import's list.
 */
export async function importOperatingCalendar(transaction: StoreTransaction, unit: UnitPlan, timeZone: string, now: Date): Promise<{ changes: string[]; created: boolean }> {
  const before = await transaction.operatingCalendar.history(unit.id);
  const wanted = calendarOfPlan(unit);
  if (!before || sameCalendar(before.current, wanted)) return { changes: [], created: before === undefined };
  const from = addDays(localTimeAt(now, timeZone).date, 1);
  await recordCalendarChange(transaction, unit.id, { kind: 'calendar', date: from, calendar: wanted, reason: '组织文件修改', recordedBy: actor, recordedAt: now }, actor);
  return { changes: [`${unit.id} 的营业日自 ${from} 起改为${calendarText(wanted)}（原为${calendarText(before.current)}）`], created: false };
}

/** After a new unit is saved: its weekday set, which the unit's own row keeps. */
export async function settleNewUnitCalendar(transaction: StoreTransaction, unit: UnitPlan): Promise<string[]> {
  const calendar = calendarOfPlan(unit);
  if (calendar.base !== 'weekdays') return [];
  await transaction.operatingCalendar.setCurrent(unit.id, calendar);
  return [`${unit.id} 的营业日为${calendarText(calendar)}`];
}

/**
 * The closed and open days the file lists, each recorded once: a file imported again records nothing. A day already
 * begun keeps its record, so it is reported rather than changed.
 */
export async function importDeclaredDays(transaction: StoreTransaction, unit: UnitPlan, timeZone: string, now: Date): Promise<{ changes: string[]; warnings: string[] }> {
  const changes: string[] = [];
  const warnings: string[] = [];
  const today = localTimeAt(now, timeZone).date;
  const declared = [
    ...(unit.closedDays ?? []).map((day) => ({ ...day, kind: 'closed-day' as const })),
    ...(unit.openDays ?? []).map((day) => ({ ...day, kind: 'open-day' as const })),
  ].sort((left, right) => left.date.localeCompare(right.date));
  if (declared.length === 0) return { changes, warnings };
  const history = (await transaction.operatingCalendar.history(unit.id))?.changes ?? [];
  for (const day of declared) {
    const latest = history
      .filter((change) => change.kind !== 'calendar' && change.date === day.date)
      .sort((left, right) => right.recordedAt.getTime() - left.recordedAt.getTime())[0];
    if (latest?.kind === day.kind && latest.reason === day.reason) continue;
    const word = day.kind === 'closed-day' ? '休息' : '营业';
    const begun = day.date < today || (day.date === today && (await transaction.dailyChecks.forDate(unit.id, day.date)).length > 0);
    if (begun) {
      warnings.push(`单位 ${unit.id} 的 calendar 中 ${day.date} ${word}（${day.reason}）未登记：这一天已经开始或已过去，它的记录不能改写；当天确需停止，请用「停产」或「停业」登记`);
      continue;
    }
    await recordCalendarChange(transaction, unit.id, { kind: day.kind, date: day.date, reason: day.reason, recordedBy: actor, recordedAt: now }, actor);
    changes.push(`登记 ${unit.id} ${day.date} ${word}：${day.reason}`);
  }
  return { changes, warnings };
}
