import { readdirSync } from 'node:fs';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/store/database/apply-migrations.ts';
import { createPrismaClient } from '../../../src/store/database/create-prisma-client.ts';
import { diffPostgresqlMigrationsToSchema } from '../../../src/store/database/diff-migrations-to-schema.ts';
import { providerPaths } from '../../../src/store/database/prisma-paths.ts';
import { createScratchDatabase } from '../../support/postgres-server.ts';
import type { ScratchDatabase } from '../../support/postgres-server.ts';

const serverUrl = process.env.TEST_POSTGRES_URL;
const committedMigrations = readdirSync(providerPaths('postgresql').migrationsFolder, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

async function tableNames(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    return result.rows.map((row) => row.table_name);
  } finally {
    await client.end();
  }
}

describe.skipIf(!serverUrl)('PostgreSQL（需要 TEST_POSTGRES_URL 指向一个可建库的服务器，未设置时跳过）', () => {
  const databases: ScratchDatabase[] = [];
  async function emptyDatabase(): Promise<string> {
    const database = await createScratchDatabase(serverUrl!, 'qs_test');
    databases.push(database);
    return database.url;
  }
  afterAll(async () => {
    await Promise.all(databases.map((database) => database.drop()));
  });

  it('a fresh database gets every table, and the next start applies nothing', async () => {
    const url = await emptyDatabase();

    expect(await applyMigrations(url)).toEqual(committedMigrations);
    expect(await tableNames(url)).toEqual(expect.arrayContaining(['Unit', 'Person', 'DailyCheck', 'OutboxMessage', 'JobRun', '_prisma_migrations']));
    expect(await applyMigrations(url)).toEqual([]);
  });

  it('two starts at the same moment on a new database both succeed, and the migrations run once', async () => {
    const url = await emptyDatabase();

    const results = await Promise.all([applyMigrations(url), applyMigrations(url)]);

    expect(results.flat()).toEqual(committedMigrations);
  });

  it('the Prisma client writes a unit and reads it back', async () => {
    const url = await emptyDatabase();
    await applyMigrations(url);
    const client = createPrismaClient(url);
    try {
      await client.unit.create({
        data: {
          id: 'unit-1',
          name: '测试单位',
          kind: 'retailer',
          staff: 8,
          revenueWan: 120.25,
          licences: [],
          grade: 'D',
          directorRequired: false,
          timeZone: 'Asia/Shanghai',
          shiftTimes: ['08:00', '16:00'],
        },
      });
      const unit = await client.unit.findUniqueOrThrow({ where: { id: 'unit-1' } });
      expect(unit).toMatchObject({ name: '测试单位', revenueWan: 120.25, shiftTimes: ['08:00', '16:00'], controlMode: 'daily' });
      expect(unit.createdAt).toBeInstanceOf(Date);
    } finally {
      await client.$disconnect();
    }
  });

  it('the committed migrations create exactly what the schema describes (else run npm run db:migration)', async () => {
    expect(await diffPostgresqlMigrationsToSchema(await emptyDatabase())).toBeNull();
  });
});
