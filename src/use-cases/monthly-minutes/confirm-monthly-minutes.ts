import { recordHashes } from '../../domain/archive/record-hashes.ts';
import { formatLocalDateTime } from '../../domain/calendar/local-time.ts';
import { authoredPartsOf } from '../../domain/monthly-minutes/compile-monthly-minutes.ts';
import { requireMinutesComplete } from '../../domain/monthly-minutes/minutes-completeness.ts';
import { MONTHLY_MINUTES_TITLE } from '../../domain/monthly-minutes/monthly-minutes-content.ts';
import type { DocumentRenderer } from '../../ports/document-renderer.ts';
import type { MonthlyMinutesRecord } from '../../ports/monthly-minutes-repository.ts';
import type { UnitMember } from '../../ports/people-repository.ts';
import type { Store, StoreTransaction } from '../../ports/store.ts';
import { findMinutesForPrincipal, type MinutesReference } from './find-minutes.ts';
import { refreshMinutesCards } from './minutes-cards.ts';
import { compileMinutesContent } from './minutes-facts.ts';

export interface MinutesConfirmed {
  kind: 'minutes-confirmed';
  periodStart: string;
  periodEnd: string;
}

export interface MinutesAlreadyConfirmed {
  kind: 'minutes-already-confirmed';
}

/**
 * Freezes the minutes with the meeting the principal recorded and the principal's arrangements (content hashed and
 * archived) and distributes them with the Word document to the director and the officers. Minutes without the
 * meeting's date and attendees, the director's confirmed report or the principal's summary are refused.
 */
export async function confirmMinutes(transaction: StoreTransaction, documents: DocumentRenderer, minutes: MonthlyMinutesRecord, principal: UnitMember, now: Date): Promise<MinutesConfirmed> {
  const unit = await transaction.units.get(minutes.unitId);
  if (!unit) throw new Error(`minutes ${minutes.id} belong to no unit`);
  const { content, members } = await compileMinutesContent(transaction, unit, { periodStart: minutes.periodStart, periodEnd: minutes.periodEnd }, authoredPartsOf(minutes.content), now);
  requireMinutesComplete(content, members.some((member) => member.roles.includes('director')));
  const hash = recordHashes.minutesConfirmation({ content, arrangements: minutes.arrangements, confirmedById: principal.personId, confirmedAt: now });
  await transaction.monthlyMinutes.confirm(minutes.id, { content, arrangements: minutes.arrangements, confirmedById: principal.personId, confirmedAt: now, contentHash: hash });
  await transaction.audit.append({ at: now, unitId: unit.id, actor: principal.personId, action: 'monthly-minutes.confirmed', recordType: 'monthly-minutes', recordId: minutes.id, contentHash: hash });
  const confirmed: MonthlyMinutesRecord = { ...minutes, content, status: 'confirmed', confirmedById: principal.personId, confirmedAt: now, contentHash: hash };
  const participants = members.filter((member) => member.roles.includes('director') || member.roles.includes('officer'));
  await refreshMinutesCards(transaction, confirmed, unit, participants);
  const bytes = await documents.monthlyMinutes({
    content,
    arrangements: minutes.arrangements,
    status: 'confirmed',
    compiledAt: formatLocalDateTime(minutes.createdAt, unit.timeZone),
    confirmedAt: formatLocalDateTime(now, unit.timeZone),
    confirmedByName: principal.name,
    contentHash: hash,
  });
  const fileName = `${MONTHLY_MINUTES_TITLE}_${unit.name}_${minutes.periodStart}至${minutes.periodEnd}.docx`;
  for (const person of [principal, ...participants]) {
    if (person.openId) await transaction.outbox.enqueue({ operation: 'send', toOpenId: person.openId, notification: { kind: 'file', fileName, bytes } });
  }
  return { kind: 'minutes-confirmed', periodStart: minutes.periodStart, periodEnd: minutes.periodEnd };
}

export async function confirmMonthlyMinutes(dependencies: { store: Store; documents: DocumentRenderer }, input: { actorOpenId: string; minutes: MinutesReference; now: Date }): Promise<MinutesConfirmed | MinutesAlreadyConfirmed> {
  return dependencies.store.transaction(async (transaction) => {
    const { minutes, principal } = await findMinutesForPrincipal(transaction, input.actorOpenId, input.minutes);
    if (minutes.status === 'confirmed') return { kind: 'minutes-already-confirmed' };
    return confirmMinutes(transaction, dependencies.documents, minutes, principal, input.now);
  });
}
