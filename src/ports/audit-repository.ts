import type { AuditFact } from '../domain/archive/audit-chain.ts';

export interface AuditRepository {
  append(fact: AuditFact): Promise<void>;
}
