const memberSelect = {
    id: true,
    key: true,
    unitId: true,
    name: true,
    openId: true,
    appointments: { where: { endedAt: null }, select: { role: true } },
};
function toMember(row) {
    return { personId: row.id, key: row.key, unitId: row.unitId, name: row.name, openId: row.openId, roles: row.appointments.map((appointment) => appointment.role) };
}
/** Members are the people holding at least one current appointment; a person whose posts all ended is history. */
export function peopleRepository(client) {
    return {
        async membersOf(unitId) {
            const rows = await client.person.findMany({ where: { unitId }, select: memberSelect, orderBy: { key: 'asc' } });
            return rows.map(toMember).filter((member) => member.roles.length > 0);
        },
        async byOpenId(openId) {
            const rows = await client.person.findMany({ where: { openId }, select: memberSelect, orderBy: { unitId: 'asc' } });
            return rows.map(toMember).filter((member) => member.roles.length > 0);
        },
        async get(personId) {
            const row = await client.person.findUnique({ where: { id: personId }, select: memberSelect });
            return row ? toMember(row) : null;
        },
    };
}
//# sourceMappingURL=people-repository.js.map