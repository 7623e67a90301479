/**
 * Who writes and who receives the weekly report: the director writes it for the principal (Art. 11). A unit that
 * need not appoint a director has the principal do the director's part.
 */
export async function reportPeople(transaction, unitId) {
    const members = await transaction.people.membersOf(unitId);
    const principal = members.find((member) => member.roles.includes('principal'));
    const writer = members.find((member) => member.roles.includes('director')) ?? principal;
    return { writer, principal, members };
}
//# sourceMappingURL=report-people.js.map