import { formatLocalDateTime } from "../../domain/calendar/local-time.js";
export function minutesCardView(minutes, unit, audience, confirmedByName) {
    return {
        minutesId: minutes.id,
        status: minutes.status,
        audience,
        content: minutes.content,
        arrangements: minutes.arrangements,
        ...(minutes.confirmedAt ? { confirmedAt: formatLocalDateTime(minutes.confirmedAt, unit.timeZone) } : {}),
        ...(confirmedByName ? { confirmedByName } : {}),
        ...(minutes.contentHash ? { contentHash: minutes.contentHash } : {}),
    };
}
/** Updates every card of the minutes already sent and sends one to each person in `notify` who has none. */
export async function refreshMinutesCards(transaction, minutes, unit, notify = []) {
    const members = await transaction.people.membersOf(unit.id);
    const confirmer = minutes.confirmedById ? members.find((member) => member.personId === minutes.confirmedById)?.name : undefined;
    const audienceOf = (personId) => (members.find((member) => member.personId === personId)?.roles.includes('principal') ? 'principal' : 'participant');
    const existing = await transaction.recordCards.of('monthly-minutes', minutes.id);
    for (const card of existing) {
        await transaction.outbox.enqueue({ operation: 'update', targetOutboxId: card.outboxId, notification: { kind: 'monthly-minutes', view: minutesCardView(minutes, unit, audienceOf(card.personId), confirmer) } });
    }
    for (const person of notify) {
        if (!person.openId || existing.some((card) => card.personId === person.personId))
            continue;
        const outboxId = await transaction.outbox.enqueue({ operation: 'send', toOpenId: person.openId, notification: { kind: 'monthly-minutes', view: minutesCardView(minutes, unit, audienceOf(person.personId), confirmer) } });
        await transaction.recordCards.add('monthly-minutes', minutes.id, person.personId, outboxId);
    }
}
//# sourceMappingURL=minutes-cards.js.map