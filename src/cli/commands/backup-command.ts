import { existsSync } from 'node:fs';
import path from 'node:path';
import { evidenceFolder } from '../../store/evidence-folder.ts';
import { type CliContext, CommandError } from '../cli-context.ts';

export async function backupCommand(context: CliContext, input: { out: string | undefined }): Promise<void> {
  if (!input.out) throw new CommandError('请用 --out 指定备份文件，例如：npm run qs -- backup --out backups/qs-2026-12-03.db', 2);
  const { backupTo } = context.database;
  if (!backupTo) {
    throw new CommandError(
      'PostgreSQL 数据库请用 PostgreSQL 自带的工具备份，例如：pg_dump --format=custom --file=qs.dump "$DATABASE_URL"；恢复：pg_restore --clean --dbname="$DATABASE_URL" qs.dump（详见 README 的「备份与恢复」）。',
      2,
    );
  }
  const target = path.resolve(input.out);
  // An existing file may be the only good backup someone has; it is never overwritten.
  if (existsSync(target)) throw new CommandError(`备份文件 ${target} 已存在，未覆盖。请换一个文件名。`, 2);
  const evidenceTarget = `${target}.evidence`;
  if (existsSync(evidenceTarget)) throw new CommandError(`证据备份文件夹 ${evidenceTarget} 已存在，未覆盖。请换一个备份文件名。`, 2);
  if (!existsSync(path.dirname(target))) throw new CommandError(`备份文件所在的文件夹 ${path.dirname(target)} 不存在。`, 2);
  const { bytes } = await backupTo(target);
  context.print(`已备份数据库到 ${target}（${(bytes / 1024 / 1024).toFixed(1)} MB），服务运行期间的写入已包含在这一时刻的副本中。`);
  const evidence = await copyEvidence(context, evidenceTarget);
  if (evidence.copied > 0) context.print(`已复制证据照片及文件 ${evidence.copied} 份到 ${evidenceTarget}${evidence.missing > 0 ? `；另有 ${evidence.missing} 份在 ${context.configuration.evidenceDirectory} 中找不到，请运行 verify 查明` : ''}。`);
  context.print(`核对副本：DATABASE_URL=file:${target}${evidence.copied > 0 ? ` EVIDENCE_DIR=${evidenceTarget}` : ''} npm run qs -- verify`);
}

/**
 * The evidence files the database names, copied after the database (rows are only added, so the copy names no file
 * that is not copied). Each is stored again under the hash of the bytes read, so an altered file shows as missing in
 * the copy's `verify` rather than passing under its old name.
 */
async function copyEvidence(context: CliContext, folder: string): Promise<{ copied: number; missing: number }> {
  const rows = await context.database.evidence.all();
  const source = evidenceFolder(context.configuration.evidenceDirectory);
  const target = evidenceFolder(folder);
  let copied = 0;
  let missing = 0;
  for (const sha256 of new Set(rows.map((row) => row.sha256))) {
    const bytes = await source.read(sha256);
    if (bytes === null) missing += 1;
    else {
      await target.keep(bytes);
      copied += 1;
    }
  }
  return { copied, missing };
}
