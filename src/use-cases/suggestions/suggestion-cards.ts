import { formatLocalDateTime } from '../../domain/calendar/local-time.ts';
import { ROLE_NAMES } from '../../domain/people/role.ts';
import type { SuggestionCardView } from '../../ports/notifications.ts';
import type { UnitMember } from '../../ports/people-repository.ts';
import type { StoreTransaction } from '../../ports/store.ts';
import type { SuggestionRecord } from '../../ports/suggestion-repository.ts';
import type { UnitProfile } from '../../ports/unit-repository.ts';

export function suggestionCardView(suggestion: SuggestionRecord, unit: UnitProfile, members: readonly UnitMember[], audience: SuggestionCardView['audience']): SuggestionCardView {
  const byId = new Map(members.map((member) => [member.personId, member]));
  const proposer = byId.get(suggestion.proposerId);
  return {
    suggestionId: suggestion.id,
    number: suggestion.number,
    kind: suggestion.kind,
    unitName: unit.name,
    proposerName: proposer?.name ?? '',
    proposerRoleName: proposer?.roles.filter((role) => role !== 'principal').map((role) => ROLE_NAMES[role]).join('、') ?? '',
    text: suggestion.text,
    createdAt: formatLocalDateTime(suggestion.createdAt, unit.timeZone),
    ...(suggestion.decision ? { decision: suggestion.decision } : {}),
    ...(suggestion.answer ? { answer: suggestion.answer } : {}),
    ...(suggestion.answeredById ? { answeredByName: byId.get(suggestion.answeredById)?.name ?? '' } : {}),
    ...(suggestion.answeredAt ? { answeredAt: formatLocalDateTime(suggestion.answeredAt, unit.timeZone) } : {}),
    audience,
  };
}

/**
 * Sends the suggestion's card to each person in `notify` who has none, and updates every card already sent. A new
 * card to someone in `urgentFor` is also buzzed (a veto).
 */
export async function refreshSuggestionCards(transaction: StoreTransaction, suggestion: SuggestionRecord, notify: UnitMember[] = [], urgentFor: readonly string[] = []): Promise<void> {
  const unit = await transaction.units.get(suggestion.unitId);
  if (!unit) throw new Error(`suggestion ${suggestion.id} belongs to no unit`);
  const members = await transaction.people.membersOf(unit.id);
  const principalIds = new Set(members.filter((member) => member.roles.includes('principal')).map((member) => member.personId));
  const audienceOf = (personId: string) => (principalIds.has(personId) ? 'principal' : 'proposer');
  const existing = await transaction.recordCards.of('suggestion', suggestion.id);
  for (const card of existing) {
    await transaction.outbox.enqueue({ operation: 'update', targetOutboxId: card.outboxId, notification: { kind: 'suggestion', view: suggestionCardView(suggestion, unit, members, audienceOf(card.personId)) } });
  }
  for (const person of notify) {
    if (!person.openId || existing.some((card) => card.personId === person.personId)) continue;
    const outboxId = await transaction.outbox.enqueue({
      operation: 'send',
      toOpenId: person.openId,
      notification: { kind: 'suggestion', view: suggestionCardView(suggestion, unit, members, audienceOf(person.personId)) },
      ...(urgentFor.includes(person.personId) ? { urgent: true } : {}),
    });
    await transaction.recordCards.add('suggestion', suggestion.id, person.personId, outboxId);
  }
}
