import { isDomainError } from '../../domain/domain-error.ts';
import { recordTrainingSession } from '../../use-cases/training/record-training-session.ts';
import { type CliContext, CommandError } from '../cli-context.ts';
import { wordCommandRefusal } from '../command-refusal-wording.ts';
import { decimalOption } from '../decimal-option.ts';

const usage = 'npm run qs -- training add --unit 单位编号 --date YYYY-MM-DD --subject 培训主题 --hours 学时 [--trainer 授课人] [--content 培训内容] --people 人员编号,人员编号…';

export async function trainingAddCommand(
  context: CliContext,
  input: { unitId?: string; date?: string; subject?: string; hours?: string; trainer?: string; content?: string; people?: string },
): Promise<void> {
  if (!input.unitId || !input.date || !input.subject || !input.hours || !input.people) throw new CommandError(`用法：${usage}`, 2);
  const hours = decimalOption('--hours', input.hours, '4');
  const keys = input.people.split(/[,，、\s]+/).filter((key) => key !== '');
  try {
    const recorded = await recordTrainingSession(context.database.store, {
      recorder: { kind: 'command-line', unitId: input.unitId },
      date: input.date,
      subject: input.subject,
      content: input.content ?? '',
      hours,
      trainer: input.trainer ?? '',
      attendees: keys.map((key) => ({ key })),
      now: context.now(),
    });
    const trainer = recorded.trainer ? `，授课人：${recorded.trainer}` : '';
    context.print(`已登记 ${recorded.unitId} ${recorded.date} 的培训「${recorded.subject}」（${recorded.hours} 学时${trainer}）。`);
    context.print(`参加人员：${recorded.attendees.map((person) => `${person.name}（${person.key}）`).join('、')}。`);
  } catch (error) {
    const sentence = isDomainError(error) ? wordCommandRefusal(error) : undefined;
    if (sentence) throw new CommandError(`未登记：${sentence}`);
    throw error;
  }
}
