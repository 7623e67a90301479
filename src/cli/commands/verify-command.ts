import { verifyArchiveFolder } from '../../export/verify-archive-folder.ts';
import { parseSeal } from '../../domain/archive/audit-seal.ts';
import type { AuditRow } from '../../ports/archive-rows.ts';
import { verifyEvidence } from '../../use-cases/archive/verify-evidence.ts';
import { verifyRecords } from '../../use-cases/archive/verify-records.ts';
import { evidenceFolder } from '../../store/evidence-folder.ts';
import { type CliContext, CommandError } from '../cli-context.ts';

export async function verifyCommand(context: CliContext, input: { exportFolder?: string; seals: readonly string[] }): Promise<void> {
  const seals = input.seals.map((text) => {
    const seal = parseSeal(text);
    if (!seal) throw new CommandError(`--seal 的值应为机器人在聊天中发送的封存值「<序号>:<64 位十六进制哈希>」，收到：${text}`, 2);
    return seal;
  });
  if (input.exportFolder && seals.length > 0) throw new CommandError('--seal 核对的是数据库中的审计链，不能与 --export 同时使用', 2);
  if (input.exportFolder) {
    const exports: AuditRow[] = [];
    for await (const page of context.database.archiveRows.auditPages()) exports.push(...page.filter((entry) => entry.action === 'archive.exported'));
    const result = await verifyArchiveFolder(input.exportFolder, exports);
    if (result.problems.length > 0) {
      throw new CommandError(`档案 ${input.exportFolder} 核对未通过（${result.problems.length} 处）：\n${result.problems.map((problem) => `  - ${problem}`).join('\n')}`);
    }
    context.print(`档案 ${input.exportFolder} 核对通过：${result.files} 个文件与清单一致，清单已在审计链中登记。`);
    return;
  }
  const report = await verifyRecords(context.database.archiveRows, { seals });
  const evidence = await verifyEvidence({ archive: context.database.archiveRows, rows: context.database.evidence, files: evidenceFolder(context.configuration.evidenceDirectory) });
  const problems = [...report.problems, ...evidence.problems];
  if (problems.length > 0) {
    throw new CommandError(
      `核对未通过：${problems.length} 处记录与审计链不符（共核对 ${report.entries} 条审计记录、${report.records} 项记录、${evidence.files} 份证据文件）：\n${problems.map((problem) => `  - ${problem.record}：${problem.problem}`).join('\n')}`,
    );
  }
  context.print(
    `核对通过：审计链 ${report.entries} 条完整，${report.records} 项记录与其哈希一致${evidence.files > 0 ? `，${evidence.files} 份证据文件与其 SHA-256 一致` : ''}${seals.length > 0 ? `；${seals.length} 个封存值所指的审计记录都在链中且未被改动` : ''}。`,
  );
}
