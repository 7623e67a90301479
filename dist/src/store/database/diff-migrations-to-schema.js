import { readFile } from 'node:fs/promises';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { createCharAsTextPool } from "./char-as-text-pool.js";
import { prismaFolder, providerPaths } from "./prisma-paths.js";
import { readMigrations } from "./read-migrations.js";
import { withSchemaEngine } from "./schema-engine.js";
const noFilters = { externalTables: [], externalEnums: [] };
const changesFound = 2;
// What `prisma migrate dev --create-only` computes, done without the engine's shadow database (which the
// WebAssembly engine cannot create through an adapter): the committed migrations are applied to an empty scratch
// database, then that database is compared with the schema. Returns the SQL of the next migration, or null when the
// schema adds nothing.
async function diffOnScratchDatabase(engine, provider) {
    const paths = providerPaths(provider);
    await engine.applyMigrations({ migrationsList: await readMigrations(paths.migrationsFolder), filters: noFilters });
    const schema = { path: paths.schemaPath, content: await readFile(paths.schemaPath, 'utf8') };
    const result = await engine.diff({
        from: { tag: 'schemaDatasource', files: [schema], configDir: prismaFolder },
        to: { tag: 'schemaDatamodel', files: [schema] },
        script: true,
        exitCode: true,
        filters: noFilters,
    });
    return result.exitCode === changesFound ? (result.stdout ?? '') : null;
}
// An in-memory database: a file URL would leave a file behind.
export function diffSqliteMigrationsToSchema() {
    const { schemaPath } = providerPaths('sqlite');
    return withSchemaEngine(schemaPath, new PrismaBetterSqlite3({ url: ':memory:' }), (engine) => diffOnScratchDatabase(engine, 'sqlite'));
}
// scratchDatabaseUrl must name an empty database that the caller creates before and drops after.
export async function diffPostgresqlMigrationsToSchema(scratchDatabaseUrl) {
    const { schemaPath } = providerPaths('postgresql');
    const pool = createCharAsTextPool(scratchDatabaseUrl);
    try {
        return await withSchemaEngine(schemaPath, new PrismaPg(pool), (engine) => diffOnScratchDatabase(engine, 'postgresql'));
    }
    finally {
        await pool.end();
    }
}
//# sourceMappingURL=diff-migrations-to-schema.js.map