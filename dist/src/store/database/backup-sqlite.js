import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { sqliteBusyTimeoutMilliseconds } from "./sqlite-file.js";
/**
 * A consistent copy of a live SQLite file through SQLite's online backup API: pages are copied while the service
 * keeps writing, and restarted when a write lands in between, so the copy is one moment's state (WAL included),
 * never a file copied half before and half after a change. The copy is written beside the target and renamed at the
 * end, so a failed backup never leaves a file that looks complete.
 */
export async function backupSqliteFile(sourcePath, targetPath) {
    const partial = `${targetPath}.partial`;
    const source = new Database(sourcePath, { readonly: true, fileMustExist: true, timeout: sqliteBusyTimeoutMilliseconds });
    try {
        await source.backup(partial);
    }
    catch (error) {
        if (existsSync(partial))
            rmSync(partial);
        throw error;
    }
    finally {
        source.close();
    }
    renameSync(partial, targetPath);
    return { bytes: statSync(targetPath).size };
}
//# sourceMappingURL=backup-sqlite.js.map