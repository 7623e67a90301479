export function createInboundEventLog(client) {
    return {
        async record(delivery) {
            try {
                await client.inboundEvent.create({
                    data: { key: delivery.key, eventType: delivery.eventType, payload: delivery.payload, status: 'received', receivedAt: delivery.receivedAt },
                });
                return true;
            }
            catch (error) {
                if (error.code === 'P2002')
                    return false;
                throw error;
            }
        },
        async markProcessed(key, at) {
            await client.inboundEvent.update({ where: { key }, data: { status: 'processed', processedAt: at, attempts: { increment: 1 }, lastError: null } });
        },
        async markFailed(key, error) {
            await client.inboundEvent.update({ where: { key }, data: { status: 'failed', attempts: { increment: 1 }, lastError: error } });
        },
        async inProgressCount() {
            return client.inboundEvent.count({ where: { status: 'received' } });
        },
        async unfinished({ limit, maximumAttempts, receivedBefore }) {
            const rows = await client.inboundEvent.findMany({
                where: { status: { in: ['failed', 'received'] }, attempts: { lt: maximumAttempts }, receivedAt: { lte: receivedBefore } },
                orderBy: { receivedAt: 'asc' },
                take: limit,
                select: { key: true, eventType: true, payload: true, attempts: true },
            });
            return rows;
        },
    };
}
//# sourceMappingURL=inbound-event-log.js.map