import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { isLocalDate } from '../../domain/calendar/local-time.ts';
import { isDomainError } from '../../domain/domain-error.ts';
import { docxArchiveFiles } from '../../export/docx-archive-files.ts';
import { exportArchive } from '../../use-cases/archive/export-archive.ts';
import { evidenceFolder } from '../../store/evidence-folder.ts';
import { type CliContext, CommandError } from '../cli-context.ts';
import { wordCommandRefusal } from '../command-refusal-wording.ts';

/** A progress bar on a terminal; nothing when the output goes to a file or a pipe. */
function progressReporter(): { update: (done: number, total: number) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar({ format: '生成档案 [{bar}] {value}/{total} 份文件', stream: process.stderr, hideCursor: true });
  let started = false;
  return {
    update(done, total) {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}

export async function exportCommand(context: CliContext, input: { unitId?: string; from?: string; to?: string; out?: string }): Promise<void> {
  if (!input.unitId || !input.from || !input.to || !input.out) {
    throw new CommandError('用法：npm run qs -- export --unit 单位编号 --from YYYY-MM-DD --to YYYY-MM-DD --out 目录', 2);
  }
  for (const [option, value] of [['--from', input.from], ['--to', input.to]] as const) {
    if (!isLocalDate(value)) throw new CommandError(`${option} 须为 YYYY-MM-DD 格式的日期，收到：${value}`, 2);
  }
  if (input.to < input.from) throw new CommandError(`--to ${input.to} 早于 --from ${input.from}`, 2);
  const progress = progressReporter();
  try {
    const out = input.out;
    const result = await exportArchive(
      { archiveRows: context.database.archiveRows, store: context.database.store, evidence: { rows: context.database.evidence, files: evidenceFolder(context.configuration.evidenceDirectory) } },
      { unitId: input.unitId, from: input.from, to: input.to, now: context.now(), actor: 'export', write: (content) => docxArchiveFiles.toFolder(content, out, progress.update) },
    );
    progress.stop();
    context.print(`已导出 ${input.unitId} ${input.from} 至 ${input.to} 的档案：${result.written.fileCount} 个文件，位于 ${path.resolve(out)}`);
    context.print(`检查索引：${path.join(path.resolve(input.out), 'index.docx')}；数据：records.json；文件清单及 SHA-256：manifest.json`);
    context.print(result.gaps.length > 0 ? `发现 ${result.gaps.length} 处缺漏：` : '本期档案没有缺漏。');
    for (const gap of result.gaps) context.print(`  - ${gap}`);
  } catch (error) {
    progress.stop();
    const sentence = isDomainError(error) ? wordCommandRefusal(error) : undefined;
    if (sentence) throw new CommandError(sentence);
    throw error;
  }
}
