import { unitDeciders } from "../../domain/hazards/hazard-alert.js";
import { isOverdue } from "../../domain/hazards/hazard-lifecycle.js";
import { refreshHazardCards } from "./hazard-cards.js";
/** Once a day: each overdue rectification reminds its owner and tells the director; the cards show 已逾期. */
export async function remindOverdueRectifications(store, input) {
    return store.transaction(async (transaction) => {
        const members = await transaction.people.membersOf(input.unitId);
        const byId = new Map(members.map((member) => [member.personId, member]));
        const deciders = unitDeciders(members);
        let overdue = 0;
        for (const hazard of await transaction.hazards.ofUnit(input.unitId, { openOnly: true })) {
            if (!isOverdue(hazard, input.date) || !(await transaction.jobRuns.claim('hazard-overdue', input.unitId, `${hazard.id}@${input.date}`, input.now)))
                continue;
            overdue += 1;
            const owner = hazard.ownerId ? byId.get(hazard.ownerId) : undefined;
            const view = {
                number: hazard.number,
                itemText: hazard.itemText,
                description: hazard.description,
                deadline: hazard.deadline ?? '',
                ...(owner ? { ownerName: owner.name } : {}),
            };
            if (owner?.openId) {
                await transaction.outbox.enqueue({ operation: 'send', toOpenId: owner.openId, notification: { kind: 'overdue-rectification', view: { ...view, audience: 'owner' } } });
            }
            for (const decider of deciders) {
                if (!decider.openId)
                    continue;
                await transaction.outbox.enqueue({ operation: 'send', toOpenId: decider.openId, notification: { kind: 'overdue-rectification', view: { ...view, audience: 'decider' } } });
            }
            await transaction.hazards.recordEvent(hazard.id, 'overdue-reminded', null, input.now, { date: input.date });
            await refreshHazardCards(transaction, hazard.id, input.now);
        }
        return { overdue };
    });
}
//# sourceMappingURL=remind-overdue-rectifications.js.map