import Database from 'better-sqlite3';
// How long a statement waits for another connection's write to finish. The service and a CLI command share the file;
// their writes are short, so a wait of this length means something is stuck rather than busy.
export const sqliteBusyTimeoutMilliseconds = 10_000;
// Write-ahead logging lets readers proceed while one connection writes, which is what allows `npm run qs` to run
// against the file the service has open. The mode is stored in the file, so setting it once is enough; setting it
// again is a no-op.
export function enableWriteAheadLog(filePath) {
    const database = new Database(filePath, { timeout: sqliteBusyTimeoutMilliseconds });
    try {
        database.pragma('journal_mode = WAL');
    }
    finally {
        database.close();
    }
}
//# sourceMappingURL=sqlite-file.js.map