import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const acceptedForms = '可接受的形式：file:./data/qs.db（SQLite，相对路径按当前工作目录解析）、file:/绝对路径/qs.db、' +
    'postgresql://用户:密码@主机:5432/数据库（也可写 postgres://）';
export class DatabaseUrlError extends Error {
    constructor(problem) {
        super(`DATABASE_URL ${problem}。${acceptedForms}`);
        this.name = 'DatabaseUrlError';
    }
}
// Only the scheme is echoed back: the rest of a connection string may hold a password.
function describeScheme(value) {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
    return scheme ? `以 "${scheme}:" 开头，不是受支持的数据库地址` : '不是受支持的数据库地址';
}
function sqliteFilePath(value, workingDirectory) {
    const location = value.startsWith('file://') ? fileURLToPath(value) : value.slice('file:'.length);
    if (location === '' || location.includes('?') || location === ':memory:') {
        throw new DatabaseUrlError('中的 SQLite 文件路径无效（需要一个文件路径，不支持 ? 参数和 :memory:）');
    }
    return path.resolve(workingDirectory, location);
}
// Creates the SQLite file's folder, so a fresh checkout starts with nothing but DATABASE_URL=file:./data/qs.db.
export function parseDatabaseUrl(value, workingDirectory = process.cwd()) {
    const trimmed = value?.trim() ?? '';
    if (trimmed === '')
        throw new DatabaseUrlError('未设置');
    if (trimmed.startsWith('file:')) {
        const filePath = sqliteFilePath(trimmed, workingDirectory);
        mkdirSync(path.dirname(filePath), { recursive: true });
        return { provider: 'sqlite', filePath };
    }
    if (/^postgres(ql)?:\/\/./.test(trimmed)) {
        try {
            new URL(trimmed);
        }
        catch {
            throw new DatabaseUrlError('看起来是 PostgreSQL 地址，但无法解析（密码中的特殊字符需要 URL 编码）');
        }
        return { provider: 'postgresql', url: trimmed };
    }
    throw new DatabaseUrlError(describeScheme(trimmed));
}
//# sourceMappingURL=database-url.js.map