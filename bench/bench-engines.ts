import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createScratchDatabase, postgresInstalled, type PostgresServer, startPostgresServer } from '../test/support/postgres-server.ts';

export type Engine = 'SQLite' | 'PostgreSQL';

export interface FreshDatabase {
  url: string;
  remove(): Promise<void>;
}

/** Fresh, empty databases for each measurement: a file in a temporary folder, or a database on one throw-away server. */
export class BenchEngines {
  private postgres: Promise<PostgresServer> | undefined;

  readonly engines: Engine[] = postgresInstalled() || process.env.TEST_POSTGRES_URL ? ['SQLite', 'PostgreSQL'] : ['SQLite'];

  async fresh(engine: Engine): Promise<FreshDatabase> {
    if (engine === 'SQLite') {
      const folder = await mkdtemp(path.join(tmpdir(), 'qs-bench-'));
      return { url: `file:${path.join(folder, 'qs.db')}`, remove: () => rm(folder, { recursive: true, force: true }) };
    }
    const serverUrl = process.env.TEST_POSTGRES_URL ?? (await (this.postgres ??= startPostgresServer())).url;
    const scratch = await createScratchDatabase(serverUrl, 'qs_bench');
    return { url: scratch.url, remove: () => scratch.drop() };
  }

  async close(): Promise<void> {
    if (this.postgres) await (await this.postgres).stop();
  }
}
