import { minutesCardView } from "./minutes-cards.js";
/** 纪要: the latest minutes of each unit the person belongs to, as a card (the principal's draft keeps its form). */
export async function showMonthlyMinutes(store, input) {
    return store.transaction(async (transaction) => {
        const sent = [];
        for (const member of await transaction.people.byOpenId(input.actorOpenId)) {
            const unit = await transaction.units.get(member.unitId);
            const minutes = await transaction.monthlyMinutes.latest(member.unitId);
            if (!unit || !minutes || !member.openId)
                continue;
            const isPrincipal = member.roles.includes('principal');
            if (!isPrincipal && minutes.status !== 'confirmed')
                continue;
            const outboxId = await transaction.outbox.enqueue({ operation: 'send', toOpenId: member.openId, notification: { kind: 'monthly-minutes', view: minutesCardView(minutes, unit, isPrincipal ? 'principal' : 'participant') } });
            await transaction.recordCards.add('monthly-minutes', minutes.id, member.personId, outboxId);
            sent.push({ unitName: unit.name, periodStart: minutes.periodStart, periodEnd: minutes.periodEnd, status: minutes.status });
        }
        return { kind: 'minutes-shown', sent };
    });
}
//# sourceMappingURL=show-monthly-minutes.js.map