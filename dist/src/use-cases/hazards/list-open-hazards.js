import { localTimeAt } from "../../domain/calendar/local-time.js";
import { isOverdue } from "../../domain/hazards/hazard-lifecycle.js";
/** 隐患: the open hazards of the person's units, with who rectifies them by when. */
export async function listOpenHazards(store, input) {
    return store.transaction(async (transaction) => {
        const memberships = await transaction.people.byOpenId(input.actorOpenId);
        const units = [];
        for (const membership of memberships) {
            const unit = await transaction.units.get(membership.unitId);
            if (!unit)
                continue;
            const today = localTimeAt(input.now, unit.timeZone).date;
            const hazards = [];
            for (const hazard of await transaction.hazards.ofUnit(unit.id, { openOnly: true })) {
                const ownerName = hazard.ownerId ? (await transaction.people.get(hazard.ownerId))?.name : undefined;
                hazards.push({
                    number: hazard.number,
                    itemText: hazard.itemText,
                    description: hazard.description,
                    status: hazard.status,
                    ...(ownerName ? { ownerName } : {}),
                    ...(hazard.deadline ? { deadline: hazard.deadline } : {}),
                    overdue: isOverdue(hazard, today),
                });
            }
            units.push({ unitName: unit.name, hazards });
        }
        return { kind: 'open-hazards', registered: memberships.length > 0, units };
    });
}
//# sourceMappingURL=list-open-hazards.js.map