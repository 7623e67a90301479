export function recordCardRepository(client) {
    return {
        async add(recordType, recordId, personId, outboxId) {
            await client.recordCard.create({ data: { recordType, recordId, personId, outboxId } });
        },
        async of(recordType, recordId) {
            return client.recordCard.findMany({ where: { recordType, recordId }, select: { personId: true, outboxId: true }, orderBy: { createdAt: 'asc' } });
        },
    };
}
//# sourceMappingURL=record-card-repository.js.map