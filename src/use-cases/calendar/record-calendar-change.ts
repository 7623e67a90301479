import { recordHashes } from '../../domain/archive/record-hashes.ts';
import { FROM_THE_START, type OperatingCalendarChange } from '../../domain/calendar/operating-calendar.ts';
import type { StoreTransaction } from '../../ports/store.ts';

/**
 * Records one change to a unit's operating days and seals it into the audit chain. The first calendar change of a
 * unit first records the calendar it followed until then, from the start, so the days before keep it.
 */
export async function recordCalendarChange(transaction: StoreTransaction, unitId: string, change: OperatingCalendarChange, actor: string): Promise<void> {
  const history = await transaction.operatingCalendar.history(unitId);
  if (!history) throw new Error(`unknown unit ${unitId}`);
  const changes: OperatingCalendarChange[] = [];
  if (change.kind === 'calendar' && !history.changes.some((earlier) => earlier.kind === 'calendar')) {
    changes.push({ kind: 'calendar', date: FROM_THE_START, calendar: history.current, reason: '更改前的营业日历', recordedBy: change.recordedBy, recordedAt: change.recordedAt });
  }
  changes.push(change);
  for (const recorded of changes) {
    const id = await transaction.operatingCalendar.record(unitId, recorded);
    await transaction.audit.append({
      at: recorded.recordedAt,
      unitId,
      actor,
      action: `operating-calendar.${recorded.kind}`,
      recordType: 'operating-calendar-change',
      recordId: id,
      contentHash: recordHashes.operatingCalendarChange(unitId, recorded),
    });
  }
  if (change.kind === 'calendar') await transaction.operatingCalendar.setCurrent(unitId, change.calendar);
}
