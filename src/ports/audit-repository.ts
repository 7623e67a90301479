import type { AuditFact } from '../domain/archive/audit-chain.ts';
import type { AuditSeal } from '../domain/archive/audit-seal.ts';

export interface AuditRepository {
  append(fact: AuditFact): Promise<void>;
  /** The chain's last entry, as a seal; null while the chain is empty. No append can come between it and this transaction's next. */
  head(): Promise<AuditSeal | null>;
}
