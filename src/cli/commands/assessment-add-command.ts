import { isDomainError } from '../../domain/domain-error.ts';
import { ROLE_NAMES } from '../../domain/people/role.ts';
import { ASSESSMENT_KIND_LABELS } from '../../domain/training/assessment-record.ts';
import { trainingArticles } from '../../domain/training/training-articles.ts';
import { type AssessmentRecorded, recordAssessment } from '../../use-cases/training/record-assessment.ts';
import { type CliContext, CommandError } from '../cli-context.ts';
import { wordCommandRefusal } from '../command-refusal-wording.ts';
import { decimalOption } from '../decimal-option.ts';

const usage =
  'npm run qs -- assessment add --unit 单位编号 --person 人员编号 --date YYYY-MM-DD --result passed|failed [--score 分数] [--assessor 考核人] ' +
  '[--kind assessment|spot-check] [--rectification 整改措施 --rectified-on YYYY-MM-DD]';


/** What the record means for the person's posts: Art. 15 of the unit's own rule. */
function consequence(recorded: AssessmentRecorded): string | undefined {
  const { assessment } = recorded;
  if (assessment.passed) return undefined;
  const articles = trainingArticles(recorded.unitKind);
  const article = `${articles.order}${articles.recordKeeping}`;
  if (assessment.kind === 'spot-check') {
    return assessment.rectification
      ? undefined
      : `监督抽查考核不合格的，应当立即采取整改措施（${article}）。整改后再次运行本命令，加上 --rectification 整改措施 --rectified-on 整改日期 登记。`;
  }
  const posts = recorded.roles.map((role) => ROLE_NAMES[role]).join('、');
  return `未通过考核的人员不得担任相应岗位的质量安全管理人员（${article}）：${recorded.personName} 现任${posts}，请组织重新培训考核，或在组织文件中调整任命。`;
}

export async function assessmentAddCommand(
  context: CliContext,
  input: { unitId?: string; personKey?: string; date?: string; result?: string; score?: string; assessor?: string; kind?: string; rectification?: string; rectifiedOn?: string },
): Promise<void> {
  if (!input.unitId || !input.personKey || !input.date || !input.result) throw new CommandError(`用法：${usage}`, 2);
  if (input.result !== 'passed' && input.result !== 'failed') throw new CommandError(`--result 须为 passed（合格）或 failed（不合格），收到：${input.result}`, 2);
  const kind = input.kind ?? 'assessment';
  if (kind !== 'assessment' && kind !== 'spot-check') throw new CommandError(`--kind 须为 assessment（本单位考核）或 spot-check（监督抽查考核），收到：${kind}`, 2);
  const score = input.score === undefined ? undefined : decimalOption('--score', input.score, '92');
  const rectification = input.rectification !== undefined || input.rectifiedOn !== undefined
    ? { text: input.rectification ?? '', ...(input.rectifiedOn === undefined ? {} : { on: input.rectifiedOn }) }
    : undefined;
  try {
    const recorded = await recordAssessment(context.database.store, {
      recorder: { kind: 'command-line', unitId: input.unitId },
      person: { key: input.personKey },
      kind,
      date: input.date,
      passed: input.result === 'passed',
      ...(score === undefined ? {} : { score }),
      assessor: input.assessor ?? '',
      ...(rectification ? { rectification } : {}),
      now: context.now(),
    });
    const { assessment } = recorded;
    const details = [
      assessment.passed ? '合格' : '不合格',
      assessment.score === undefined ? '' : `${assessment.score} 分`,
      assessment.assessor ? `${assessment.kind === 'spot-check' ? '考核机关' : '考核人'}：${assessment.assessor}` : '',
    ].filter((part) => part !== '');
    const what = `${recorded.personName}（${input.personKey}）${assessment.date} 的${ASSESSMENT_KIND_LABELS[assessment.kind]}`;
    if (recorded.kind === 'assessment-recorded') context.print(`已登记 ${what}：${details.join('，')}。`);
    if (assessment.rectification) context.print(`已登记 ${what}不合格后的整改：${assessment.rectification.text}（${assessment.rectification.on}）。`);
    const note = consequence(recorded);
    if (note) context.print(note);
  } catch (error) {
    const sentence = isDomainError(error) ? wordCommandRefusal(error) : undefined;
    if (sentence) throw new CommandError(`未登记：${sentence}`);
    throw error;
  }
}
