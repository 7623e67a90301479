import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
export const migrationLockFileName = 'migration_lock.toml';
export const migrationFileName = 'migration.sql';
async function readTextOrNull(filePath) {
    try {
        return await readFile(filePath, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    }
}
// The same shape, order and lock-file handling as the Prisma CLI's own reader, so checksums and names recorded in
// _prisma_migrations match what `prisma migrate deploy` would record.
export async function readMigrations(migrationsFolder) {
    const baseDir = path.resolve(migrationsFolder);
    const lockfile = { path: migrationLockFileName, content: await readTextOrNull(path.join(baseDir, migrationLockFileName)) };
    let entries = [];
    try {
        entries = await readdir(baseDir, { withFileTypes: true });
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
    }
    const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    folders.sort((left, right) => left.localeCompare(right));
    const migrationDirectories = await Promise.all(folders.map(async (folder) => {
        const content = await readTextOrNull(path.join(baseDir, folder, migrationFileName));
        return {
            path: folder,
            migrationFile: {
                path: migrationFileName,
                content: content === null
                    ? { tag: 'error', value: `${path.join(folder, migrationFileName)} 不存在` }
                    : { tag: 'ok', value: content },
            },
        };
    }));
    return { baseDir, lockfile, migrationDirectories, shadowDbInitScript: '' };
}
//# sourceMappingURL=read-migrations.js.map