import { chainHash, genesisHash } from '../../domain/archive/audit-chain.ts';
import type { AuditRepository } from '../../ports/audit-repository.ts';
import type { TransactionClient } from '../transaction-client.ts';

/**
 * Appends to the hash chain. On PostgreSQL two transactions could read the same tail and fork the chain, so the
 * append takes a transaction-scoped advisory lock; SQLite already serialises writers.
 */
export function auditRepository(client: TransactionClient, provider: 'sqlite' | 'postgresql'): AuditRepository {
  const lockTail = async () => {
    if (provider === 'postgresql') await client.$executeRawUnsafe('SELECT pg_advisory_xact_lock(7501760)');
  };
  return {
    async append(fact) {
      await lockTail();
      const tail = await client.auditEntry.findFirst({ orderBy: { sequence: 'desc' }, select: { hash: true } });
      const previousHash = tail?.hash ?? genesisHash;
      await client.auditEntry.create({ data: { ...fact, previousHash, hash: chainHash(previousHash, fact) } });
    },
    async head() {
      await lockTail();
      return client.auditEntry.findFirst({ orderBy: { sequence: 'desc' }, select: { sequence: true, hash: true } });
    },
  };
}
