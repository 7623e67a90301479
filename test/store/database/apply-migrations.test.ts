import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/store/database/apply-migrations.ts';
import { diffSqliteMigrationsToSchema } from '../../../src/store/database/diff-migrations-to-schema.ts';
import { MigrationError } from '../../../src/store/database/explain-migration-error.ts';
import { providerPaths } from '../../../src/store/database/prisma-paths.ts';

const run = promisify(execFile);
const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const applyMigrationsModule = fileURLToPath(new URL('../../../src/store/database/apply-migrations.ts', import.meta.url));
const committedMigrations = readdirSync(providerPaths('sqlite').migrationsFolder, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const folders: string[] = [];
function temporaryFolder(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'qs-migrate-'));
  folders.push(folder);
  return folder;
}

function tableNames(filePath: string): string[] {
  const database = new Database(filePath, { readonly: true });
  try {
    const rows = database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    return rows.map((row) => row.name);
  } finally {
    database.close();
  }
}

// Another process, as a second service instance or `npm run qs` would be.
async function applyMigrationsInChildProcess(databaseUrl: string): Promise<string[]> {
  const script = `import { applyMigrations } from ${JSON.stringify(applyMigrationsModule)};
process.stdout.write(JSON.stringify(await applyMigrations(process.argv[1])));
process.exit(0);`;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, databaseUrl], { cwd: projectRoot });
  return JSON.parse(stdout) as string[];
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('applying migrations to SQLite at start-up', () => {
  it('a fresh database file gets every table, and the next start applies nothing', async () => {
    const filePath = path.join(temporaryFolder(), 'data', 'qs.db');

    expect(await applyMigrations(`file:${filePath}`)).toEqual(committedMigrations);
    expect(tableNames(filePath)).toEqual(
      expect.arrayContaining(['Unit', 'Person', 'DailyCheck', 'Hazard', 'OutboxMessage', 'InboundEvent', 'AuditEntry', 'JobRun', '_prisma_migrations']),
    );
    expect(await applyMigrations(`file:${filePath}`)).toEqual([]);
  });

  it('two starts at the same moment on a new file both succeed, and the migrations run once', async () => {
    const filePath = path.join(temporaryFolder(), 'qs.db');

    const results = await Promise.all([applyMigrations(`file:${filePath}`), applyMigrations(`file:${filePath}`)]);

    expect(results.flat()).toEqual(committedMigrations);
    expect(await applyMigrations(`file:${filePath}`)).toEqual([]);
  });

  it('two processes starting at the same moment on a new file both succeed, and the migrations run once', async () => {
    const filePath = path.join(temporaryFolder(), 'qs.db');

    const results = await Promise.all([applyMigrationsInChildProcess(`file:${filePath}`), applyMigrationsInChildProcess(`file:${filePath}`)]);

    expect(results.flat()).toEqual(committedMigrations);
    expect(await applyMigrations(`file:${filePath}`)).toEqual([]);
  });

  it('a failed migration stops later starts with its name and how to resolve it, and the documented fix works', async () => {
    const folder = temporaryFolder();
    const migrationsFolder = path.join(folder, 'migrations');
    cpSync(providerPaths('sqlite').migrationsFolder, migrationsFolder, { recursive: true });
    const brokenFolder = path.join(migrationsFolder, '29991231000000_add_region');
    mkdirSync(brokenFolder);
    writeFileSync(path.join(brokenFolder, 'migration.sql'), 'ALTER TABLE "Unit" ADD COLUMN "region" TEXT;\nALTER TABLE "NoSuchTable" ADD COLUMN "x" TEXT;\n');
    const databaseUrl = `file:${path.join(folder, 'qs.db')}`;

    const firstStart = applyMigrations(databaseUrl, { migrationsFolder });
    await expect(firstStart).rejects.toThrow(MigrationError);
    await expect(firstStart).rejects.toThrow(/迁移 29991231000000_add_region 执行失败：.*NoSuchTable/);

    const secondStart: unknown = await applyMigrations(databaseUrl, { migrationsFolder }).catch((failure: unknown) => failure);
    expect(secondStart).toBeInstanceOf(MigrationError);
    const error = secondStart as MigrationError;
    expect(error.message).toMatch(/P3009.*29991231000000_add_region/);
    expect(error.migrationName).toBe('29991231000000_add_region');

    // What the message tells the operator to do: undo the partial change, mark the migration rolled back, restart.
    const resolveStatement = /UPDATE "_prisma_migrations" .*;/.exec(error.message)?.[0];
    expect(resolveStatement).toBeDefined();
    const database = new Database(path.join(folder, 'qs.db'));
    database.exec('ALTER TABLE "Unit" DROP COLUMN "region"');
    database.exec(resolveStatement!);
    database.close();
    writeFileSync(path.join(brokenFolder, 'migration.sql'), 'ALTER TABLE "Unit" ADD COLUMN "region" TEXT;\n');

    expect(await applyMigrations(databaseUrl, { migrationsFolder })).toEqual(['29991231000000_add_region']);
  });

  it('the committed migrations create exactly what prisma/schema.prisma describes (else run npm run db:migration)', async () => {
    expect(await diffSqliteMigrationsToSchema()).toBeNull();
  });
});
