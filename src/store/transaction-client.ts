import type { Prisma } from '../../generated/sqlite/client.ts';

/** The model API inside `$transaction`; both generated clients (SQLite, PostgreSQL) share it. */
export type TransactionClient = Prisma.TransactionClient;
