import { verifyArchiveFolder } from '../../export/verify-archive-folder.ts';
import type { AuditRow } from '../../ports/archive-rows.ts';
import { verifyRecords } from '../../use-cases/archive/verify-records.ts';
import { type CliContext, CommandError } from '../cli-context.ts';

export async function verifyCommand(context: CliContext, input: { exportFolder?: string }): Promise<void> {
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
  const report = await verifyRecords(context.database.archiveRows);
  if (report.problems.length > 0) {
    throw new CommandError(
      `核对未通过：${report.problems.length} 处记录与审计链不符（共核对 ${report.entries} 条审计记录、${report.records} 项记录）：\n${report.problems.map((problem) => `  - ${problem.record}：${problem.problem}`).join('\n')}`,
    );
  }
  context.print(`核对通过：审计链 ${report.entries} 条完整，${report.records} 项记录与其哈希一致。`);
}
