import { postgresInstalled, type PostgresServer, startPostgresServer } from './postgres-server.ts';

let server: PostgresServer | undefined;

/**
 * The PostgreSQL tests need a server. When TEST_POSTGRES_URL is not given and Debian's PostgreSQL is installed
 * (`.ci/run` installs it), one throw-away server is started for the whole run; without either they are skipped.
 */
export async function setup(): Promise<void> {
  if (process.env.TEST_POSTGRES_URL || !postgresInstalled()) return;
  server = await startPostgresServer();
  process.env.TEST_POSTGRES_URL = server.url;
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
