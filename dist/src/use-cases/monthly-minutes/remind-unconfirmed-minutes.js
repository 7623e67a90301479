import { addDays, localTimeAt } from "../../domain/calendar/local-time.js";
/** Not confirmed within three days of the draft: the principal is reminded each day, and the director is told once. */
export async function remindUnconfirmedMinutes(store, input) {
    return store.transaction(async (transaction) => {
        const unit = await transaction.units.get(input.unitId);
        if (!unit)
            throw new Error(`unknown unit ${input.unitId}`);
        const members = await transaction.people.membersOf(unit.id);
        let reminded = 0;
        for (const minutes of (await transaction.monthlyMinutes.drafts()).filter((draft) => draft.unitId === unit.id)) {
            if (input.date < addDays(localTimeAt(minutes.createdAt, unit.timeZone).date, 3))
                continue;
            const period = { periodStart: minutes.periodStart, periodEnd: minutes.periodEnd };
            for (const principal of members.filter((member) => member.roles.includes('principal'))) {
                if (!principal.openId || !(await transaction.jobRuns.claim('minutes-remind-principal', unit.id, `${minutes.id}@${input.date}`, input.now)))
                    continue;
                await transaction.outbox.enqueue({ operation: 'send', toOpenId: principal.openId, notification: { kind: 'minutes-reminder', view: { audience: 'principal', personName: principal.name, unitName: unit.name, ...period } } });
                reminded += 1;
            }
            for (const director of members.filter((member) => member.roles.includes('director'))) {
                if (!director.openId || !(await transaction.jobRuns.claim('minutes-tell-director', unit.id, minutes.id, input.now)))
                    continue;
                await transaction.outbox.enqueue({ operation: 'send', toOpenId: director.openId, notification: { kind: 'minutes-reminder', view: { audience: 'director', personName: director.name, unitName: unit.name, ...period } } });
            }
        }
        return { reminded };
    });
}
//# sourceMappingURL=remind-unconfirmed-minutes.js.map