import { countInChunks, inChunks } from "./query-chunks.js";
const oldestFirst = [{ createdAt: 'asc' }, { id: 'asc' }];
// How many pending rows one look at the queue considers; far more than are ever pending outside an outage, and a bound
// on the work of a poll during one.
const scanLimit = 5000;
export function createOutboxQueue(client) {
    async function cardStates(outboxIds) {
        if (outboxIds.length === 0)
            return new Map();
        const rows = await inChunks([...new Set(outboxIds)], (ids) => client.outboxMessage.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, larkMessageId: true } }));
        return new Map(rows.map((row) => [row.id, { status: row.status, larkMessageId: row.larkMessageId }]));
    }
    return {
        async due(now, limit) {
            const pending = await client.outboxMessage.findMany({
                where: { status: 'pending' },
                orderBy: oldestFirst,
                take: scanLimit,
                select: { id: true, operation: true, receiveId: true, targetOutboxId: true, nextAttemptAt: true },
            });
            const cards = await cardStates(pending.flatMap((row) => (row.operation === 'patch' && row.targetOutboxId ? [row.targetOutboxId] : [])));
            // A person (or a card) whose oldest pending message cannot go yet gets nothing newer either.
            const waiting = new Set();
            const chosen = [];
            for (const row of pending) {
                if (chosen.length >= limit)
                    break;
                const key = row.receiveId ?? (row.targetOutboxId ? `card:${row.targetOutboxId}` : row.id);
                const cardNotSentYet = row.operation === 'patch' && row.targetOutboxId !== null && cards.get(row.targetOutboxId)?.status === 'pending';
                if (waiting.has(key) || row.nextAttemptAt > now || cardNotSentYet) {
                    waiting.add(key);
                    continue;
                }
                chosen.push(row.id);
            }
            if (chosen.length === 0)
                return [];
            const rows = await client.outboxMessage.findMany({
                where: { id: { in: chosen }, status: 'pending' },
                orderBy: oldestFirst,
                select: { id: true, uuid: true, operation: true, receiveId: true, targetOutboxId: true, content: true, fileName: true, fileBytes: true, attempts: true, createdAt: true },
            });
            return rows.map((row) => ({
                ...row,
                operation: row.operation,
                target: row.targetOutboxId === null ? null : (cards.get(row.targetOutboxId) ?? null),
            }));
        },
        async markSent(id, larkMessageId, at) {
            await client.outboxMessage.update({ where: { id }, data: { status: 'sent', larkMessageId, sentAt: at, attempts: { increment: 1 }, lastError: null } });
        },
        async markRetry(id, attempts, nextAttemptAt, error) {
            await client.outboxMessage.update({ where: { id }, data: { attempts, nextAttemptAt, lastError: error } });
        },
        async markFailed(id, attempts, error) {
            await client.outboxMessage.update({ where: { id }, data: { status: 'failed', attempts, lastError: error } });
        },
        async supersedeOutdatedUpdates() {
            const pendingUpdates = await client.outboxMessage.findMany({
                where: { status: 'pending', operation: 'patch', targetOutboxId: { not: null } },
                select: { id: true, targetOutboxId: true },
            });
            if (pendingUpdates.length === 0)
                return 0;
            const newestFirst = await inChunks([...new Set(pendingUpdates.map((update) => update.targetOutboxId))], (targets) => client.outboxMessage.findMany({
                where: { operation: 'patch', status: { in: ['pending', 'sent'] }, targetOutboxId: { in: targets } },
                orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
                select: { id: true, targetOutboxId: true },
            }));
            const newest = new Map();
            for (const update of newestFirst)
                if (!newest.has(update.targetOutboxId))
                    newest.set(update.targetOutboxId, update.id);
            const outdated = pendingUpdates.filter((update) => newest.get(update.targetOutboxId) !== update.id).map((update) => update.id);
            if (outdated.length === 0)
                return 0;
            return countInChunks(outdated, (ids) => client.outboxMessage.updateMany({ where: { id: { in: ids }, status: 'pending' }, data: { status: 'superseded' } }));
        },
        async pendingCount() {
            return client.outboxMessage.count({ where: { status: 'pending' } });
        },
    };
}
//# sourceMappingURL=outbox-queue.js.map