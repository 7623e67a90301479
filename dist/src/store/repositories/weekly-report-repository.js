const emptyDirectorInput = { investigation: { date: '', scope: '', people: '', findings: '' }, analysis: '', measures: '' };
function toRecord(row) {
    return {
        id: row.id,
        unitId: row.unitId,
        periodStart: row.periodStart,
        periodEnd: row.periodEnd,
        status: row.status,
        content: row.content,
        director: {
            investigation: { ...emptyDirectorInput.investigation, ...(row.investigation ?? {}) },
            analysis: row.analysis,
            measures: row.measures,
        },
        confirmedById: row.confirmedById,
        confirmedAt: row.confirmedAt,
        contentHash: row.contentHash,
        cardOutboxId: row.cardOutboxId,
        createdAt: row.createdAt,
    };
}
export function weeklyReportRepository(client) {
    return {
        async find(unitId, periodStart) {
            const row = await client.weeklyReport.findUnique({ where: { unitId_periodStart: { unitId, periodStart } } });
            return row ? toRecord(row) : null;
        },
        async get(reportId) {
            const row = await client.weeklyReport.findUnique({ where: { id: reportId } });
            return row ? toRecord(row) : null;
        },
        async create(report) {
            return toRecord(await client.weeklyReport.create({ data: { ...report, content: report.content, status: 'draft', investigation: { ...emptyDirectorInput.investigation } } }));
        },
        async saveDirectorInput(reportId, input) {
            await client.weeklyReport.update({ where: { id: reportId }, data: { investigation: input.investigation, analysis: input.analysis, measures: input.measures } });
        },
        async confirm(reportId, confirmation) {
            await client.weeklyReport.update({
                where: { id: reportId },
                data: {
                    status: 'confirmed',
                    content: confirmation.content,
                    investigation: confirmation.director.investigation,
                    analysis: confirmation.director.analysis,
                    measures: confirmation.director.measures,
                    confirmedById: confirmation.confirmedById,
                    confirmedAt: confirmation.confirmedAt,
                    contentHash: confirmation.contentHash,
                },
            });
        },
        async setCard(reportId, outboxId) {
            await client.weeklyReport.update({ where: { id: reportId }, data: { cardOutboxId: outboxId } });
        },
        async latest(unitId) {
            const row = await client.weeklyReport.findFirst({ where: { unitId }, orderBy: { periodStart: 'desc' } });
            return row ? toRecord(row) : null;
        },
        async drafts() {
            return (await client.weeklyReport.findMany({ where: { status: 'draft' }, orderBy: { periodStart: 'asc' } })).map(toRecord);
        },
        async between(unitId, from, to) {
            return (await client.weeklyReport.findMany({ where: { unitId, periodStart: { lte: to }, periodEnd: { gte: from } }, orderBy: { periodStart: 'asc' } })).map(toRecord);
        },
    };
}
//# sourceMappingURL=weekly-report-repository.js.map