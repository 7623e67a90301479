export function jobRunRepository(client) {
    return {
        async claim(job, unitId, period, at) {
            const existing = await client.jobRun.findUnique({ where: { job_unitId_period: { job, unitId, period } }, select: { id: true } });
            if (existing)
                return false;
            await client.jobRun.create({ data: { job, unitId, period, startedAt: at } });
            return true;
        },
        async hasRun(job, unitId, period) {
            return (await client.jobRun.findUnique({ where: { job_unitId_period: { job, unitId, period } }, select: { id: true } })) !== null;
        },
        async record(job, unitId, period, at) {
            await client.jobRun.upsert({ where: { job_unitId_period: { job, unitId, period } }, create: { job, unitId, period, startedAt: at, finishedAt: at }, update: {} });
        },
        async finish(job, unitId, period, at) {
            await client.jobRun.update({ where: { job_unitId_period: { job, unitId, period } }, data: { finishedAt: at } });
        },
    };
}
//# sourceMappingURL=job-run-repository.js.map