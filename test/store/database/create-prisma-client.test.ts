import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/store/database/apply-migrations.ts';
import { createPrismaClient, inTransaction, inWriteTransaction } from '../../../src/store/database/create-prisma-client.ts';
import type { DatabaseClient } from '../../../src/store/database/create-prisma-client.ts';

const run = promisify(execFile);
const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const clientModule = fileURLToPath(new URL('../../../src/store/database/create-prisma-client.ts', import.meta.url));

function unitRow(id: string) {
  return {
    id,
    name: `测试单位 ${id}`,
    kind: 'producer',
    staff: 120,
    revenueWan: 8000.5,
    licences: ['全国工业产品生产许可证'],
    grade: 'B',
    directorRequired: true,
    timeZone: 'Asia/Shanghai',
    shiftTimes: [],
  };
}

const folders: string[] = [];
const otherConnections: Sqlite.Database[] = [];
const clients: DatabaseClient[] = [];

async function migratedDatabaseUrl(): Promise<string> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'qs-client-'));
  folders.push(folder);
  const databaseUrl = `file:${path.join(folder, 'qs.db')}`;
  await applyMigrations(databaseUrl);
  return databaseUrl;
}

function connect(databaseUrl: string): DatabaseClient {
  const client = createPrismaClient(databaseUrl);
  clients.push(client);
  return client;
}

/** Another process's connection, which gives up at once instead of waiting for a lock. */
function otherProcess(databaseUrl: string): Sqlite.Database {
  const connection = new Sqlite(databaseUrl.slice('file:'.length), { timeout: 0 });
  otherConnections.push(connection);
  return connection;
}

function insertUnit(connection: Sqlite.Database, id: string): void {
  connection
    .prepare(`INSERT INTO "Unit" ("id", "name", "kind", "staff", "revenueWan", "licences", "grade", "directorRequired", "timeZone", "shiftTimes", "createdAt", "updatedAt") VALUES (?, ?, 'producer', 1, 1, '[]', 'D', 0, 'Asia/Shanghai', '[]', ?, ?)`)
    .run(id, `测试单位 ${id}`, new Date().toISOString(), new Date().toISOString());
}

afterEach(async () => {
  for (const connection of otherConnections.splice(0)) connection.close();
  await Promise.all(clients.splice(0).map((client) => client.$disconnect()));
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the Prisma client on SQLite', () => {
  it('writes a unit and reads it back with its defaults, lists and dates', async () => {
    const client = connect(await migratedDatabaseUrl());

    await client.unit.create({ data: unitRow('unit-1') });
    const unit = await client.unit.findUniqueOrThrow({ where: { id: 'unit-1' } });

    expect(unit).toMatchObject({ name: '测试单位 unit-1', revenueWan: 8000.5, licences: ['全国工业产品生产许可证'], pushTime: '08:30', weeklyDay: 5 });
    expect(unit.createdAt).toBeInstanceOf(Date);
  });

  it('a transaction that fails part-way leaves nothing behind', async () => {
    const client = connect(await migratedDatabaseUrl());

    const failing = inTransaction(client, async (transaction) => {
      await transaction.unit.create({ data: unitRow('unit-1') });
      await transaction.unit.create({ data: unitRow('unit-1') });
    });

    await expect(failing).rejects.toThrow(/Unique constraint/);
    expect(await client.unit.count()).toBe(0);
  });

  it('a command in another process can write while the service is in the middle of a transaction', async () => {
    const databaseUrl = await migratedDatabaseUrl();
    const service = connect(databaseUrl);
    await service.unit.create({ data: unitRow('from-service') });
    const script = `import { createPrismaClient } from ${JSON.stringify(clientModule)};
const client = createPrismaClient(process.argv[1]);
await client.unit.create({ data: JSON.parse(process.argv[2]) });
process.stdout.write(String(await client.unit.count()));
await client.$disconnect();`;

    const countSeenByCommand = await inTransaction(service, async (transaction) => {
      await transaction.unit.count();
      const command = await run(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', script, databaseUrl, JSON.stringify(unitRow('from-command'))],
        { cwd: projectRoot },
      );
      return command.stdout;
    });

    expect(countSeenByCommand).toBe('2');
    expect((await service.unit.findMany({ orderBy: { id: 'asc' } })).map((unit) => unit.id)).toEqual(['from-command', 'from-service']);
  });

  it('a unit of work that reads and then writes holds the write lock from its start, so nobody writes in between', async () => {
    const databaseUrl = await migratedDatabaseUrl();
    const service = connect(databaseUrl);
    const command = otherProcess(databaseUrl);
    let commandRefused: unknown;

    await inWriteTransaction(service, async (transaction) => {
      const count = await transaction.unit.count();
      try {
        insertUnit(command, 'from-command');
      } catch (error) {
        commandRefused = error;
      }
      // Had the command's row gone in, SQLite would refuse this write at once (SQLITE_BUSY_SNAPSHOT): the count read
      // above would be stale.
      await transaction.unit.create({ data: unitRow(`unit-${count + 1}`) });
    });

    expect(commandRefused).toMatchObject({ code: 'SQLITE_BUSY' });
    insertUnit(command, 'from-command');
    expect((await service.unit.findMany({ orderBy: { id: 'asc' } })).map((unit) => unit.id)).toEqual(['from-command', 'unit-1']);
  });

  it('a transaction that only reads leaves another process free to write', async () => {
    const databaseUrl = await migratedDatabaseUrl();
    const service = connect(databaseUrl);
    const command = otherProcess(databaseUrl);

    const countInSnapshot = await inTransaction(service, async (transaction) => {
      const before = await transaction.unit.count();
      insertUnit(command, 'from-command');
      return [before, await transaction.unit.count()];
    });

    expect(countInSnapshot).toEqual([0, 0]);
    expect(await service.unit.count()).toBe(1);
  });

  it('a write made outside a transaction waits for the transaction open at the time, and outlives its rollback', async () => {
    const client = connect(await migratedDatabaseUrl());
    await client.unit.create({ data: unitRow('unit-1') });
    let outside: Promise<unknown> | undefined;
    let outsideDoneWhileOpen = false;

    const failing = inWriteTransaction(client, async (transaction) => {
      await transaction.unit.create({ data: unitRow('unit-2') });
      outside = client.unit.update({ where: { id: 'unit-1' }, data: { staff: 121 } });
      // Long enough for the write to go through were it let in: the driver answers within a few turns of the loop.
      const done = outside.then(() => true);
      for (let turn = 0; turn < 100 && !outsideDoneWhileOpen; turn += 1) {
        outsideDoneWhileOpen = await Promise.race([done, new Promise<false>((resolve) => setImmediate(() => resolve(false)))]);
      }
      throw new Error('the unit of work fails');
    });

    await expect(failing).rejects.toThrow('the unit of work fails');
    await outside;
    expect(outsideDoneWhileOpen).toBe(false);
    expect(await client.unit.findMany({ select: { id: true, staff: true } })).toEqual([{ id: 'unit-1', staff: 121 }]);
  });
});
