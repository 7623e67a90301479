import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { parseDatabaseUrl } from './database-url.ts';
import type { DatabaseLocation } from './database-url.ts';
import { explainMigrationError } from './explain-migration-error.ts';
import { withPostgresqlMigrationLock } from './postgresql-migration-lock.ts';
import { providerPaths } from './prisma-paths.ts';
import { readMigrations } from './read-migrations.ts';
import { withSchemaEngine } from './schema-engine.ts';
import { enableWriteAheadLog, sqliteBusyTimeoutMilliseconds } from './sqlite-file.ts';
import { withSqliteMigrationLock } from './sqlite-migration-lock.ts';

export interface ApplyMigrationsOptions {
  // Another migrations folder of the same provider; tests use it to stage a broken migration.
  migrationsFolder?: string;
}

async function deploy(location: DatabaseLocation, migrationsFolder: string): Promise<string[]> {
  const migrationsList = await readMigrations(migrationsFolder);
  const factory =
    location.provider === 'sqlite'
      ? new PrismaBetterSqlite3({ url: location.filePath, timeout: sqliteBusyTimeoutMilliseconds })
      : new PrismaPg({ connectionString: location.url });
  const filters = { externalTables: [], externalEnums: [] };
  return withSchemaEngine(providerPaths(location.provider).schemaPath, factory, async (engine) => {
    try {
      return (await engine.applyMigrations({ migrationsList, filters })).appliedMigrationNames;
    } catch (error) {
      // The engine's error names the failed migration only for some failures; the migrations table always does.
      const diagnosis = await engine
        .diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters })
        .catch(() => undefined);
      throw explainMigrationError(error, location.provider, diagnosis?.failedMigrationNames.at(-1));
    }
  });
}

// `prisma migrate deploy`, run in-process at every start: applies the migrations the database lacks, in name order,
// and returns their names (empty when it was up to date). Concurrent starts against one database take turns behind
// a lock, so the later one finds the work done instead of repeating it. Failures are MigrationError with the cause
// and what to do about it.
export async function applyMigrations(databaseUrl: string, options: ApplyMigrationsOptions = {}): Promise<string[]> {
  const location = parseDatabaseUrl(databaseUrl);
  const migrationsFolder = options.migrationsFolder ?? providerPaths(location.provider).migrationsFolder;
  try {
    if (location.provider === 'sqlite') {
      const { filePath } = location;
      return await withSqliteMigrationLock(filePath, async () => {
        enableWriteAheadLog(filePath);
        return deploy(location, migrationsFolder);
      });
    }
    return await withPostgresqlMigrationLock(location.url, () => deploy(location, migrationsFolder));
  } catch (error) {
    throw explainMigrationError(error, location.provider);
  }
}
