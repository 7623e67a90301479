import { canonicalJson, sha256Hex } from './canonical-hash.ts';

export const genesisHash = '0'.repeat(64);

export interface AuditFact {
  at: Date;
  unitId: string | null;
  actor: string;
  action: string;
  recordType: string;
  recordId: string;
  contentHash: string;
}

/** Each entry's hash covers the previous one: editing, inserting or removing any entry breaks every later link. */
export function chainHash(previousHash: string, fact: AuditFact): string {
  return sha256Hex(`${previousHash}\n${canonicalJson(fact)}`);
}
