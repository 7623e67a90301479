import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import Database from 'better-sqlite3';
import { parseDatabaseUrl } from "./database-url.js";
import { explainMigrationError } from "./explain-migration-error.js";
import { withPostgresqlMigrationLock } from "./postgresql-migration-lock.js";
import { providerPaths } from "./prisma-paths.js";
import { readMigrations } from "./read-migrations.js";
import { withSchemaEngine } from "./schema-engine.js";
import { enableWriteAheadLog, sqliteBusyTimeoutMilliseconds } from "./sqlite-file.js";
import { withSqliteMigrationLock } from "./sqlite-migration-lock.js";
// The schema engine sets `locking_mode=EXCLUSIVE` on SQLite, which fails with SQLITE_BUSY while any other process has
// the file open, such as the running service when a CLI command starts. So the engine is only woken when a migration
// is actually missing; a database that is up to date is left alone.
function isSqliteUpToDate(filePath, migrationsList) {
    const database = new Database(filePath, { readonly: true, fileMustExist: true, timeout: sqliteBusyTimeoutMilliseconds });
    try {
        const table = database.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
        if (table === undefined)
            return false;
        const rows = database
            .prepare('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL')
            .all();
        const applied = new Set(rows.map((row) => row.migration_name));
        return migrationsList.migrationDirectories.every((directory) => applied.has(directory.path));
    }
    finally {
        database.close();
    }
}
async function deploy(location, migrationsFolder) {
    const migrationsList = await readMigrations(migrationsFolder);
    if (location.provider === 'sqlite' && isSqliteUpToDate(location.filePath, migrationsList))
        return [];
    const factory = location.provider === 'sqlite'
        ? new PrismaBetterSqlite3({ url: location.filePath, timeout: sqliteBusyTimeoutMilliseconds })
        : new PrismaPg({ connectionString: location.url });
    const filters = { externalTables: [], externalEnums: [] };
    return withSchemaEngine(providerPaths(location.provider).schemaPath, factory, async (engine) => {
        try {
            return (await engine.applyMigrations({ migrationsList, filters })).appliedMigrationNames;
        }
        catch (error) {
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
export async function applyMigrations(databaseUrl, options = {}) {
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
    }
    catch (error) {
        throw explainMigrationError(error, location.provider);
    }
}
//# sourceMappingURL=apply-migrations.js.map