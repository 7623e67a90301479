export function toUnitProfile(row) {
    return {
        id: row.id,
        name: row.name,
        kind: row.kind,
        grade: row.grade,
        directorRequired: row.directorRequired,
        timeZone: row.timeZone,
        calendar: row.calendar,
        schedule: {
            controlMode: row.controlMode,
            shiftTimes: row.shiftTimes ?? [],
            pushTime: row.pushTime,
            remindTime: row.remindTime,
            closeTime: row.closeTime,
            weeklyTime: row.weeklyTime,
            weeklyDay: row.weeklyDay,
            investigationMode: row.investigationMode,
            schedulingMode: row.schedulingMode,
            monthlyTime: row.monthlyTime,
        },
    };
}
export function unitRepository(client) {
    return {
        async list() {
            return (await client.unit.findMany({ orderBy: { id: 'asc' } })).map(toUnitProfile);
        },
        async get(unitId) {
            const row = await client.unit.findUnique({ where: { id: unitId } });
            return row ? toUnitProfile(row) : null;
        },
    };
}
//# sourceMappingURL=unit-repository.js.map