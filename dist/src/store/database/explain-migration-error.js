export class MigrationError extends Error {
    prismaCode;
    migrationName;
    constructor(message, options = {}) {
        super(message, { cause: options.cause });
        this.name = 'MigrationError';
        this.prismaCode = options.prismaCode;
        this.migrationName = options.migrationName;
    }
}
// The engine appends a Rust span trace ("   0: sql_schema_connector::…") that helps nobody running the service.
function withoutEngineTrace(message) {
    const lines = message.split('\n');
    const traceStart = lines.findIndex((line) => /^\s+\d+: \S/.test(line));
    return (traceStart === -1 ? lines : lines.slice(0, traceStart)).join('\n').trim();
}
function resolveInstructions(migrationName) {
    return (`请先查明迁移 ${migrationName} 执行到了哪一步，手工撤销或补全它已做的改动，然后在数据库中执行\n` +
        `  UPDATE "_prisma_migrations" SET "rolled_back_at" = CURRENT_TIMESTAMP WHERE "migration_name" = '${migrationName}' AND "finished_at" IS NULL;\n` +
        '（与 prisma migrate resolve --rolled-back 效果相同），再重新启动，该迁移会被重新执行。');
}
const connectionCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', '28P01', '28000', '3D000']);
// failedMigrationName: the migration recorded as failed in the database, when known.
export function explainMigrationError(error, provider, failedMigrationName) {
    if (error instanceof MigrationError)
        return error;
    const original = error instanceof Error ? error : new Error(String(error));
    const code = error.code;
    const prismaCode = typeof code === 'string' && /^P\d{4}$/.test(code) ? code : undefined;
    const detail = withoutEngineTrace(original.message);
    if (prismaCode === 'P3009') {
        const migrationName = /The `([^`]+)` migration started at/.exec(original.message)?.[1] ?? failedMigrationName ?? '（未知）';
        return new MigrationError(`数据库迁移被阻止（Prisma P3009）：迁移 ${migrationName} 上次执行失败，修复之前不会再执行任何迁移。\n` +
            resolveInstructions(migrationName), { prismaCode, migrationName, cause: error });
    }
    const failedMigration = failedMigrationName ?? /with migration_name="([^"]+)"/.exec(original.message)?.[1];
    if (failedMigration) {
        return new MigrationError(`数据库迁移 ${failedMigration} 执行失败：${detail}\n该迁移已记为失败，之后每次启动都会报 P3009，直到处理完毕。\n` +
            resolveInstructions(failedMigration), { prismaCode, migrationName: failedMigration, cause: error });
    }
    if (prismaCode === 'P3019') {
        return new MigrationError(`迁移目录与数据库类型 ${provider} 不符（Prisma P3019）：${detail}`, { prismaCode, cause: error });
    }
    if (prismaCode === 'P3005') {
        return new MigrationError(`DATABASE_URL 指向的数据库已有数据表，但没有本服务的迁移记录（Prisma P3005）：请使用一个空数据库，或确认地址没有写错。`, { prismaCode, cause: error });
    }
    if (typeof code === 'string' && connectionCodes.has(code)) {
        return new MigrationError(`无法连接 DATABASE_URL 指向的 PostgreSQL 数据库（${code}）：${detail}`, { cause: error });
    }
    if (typeof code === 'string' && code.startsWith('SQLITE_')) {
        return new MigrationError(`无法打开 DATABASE_URL 指向的 SQLite 文件（${code}）：${detail}`, { cause: error });
    }
    return new MigrationError(`执行数据库迁移失败${prismaCode ? `（Prisma ${prismaCode}）` : ''}：${detail}`, { prismaCode, cause: error });
}
//# sourceMappingURL=explain-migration-error.js.map