import { createInterface } from 'node:readline/promises';
import { isLocalDate, localTimeAt } from '../../domain/calendar/local-time.ts';
import { isDomainError } from '../../domain/domain-error.ts';
import { previewPurge, purgeOldRecords } from '../../use-cases/archive/purge-old-records.ts';
import { type CliContext, CommandError } from '../cli-context.ts';
import { wordCommandRefusal } from '../command-refusal-wording.ts';

const labels: Record<string, string> = {
  dailyChecks: '每日检查记录',
  hazards: '已关闭的隐患',
  evidence: '这些隐患的证据照片及文件记录',
  weeklyReports: '已确认的周报',
  monthlyMinutes: '已确认的调度会议纪要',
  suspensions: '停产停业记录',
  outbox: '已发送的消息记录',
  inboundEvents: '已处理的飞书事件',
};

function describe(counts: Record<string, number>): string {
  return Object.entries(counts).map(([kind, count]) => `${labels[kind] ?? kind} ${count} 条`).join('，');
}

async function confirmed(question: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await prompt.question(question)).trim().toLowerCase() === 'yes';
  } finally {
    prompt.close();
  }
}

/** Removes only records older than the deployment's retention, after showing what goes and asking; the chain records the purge. */
export async function purgeCommand(context: CliContext, input: { before?: string; yes: boolean }): Promise<void> {
  if (!input.before || !isLocalDate(input.before)) throw new CommandError('用法：npm run qs -- purge --before YYYY-MM-DD [--yes]', 2);
  const today = localTimeAt(context.now(), context.configuration.defaultTimeZone).date;
  try {
    const { retentionYears } = context.configuration;
    const counts = await previewPurge(context.database.store, { before: input.before, today, retentionYears });
    context.print(`将删除 ${input.before} 之前的：${describe(counts)}。审计链、人员任免和意见建议（含否决建议）保留，并记录本次清理。`);
    if (!input.yes) {
      if (!process.stdin.isTTY) throw new CommandError('未确认，没有删除任何内容：在终端中运行并输入 yes 确认，或加 --yes。');
      if (!(await confirmed('确认删除？输入 yes 继续：'))) throw new CommandError('已取消，没有删除任何内容。');
    }
    const removed = await purgeOldRecords(context.database.store, { before: input.before, today, retentionYears, actor: 'command-line', now: context.now() });
    context.print(`已删除：${describe(removed)}。`);
  } catch (error) {
    const sentence = isDomainError(error) ? wordCommandRefusal(error) : undefined;
    if (sentence) throw new CommandError(`拒绝删除：${sentence}`);
    throw error;
  }
}
