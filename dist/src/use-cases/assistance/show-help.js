/** 帮助: what the person may do depends on the roles they hold, unit by unit. */
export async function showHelp(store, input) {
    return store.transaction(async (transaction) => {
        const memberships = await transaction.people.byOpenId(input.actorOpenId);
        return { kind: 'help', memberships: memberships.map((member) => ({ unitId: member.unitId, roles: member.roles })) };
    });
}
//# sourceMappingURL=show-help.js.map