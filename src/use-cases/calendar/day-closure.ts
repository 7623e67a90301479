import { closureOn, closureText } from '../../domain/calendar/operating-calendar.ts';
import type { Store } from '../../ports/store.ts';

/** Why the unit does not operate on a day (法定节假日：国庆节 / 休息日 / 单位决定停止营业：…), or undefined when it does. */
export async function closureTextOn(store: Store, unitId: string, date: string): Promise<string | undefined> {
  const history = await store.transaction((transaction) => transaction.operatingCalendar.history(unitId));
  if (!history) return undefined;
  const closure = closureOn(date, history.current, history.changes);
  return closure === undefined ? undefined : closureText(closure);
}
