import pg from 'pg';
import { MigrationError } from "./explain-migration-error.js";
// Any constant shared by every instance of this service. It differs from the key Prisma's own engine locks
// (72707369), so the two can never wait on each other.
const migrationLockKey = '7270736901';
const waitLimitSeconds = 120;
const lockNotAvailable = '55P03';
// A session-level advisory lock on a connection of its own: it is released when the connection closes, so a start
// that crashes half-way cannot leave the database locked.
export async function withPostgresqlMigrationLock(url, work) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
        await client.query(`SET lock_timeout = '${waitLimitSeconds}s'`);
        try {
            await client.query('SELECT pg_advisory_lock($1)', [migrationLockKey]);
        }
        catch (error) {
            if (error.code === lockNotAvailable) {
                throw new MigrationError(`等待数据库迁移锁超过 ${waitLimitSeconds} 秒：另一个进程正在对同一个 PostgreSQL 数据库执行迁移。`);
            }
            throw error;
        }
        try {
            return await work();
        }
        finally {
            await client.query('SELECT pg_advisory_unlock($1)', [migrationLockKey]);
        }
    }
    finally {
        await client.end();
    }
}
//# sourceMappingURL=postgresql-migration-lock.js.map