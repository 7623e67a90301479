import { existsSync } from 'node:fs';
import path from 'node:path';
import { CommandError } from "../cli-context.js";
export async function backupCommand(context, input) {
    if (!input.out)
        throw new CommandError('请用 --out 指定备份文件，例如：npm run qs -- backup --out backups/qs-2026-12-03.db', 2);
    const { backupTo } = context.database;
    if (!backupTo) {
        throw new CommandError('PostgreSQL 数据库请用 PostgreSQL 自带的工具备份，例如：pg_dump --format=custom --file=qs.dump "$DATABASE_URL"；恢复：pg_restore --clean --dbname="$DATABASE_URL" qs.dump（详见 README 的「备份与恢复」）。', 2);
    }
    const target = path.resolve(input.out);
    // An existing file may be the only good backup someone has; it is never overwritten.
    if (existsSync(target))
        throw new CommandError(`备份文件 ${target} 已存在，未覆盖。请换一个文件名。`, 2);
    if (!existsSync(path.dirname(target)))
        throw new CommandError(`备份文件所在的文件夹 ${path.dirname(target)} 不存在。`, 2);
    const { bytes } = await backupTo(target);
    context.print(`已备份数据库到 ${target}（${(bytes / 1024 / 1024).toFixed(1)} MB），服务运行期间的写入已包含在这一时刻的副本中。`);
    context.print(`核对副本：DATABASE_URL=file:${target} npm run qs -- verify`);
}
//# sourceMappingURL=backup-command.js.map