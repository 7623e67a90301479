import { describe, expect, it } from 'vitest';
import { type AuditFact, chainHash, genesisHash } from '../../src/domain/archive/audit-chain.ts';
import type { AuditRow } from '../../src/ports/archive-rows.ts';
import { chainVerifier } from '../../src/use-cases/archive/verify-records.ts';

function chain(sequences: number[]): AuditRow[] {
  const rows: AuditRow[] = [];
  for (const sequence of sequences) {
    const fact: AuditFact = { at: new Date('2026-11-02T01:00:00Z'), unitId: 'acme-plant', actor: 'system', action: 'daily-check.submitted', recordType: 'daily-check', recordId: `check-${sequence}#1`, contentHash: 'ab'.repeat(32) };
    const previousHash = rows.at(-1)?.hash ?? genesisHash;
    rows.push({ ...fact, sequence, previousHash, hash: chainHash(previousHash, fact) });
  }
  return rows;
}

const problemsOf = (rows: AuditRow[]) => {
  const verifier = chainVerifier();
  return rows.flatMap((row) => verifier.check(row));
};

describe('the audit chain check', () => {
  it('accepts a sequence number skipped by an append that rolled back, since every entry still links', () => {
    expect(problemsOf(chain([1, 2, 4, 5]))).toEqual([]);
  });

  it('names the entries deleted from the middle and the entry that no longer links', () => {
    const rows = chain([1, 2, 3, 4, 5]);
    expect(problemsOf([rows[0]!, rows[1]!, rows[3]!, rows[4]!])).toEqual([
      { record: '审计记录第 3–3 条', problem: '已被删除，审计链断开' },
      { record: '审计记录第 4 条（daily-check.submitted check-4#1）', problem: '与前一条记录的链接不符，前面的记录被改动或删除过' },
    ]);
  });
});
