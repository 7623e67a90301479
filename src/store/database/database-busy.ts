/** The SQLite result code behind an error, however Prisma or its adapter wrapped it. */
function sqliteCodeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const candidate = error as { code?: unknown; cause?: { originalCode?: unknown }; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } };
  for (const code of [candidate.meta?.driverAdapterError?.cause?.originalCode, candidate.cause?.originalCode, candidate.code]) {
    if (typeof code === 'string' && code.startsWith('SQLITE_')) return code;
  }
  return undefined;
}

/**
 * True when SQLite refused because another connection held the lock (SQLITE_BUSY and its variants): nothing of the
 * failed statement or transaction was written, and the same work may be tried again. Prisma reports it as the
 * misleading "Operation has timed out" (P1008).
 */
export function isDatabaseBusy(error: unknown): boolean {
  return sqliteCodeOf(error)?.startsWith('SQLITE_BUSY') === true;
}
