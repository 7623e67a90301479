/**
 * The head of the audit chain at a moment, sent in chat so that a record outside the database (Lark's message
 * history) witnesses how long the chain was: cutting the chain's tail cannot then pass unnoticed.
 */
export interface AuditSeal {
  sequence: number;
  hash: string;
}

export function sealText(seal: AuditSeal): string {
  return `${seal.sequence}:${seal.hash}`;
}

/** `<sequence>:<sha256 hex>`, as the bot sends it; anything else is not a seal. */
export function parseSeal(text: string): AuditSeal | undefined {
  const match = /^\s*(\d{1,15}):([0-9a-fA-F]{64})\s*$/.exec(text);
  if (!match) return undefined;
  const sequence = Number(match[1]);
  return sequence >= 1 ? { sequence, hash: match[2]!.toLowerCase() } : undefined;
}

/**
 * Checks seals against the chain as its entries stream past, oldest first: each sealed entry must still be there,
 * with the hash the seal holds.
 */
export function sealChecker(seals: readonly AuditSeal[]): {
  see(entry: AuditSeal): string | undefined;
  missing(): string[];
} {
  const awaited = new Map(seals.map((seal) => [seal.sequence, seal]));
  return {
    see(entry) {
      const seal = awaited.get(entry.sequence);
      if (!seal) return undefined;
      awaited.delete(entry.sequence);
      return seal.hash === entry.hash ? undefined : `审计记录第 ${seal.sequence} 条的哈希与封存值 ${sealText(seal)} 不符：该记录或它之前的记录被改动过`;
    },
    missing() {
      return [...awaited.values()].map(
        (seal) => `审计链中已没有第 ${seal.sequence} 条记录：封存值 ${sealText(seal)} 证明它曾经存在，审计链的末尾被截去或该记录被删除`,
      );
    },
  };
}
