import { AsyncLocalStorage } from 'node:async_hooks';
import type { IsolationLevel, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';

/**
 * Who may use the one connection: transactions one after another, in the order they asked; a statement made outside a
 * transaction whenever none is open. Statements go ahead of transactions still waiting, since each is short, and a
 * sender or receiver reading between a job's batches should not wait for all of them.
 */
class ConnectionTurns {
  private lastTransaction: Promise<void> = Promise.resolve();
  private open: Promise<void> | undefined;

  /** Runs a statement once no transaction is open. `run` must reach the driver synchronously, as better-sqlite3 does. */
  async statement<Result>(run: () => Promise<Result>): Promise<Result> {
    while (this.open) await this.open;
    return run();
  }

  /** Resolves when the caller's transaction may begin, with the function that ends it. */
  async transaction(): Promise<() => void> {
    let endTurn!: () => void;
    const turnEnded = new Promise<void>((resolve) => {
      endTurn = resolve;
    });
    const previous = this.lastTransaction;
    this.lastTransaction = turnEnded;
    await previous;
    let close!: () => void;
    this.open = new Promise<void>((resolve) => {
      close = resolve;
    });
    return () => {
      this.open = undefined;
      close();
      // The next transaction begins only after the event loop has turned once: the driver is synchronous, and a job
      // writing batch after batch would otherwise keep HTTP answers and Lark's replies waiting until its last batch.
      setImmediate(endTurn);
    };
  }
}

const writing = new AsyncLocalStorage<true>();

/**
 * Runs `start` so that a transaction it starts on SQLite holds the write lock from its BEGIN (`BEGIN IMMEDIATE`).
 * Prisma passes nothing of the caller's intent down to the adapter, hence the asynchronous context.
 */
export function startingAsWriter<Result>(start: () => Promise<Result>): Promise<Result> {
  return writing.run(true, start);
}

function statement(sql: string): SqlQuery {
  return { sql, args: [], argTypes: [] };
}

/** A transaction of the wrapped adapter whose end also ends the turn it was started in. */
function endingTurn(transaction: Transaction, endTurn: () => void): Transaction {
  return {
    provider: transaction.provider,
    adapterName: transaction.adapterName,
    options: transaction.options,
    queryRaw: (query) => transaction.queryRaw(query),
    executeRaw: (query) => transaction.executeRaw(query),
    async commit() {
      try {
        await transaction.commit();
      } finally {
        endTurn();
      }
    },
    async rollback() {
      try {
        await transaction.rollback();
      } finally {
        endTurn();
      }
    },
  };
}

/**
 * Two corrections to Prisma's SQLite adapter, which keeps one connection per client.
 *
 * It starts every transaction with a plain (deferred) `BEGIN`: the transaction reads under a snapshot and asks for
 * the write lock only at its first write. When another process (the service, a `qs` command) has written since that
 * snapshot, SQLite cannot let it write without losing that change and answers SQLITE_BUSY at once — the busy timeout
 * never applies. A transaction started through `startingAsWriter` begins `IMMEDIATE` instead: it takes the write lock
 * first, waiting its turn behind another process's writer, and then reads what that one wrote. Other transactions stay
 * deferred, so a long read (an export) does not hold other processes' writers back.
 *
 * It also runs statements made outside a transaction on the connection while another caller's transaction is open
 * there: they became part of that transaction and were lost when it rolled back (a delivery already acknowledged to
 * Lark, a message marked sent). Here they wait for the transaction to end, as they would on a connection of their own.
 */
export function sqliteTransactions(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect(): Promise<SqlDriverAdapter> {
      const adapter = await factory.connect();
      const turns = new ConnectionTurns();
      return {
        provider: adapter.provider,
        adapterName: adapter.adapterName,
        queryRaw: (query) => turns.statement(() => adapter.queryRaw(query)),
        executeRaw: (query) => turns.statement(() => adapter.executeRaw(query)),
        executeScript: (script) => turns.statement(() => adapter.executeScript(script)),
        dispose: () => adapter.dispose(),
        async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
          const asWriter = writing.getStore() === true;
          const endTurn = await turns.transaction();
          let transaction: Transaction | undefined;
          try {
            transaction = await adapter.startTransaction(isolationLevel);
            if (asWriter) {
              // The adapter's deferred BEGIN has touched nothing yet, so it is replaced before any statement runs.
              await transaction.executeRaw(statement('ROLLBACK'));
              await transaction.executeRaw(statement('BEGIN IMMEDIATE'));
            }
            return endingTurn(transaction, endTurn);
          } catch (error) {
            // No transaction is open on the connection now: this only lets the adapter start the next one.
            await transaction?.rollback();
            endTurn();
            throw error;
          }
        },
      };
    },
  };
}
