import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as PostgresqlPrismaClient } from "../../../generated/postgresql/client.js";
import { PrismaClient as SqlitePrismaClient } from "../../../generated/sqlite/client.js";
import { parseDatabaseUrl } from "./database-url.js";
import { enableWriteAheadLog, sqliteBusyTimeoutMilliseconds } from "./sqlite-file.js";
export function createPrismaClient(databaseUrl) {
    const location = parseDatabaseUrl(databaseUrl);
    if (location.provider === 'sqlite') {
        enableWriteAheadLog(location.filePath);
        return new SqlitePrismaClient({
            adapter: new PrismaBetterSqlite3({ url: location.filePath, timeout: sqliteBusyTimeoutMilliseconds }),
        });
    }
    const client = new PostgresqlPrismaClient({ adapter: new PrismaPg({ connectionString: location.url }) });
    return client;
}
// Prisma's default limits (2 s to start, 5 s to finish) are shorter than the SQLite busy timeout: a transaction that
// waited for a CLI command's write would be cancelled although it would have succeeded.
const transactionLimits = { maxWait: sqliteBusyTimeoutMilliseconds, timeout: 2 * sqliteBusyTimeoutMilliseconds };
export function inTransaction(client, work) {
    return client.$transaction(work, transactionLimits);
}
//# sourceMappingURL=create-prisma-client.js.map