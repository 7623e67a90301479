import { describe, expect, it } from 'vitest';
import { parseSeal, sealChecker, sealText } from '../../../src/domain/archive/audit-seal.ts';

const hash = 'ab'.repeat(32);

describe('the audit chain seal', () => {
  it('reads back what it writes, and nothing else', () => {
    expect(parseSeal(sealText({ sequence: 42, hash }))).toEqual({ sequence: 42, hash });
    expect(parseSeal(` 42:${hash.toUpperCase()} `)).toEqual({ sequence: 42, hash });
    for (const text of ['', '42', `42:${hash.slice(1)}`, `0:${hash}`, `-1:${hash}`, `x:${hash}`, `42:${hash}g`]) expect(parseSeal(text), text).toBeUndefined();
  });

  it('passes when the sealed entry is in the chain with its hash', () => {
    const checker = sealChecker([{ sequence: 2, hash }]);
    expect([1, 2, 3].map((sequence) => checker.see({ sequence, hash: sequence === 2 ? hash : 'cd'.repeat(32) }))).toEqual([undefined, undefined, undefined]);
    expect(checker.missing()).toEqual([]);
  });

  it('names a sealed entry whose hash changed, and one no longer in the chain', () => {
    const checker = sealChecker([
      { sequence: 2, hash },
      { sequence: 9, hash },
    ]);
    expect(checker.see({ sequence: 1, hash })).toBeUndefined();
    expect(checker.see({ sequence: 2, hash: 'cd'.repeat(32) })).toContain(`审计记录第 2 条的哈希与封存值 2:${hash} 不符`);
    expect(checker.missing()).toEqual([expect.stringContaining(`审计链中已没有第 9 条记录：封存值 9:${hash}`)]);
  });
});
