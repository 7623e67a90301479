import { addDays, isLocalDate, localTimeAt } from '../../domain/calendar/local-time.ts';
import { calendarText, closureOn, closureText, type OperatingCalendar, sameCalendar } from '../../domain/calendar/operating-calendar.ts';
import { refusalsOf } from '../../domain/domain-error.ts';
import type { Store, StoreTransaction } from '../../ports/store.ts';
import { recordCalendarChange } from './record-calendar-change.ts';

export interface OperatingDayRefusals {
  'operating-days.deciders-only': Record<string, never>;
  'operating-days.several-units': Record<string, never>;
  'operating-days.date-invalid': { value: string };
  'operating-days.date-passed': { date: string; today: string };
  'operating-days.already-pushed': { date: string };
  'operating-days.already-so': { date: string; closed: boolean; why: string };
  'operating-days.calendar-unchanged': { calendar: string };
}

const refuse = refusalsOf<OperatingDayRefusals>();

export type OperatingDaysChanged =
  | { kind: 'operating-day-declared'; unitName: string; date: string; closed: boolean; reason: string }
  | { kind: 'operating-calendar-changed'; unitName: string; from: string; calendar: string };

interface Decider {
  personId: string;
  unitId: string;
  unitName: string;
  today: string;
}

/** The principal decides whether the business operates and the director runs the rhythm: either may say so in chat. */
async function deciderOf(transaction: StoreTransaction, actorOpenId: string, now: Date): Promise<Decider> {
  const memberships = (await transaction.people.byOpenId(actorOpenId)).filter((member) => member.roles.includes('principal') || member.roles.includes('director'));
  if (memberships.length === 0) throw refuse('operating-days.deciders-only', {});
  if (new Set(memberships.map((member) => member.unitId)).size > 1) throw refuse('operating-days.several-units', {});
  const member = memberships[0]!;
  const unit = await transaction.units.get(member.unitId);
  if (!unit) throw new Error(`unknown unit ${member.unitId}`);
  return { personId: member.personId, unitId: unit.id, unitName: unit.name, today: localTimeAt(now, unit.timeZone).date };
}

/** 休息 / 营业 <日期> [原因]: one future day closed or opened; a day already begun keeps its record, so 停产 covers today. */
export async function declareOperatingDay(
  store: Store,
  input: { actorOpenId: string; date: string; closed: boolean; reason: string; now: Date },
): Promise<OperatingDaysChanged> {
  if (!isLocalDate(input.date)) throw refuse('operating-days.date-invalid', { value: input.date });
  return store.transaction(async (transaction) => {
    const decider = await deciderOf(transaction, input.actorOpenId, input.now);
    if (input.date < decider.today) throw refuse('operating-days.date-passed', { date: input.date, today: decider.today });
    if ((await transaction.dailyChecks.forDate(decider.unitId, input.date)).length > 0) throw refuse('operating-days.already-pushed', { date: input.date });
    const history = (await transaction.operatingCalendar.history(decider.unitId))!;
    const closure = closureOn(input.date, history.current, history.changes);
    const reason = input.reason.trim() || (input.closed ? '单位安排休息' : '单位安排营业');
    if (input.closed === (closure !== undefined) && (closure?.kind !== 'declared' || closure.reason === reason)) {
      throw refuse('operating-days.already-so', { date: input.date, closed: input.closed, why: closure ? closureText(closure) : '' });
    }
    await recordCalendarChange(
      transaction,
      decider.unitId,
      { kind: input.closed ? 'closed-day' : 'open-day', date: input.date, reason, recordedBy: decider.personId, recordedAt: input.now },
      decider.personId,
    );
    return { kind: 'operating-day-declared', unitName: decider.unitName, date: input.date, closed: input.closed, reason };
  });
}

/** 营业日 <每天 / 工作日 / 周一至周六>: the calendar from tomorrow on; the days before keep the one they had. */
export async function changeOperatingCalendar(store: Store, input: { actorOpenId: string; calendar: OperatingCalendar; now: Date }): Promise<OperatingDaysChanged> {
  return store.transaction(async (transaction) => {
    const decider = await deciderOf(transaction, input.actorOpenId, input.now);
    const from = addDays(decider.today, 1);
    const history = (await transaction.operatingCalendar.history(decider.unitId))!;
    // The unit's own setting is the latest calendar recorded: the one that days from tomorrow would follow.
    if (sameCalendar(history.current, input.calendar)) throw refuse('operating-days.calendar-unchanged', { calendar: calendarText(input.calendar) });
    await recordCalendarChange(
      transaction,
      decider.unitId,
      { kind: 'calendar', date: from, calendar: input.calendar, reason: '飞书中更改', recordedBy: decider.personId, recordedAt: input.now },
      decider.personId,
    );
    return { kind: 'operating-calendar-changed', unitName: decider.unitName, from, calendar: calendarText(input.calendar) };
  });
}
