const periodSelect = { startDate: true, endDate: true, reason: true };
export function suspensionRepository(client) {
    return {
        async covering(unitId, date) {
            return client.suspensionPeriod.findMany({ where: { unitId, startDate: { lte: date }, endDate: { gte: date } }, select: periodSelect });
        },
        async overlapping(unitId, startDate, endDate) {
            return client.suspensionPeriod.findMany({ where: { unitId, startDate: { lte: endDate }, endDate: { gte: startDate } }, select: periodSelect });
        },
        async add(unitId, period) {
            return (await client.suspensionPeriod.create({ data: { unitId, ...period }, select: { id: true } })).id;
        },
    };
}
//# sourceMappingURL=suspension-repository.js.map