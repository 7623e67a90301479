import { chainHash, genesisHash } from "../../domain/archive/audit-chain.js";
/**
 * Appends to the hash chain. On PostgreSQL two transactions could read the same tail and fork the chain, so the
 * append takes a transaction-scoped advisory lock; SQLite already serialises writers.
 */
export function auditRepository(client, provider) {
    return {
        async append(fact) {
            if (provider === 'postgresql')
                await client.$executeRawUnsafe('SELECT pg_advisory_xact_lock(7501760)');
            const tail = await client.auditEntry.findFirst({ orderBy: { sequence: 'desc' }, select: { hash: true } });
            const previousHash = tail?.hash ?? genesisHash;
            await client.auditEntry.create({ data: { ...fact, previousHash, hash: chainHash(previousHash, fact) } });
        },
    };
}
//# sourceMappingURL=audit-repository.js.map