/** daily-remind: one nudge per open check; the job-run claim keeps a rerun from nudging twice. */
export async function remindDailyChecks(store, input) {
    return store.transaction(async (transaction) => {
        if (!(await transaction.jobRuns.claim('daily-remind', input.unitId, input.date, input.now)))
            return { reminded: 0, alreadyRun: true };
        const members = await transaction.people.membersOf(input.unitId);
        const names = new Map(members.map((member) => [member.personId, member]));
        let reminded = 0;
        for (const check of await transaction.dailyChecks.forDate(input.unitId, input.date)) {
            const officer = names.get(check.officerId);
            if (check.status !== 'open' || !officer?.openId)
                continue;
            await transaction.outbox.enqueue({
                operation: 'send',
                toOpenId: officer.openId,
                notification: { kind: 'daily-check-reminder', view: { officerName: officer.name, date: input.date, shift: check.shift } },
            });
            reminded += 1;
        }
        await transaction.jobRuns.finish('daily-remind', input.unitId, input.date, input.now);
        return { reminded, alreadyRun: false };
    });
}
//# sourceMappingURL=remind-daily-checks.js.map