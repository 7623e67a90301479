import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaClient } from '../../generated/sqlite/client.ts';
import { CommandError } from '../../src/cli/cli-context.ts';
import { failureReport } from '../../src/cli/failure-report.ts';
import { applyMigrations } from '../../src/store/database/apply-migrations.ts';

describe('what a command prints when it stops', () => {
  let folder: string;
  let filePath: string;
  let lockHolder: Sqlite.Database;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'qs-failure-report-'));
    filePath = path.join(folder, 'qs.db');
    await applyMigrations(`file:${filePath}`);
    // The service in the middle of a write.
    lockHolder = new Sqlite(filePath);
    lockHolder.exec('BEGIN IMMEDIATE');
  });
  afterAll(() => {
    lockHolder?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  /** What a command meets once it has waited out the busy timeout (shortened here to none). */
  const busyErrors = {
    'through Prisma': async () => {
      const client = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: filePath, timeout: 0 }) });
      try {
        await client.unit.deleteMany({});
      } finally {
        await client.$disconnect();
      }
    },
    'from the driver itself': async () => {
      const connection = new Sqlite(filePath, { timeout: 0 });
      try {
        connection.exec('DELETE FROM "Unit"');
      } finally {
        connection.close();
      }
    },
  };

  it.each(Object.entries(busyErrors))('a database kept busy by another process, %s: a sentence in Chinese, no stack, exit 75', async (_name, write) => {
    const error = await write().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    const report = failureReport(error);
    expect(report.text).toMatch(/^数据库正忙：.*请稍后重试/);
    expect(report.text).not.toMatch(/\bat /);
    expect(report.exitCode).toBe(75);
  });

  it('a refusal the person can fix is printed as worded, with its exit code', () => {
    expect(failureReport(new CommandError('用法：npm run qs -- org import <组织文件.yaml>', 2))).toEqual({ text: '用法：npm run qs -- org import <组织文件.yaml>', exitCode: 2 });
  });

  it('a fault keeps its stack, for the report to the developers', () => {
    const report = failureReport(new Error('something unexpected'));
    expect(report.text).toContain('something unexpected');
    expect(report.text).toContain('failure-report.test.ts');
    expect(report.exitCode).toBe(1);
  });
});
