import { dayStateOf } from '../../domain/daily-checks/record-overview.ts';
import { raisedSourceOf } from '../../domain/hazards/hazard-source.ts';
import { localTimeAt } from '../../domain/calendar/local-time.ts';
import type { DailyRecordFact, HazardFact } from '../../domain/records/daily-record-facts.ts';
import type { StoreTransaction } from '../../ports/store.ts';
import type { UnitProfile } from '../../ports/unit-repository.ts';

async function nameResolver(transaction: StoreTransaction): Promise<(personId: string | null) => Promise<string>> {
  const cache = new Map<string, string>();
  return async (personId) => {
    if (!personId) return '';
    if (!cache.has(personId)) cache.set(personId, (await transaction.people.get(personId))?.name ?? '');
    return cache.get(personId)!;
  };
}

/** The records of a period as plain facts, the input of the weekly report, the minutes and the archive. */
export async function readRecordFacts(
  transaction: StoreTransaction,
  unit: UnitProfile,
  from: string,
  to: string,
): Promise<{ records: DailyRecordFact[]; hazards: HazardFact[] }> {
  const nameOf = await nameResolver(transaction);
  const records: DailyRecordFact[] = [];
  for (const check of await transaction.dailyChecks.between(unit.id, from, to)) {
    records.push({ date: check.date, shift: check.shift, officerId: check.officerId, officerName: await nameOf(check.officerId), state: dayStateOf(check), revision: check.revision });
  }
  const localDate = (instant: Date) => localTimeAt(instant, unit.timeZone).date;
  const hazards: HazardFact[] = [];
  for (const hazard of await transaction.hazards.ofUnit(unit.id, {})) {
    // Dated like the record it came from, so the coverage and the hazards of a period count the same checks.
    const reportedDate = hazard.checkDate ?? localDate(hazard.reportedAt);
    if (reportedDate > to) continue;
    const rectified = (await transaction.hazards.events(hazard.id)).filter((event) => event.action === 'rectified').at(-1);
    hazards.push({
      number: hazard.number,
      reportedDate,
      officerName: await nameOf(hazard.reportedById),
      ...raisedSourceOf(hazard),
      itemCode: hazard.itemCode,
      itemText: hazard.itemText,
      description: hazard.description,
      measures: hazard.measures,
      serious: hazard.serious,
      status: hazard.status,
      ...(hazard.ownerId ? { ownerName: await nameOf(hazard.ownerId) } : {}),
      ...(hazard.deadline ? { deadline: hazard.deadline } : {}),
      ...(hazard.rectification ? { rectification: hazard.rectification } : {}),
      ...(rectified ? { rectifiedDate: localDate(rectified.at) } : {}),
      ...(hazard.closedAt ? { closedDate: localDate(hazard.closedAt) } : {}),
    });
  }
  return { records, hazards };
}
