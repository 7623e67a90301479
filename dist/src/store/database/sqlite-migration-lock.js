import Database from 'better-sqlite3';
import { setTimeout as sleep } from 'node:timers/promises';
import { MigrationError } from "./explain-migration-error.js";
const waitLimitMilliseconds = 120_000;
const retryIntervalMilliseconds = 50;
const queues = new Map();
// Callers within one process wait for each other here, in order, instead of polling the file lock.
function inProcessQueue(key, work) {
    const previous = queues.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.then(() => undefined, () => undefined);
    queues.set(key, settled);
    void settled.then(() => {
        if (queues.get(key) === settled)
            queues.delete(key);
    });
    return next;
}
function isBusy(error) {
    const code = error.code;
    return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}
// Across processes the lock is an exclusive SQLite transaction on a small file next to the database. The operating
// system drops it when its holder exits, so a crashed start cannot leave the database locked. The file is not deleted
// afterwards: deleting it could let two processes lock two different files of the same name.
async function acquireFileLock(lockFilePath) {
    const lock = new Database(lockFilePath, { timeout: 0 });
    const deadline = Date.now() + waitLimitMilliseconds;
    for (;;) {
        try {
            lock.exec('BEGIN EXCLUSIVE');
            return lock;
        }
        catch (error) {
            if (!isBusy(error)) {
                lock.close();
                throw error;
            }
            if (Date.now() > deadline) {
                lock.close();
                throw new MigrationError(`等待数据库迁移锁超过 ${waitLimitMilliseconds / 1000} 秒：另一个进程正在对同一个 SQLite 文件执行迁移（锁文件 ${lockFilePath}）。`);
            }
            await sleep(retryIntervalMilliseconds);
        }
    }
}
export function withSqliteMigrationLock(databaseFilePath, work) {
    return inProcessQueue(databaseFilePath, async () => {
        const lock = await acquireFileLock(`${databaseFilePath}.migration-lock`);
        try {
            return await work();
        }
        finally {
            lock.exec('ROLLBACK');
            lock.close();
        }
    });
}
//# sourceMappingURL=sqlite-migration-lock.js.map