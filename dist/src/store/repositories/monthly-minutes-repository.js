function toRecord(row) {
    return {
        id: row.id,
        unitId: row.unitId,
        periodStart: row.periodStart,
        periodEnd: row.periodEnd,
        status: row.status,
        content: row.content,
        arrangements: row.arrangements ?? [],
        confirmedById: row.confirmedById,
        confirmedAt: row.confirmedAt,
        contentHash: row.contentHash,
        createdAt: row.createdAt,
    };
}
export function monthlyMinutesRepository(client) {
    return {
        async find(unitId, periodStart) {
            const row = await client.monthlyMinutes.findUnique({ where: { unitId_periodStart: { unitId, periodStart } } });
            return row ? toRecord(row) : null;
        },
        async get(minutesId) {
            const row = await client.monthlyMinutes.findUnique({ where: { id: minutesId } });
            return row ? toRecord(row) : null;
        },
        async create(minutes) {
            return toRecord(await client.monthlyMinutes.create({ data: { ...minutes, content: minutes.content, status: 'draft' } }));
        },
        async saveArrangements(minutesId, arrangements) {
            await client.monthlyMinutes.update({ where: { id: minutesId }, data: { arrangements } });
        },
        async confirm(minutesId, confirmation) {
            await client.monthlyMinutes.update({
                where: { id: minutesId },
                data: { status: 'confirmed', content: confirmation.content, arrangements: confirmation.arrangements, confirmedById: confirmation.confirmedById, confirmedAt: confirmation.confirmedAt, contentHash: confirmation.contentHash },
            });
        },
        async latest(unitId) {
            const row = await client.monthlyMinutes.findFirst({ where: { unitId }, orderBy: { periodStart: 'desc' } });
            return row ? toRecord(row) : null;
        },
        async drafts() {
            return (await client.monthlyMinutes.findMany({ where: { status: 'draft' }, orderBy: { periodStart: 'asc' } })).map(toRecord);
        },
    };
}
//# sourceMappingURL=monthly-minutes-repository.js.map