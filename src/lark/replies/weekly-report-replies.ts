import type { DirectorField, WeeklyReportRefusals } from '../../domain/weekly-reports/weekly-report-rules.ts';
import type { WeeklyReportAlreadyConfirmed, WeeklyReportConfirmed } from '../../use-cases/weekly-reports/confirm-weekly-report.ts';
import type { WeeklyInputSaved } from '../../use-cases/weekly-reports/save-weekly-input.ts';
import type { WeeklyReportsShown } from '../../use-cases/weekly-reports/show-weekly-report.ts';
import type { WeeklyReportAccessRefusals } from '../../use-cases/weekly-reports/weekly-report-refusals.ts';
import type { ChatAnswer } from '../handlers/chat-answer.ts';
import type { RefusalWording } from './refusal-wording-type.ts';

/** Each field the director must write, and how to write it in chat. */
const directorFields: Record<DirectorField, { name: string; howTo: string }> = {
  date: { name: '排查日期', howTo: '「排查日期 <日期>」' },
  scope: { name: '排查范围', howTo: '「排查 <范围>：<发现>」' },
  people: { name: '参加人员', howTo: '「参加人员 <姓名>」' },
  findings: { name: '排查发现', howTo: '「排查 <范围>：<发现>」（没有发现问题也请写明「未发现问题」）' },
  analysis: { name: '分析研判', howTo: '「研判 <分析研判>」' },
};

function incompleteReply(missing: readonly DirectorField[]): string {
  const howTo = [...new Set(missing.map((field) => directorFields[field].howTo))];
  return `周报还不能确认，尚未填写：${missing.map((field) => directorFields[field].name).join('、')}。请在周报卡片上填写，或回复${howTo.join('、')}，填好后再确认。`;
}

export function weeklyReportReply(outcome: WeeklyReportConfirmed | WeeklyReportAlreadyConfirmed | WeeklyInputSaved): ChatAnswer {
  const period = `${outcome.periodStart} 至 ${outcome.periodEnd}`;
  switch (outcome.kind) {
    case 'weekly-report-confirmed':
      return { reply: `已确认 ${period} 的周报，已报送主要负责人并存档。`, tone: 'success' };
    case 'weekly-report-already-confirmed':
      return { reply: `${period} 的周报已经确认过了。`, tone: 'info' };
    case 'weekly-input-saved':
      return outcome.stillMissing && outcome.stillMissing.length > 0
        ? { reply: `已保存 ${period} 周报的草稿。${incompleteReply(outcome.stillMissing)}`, tone: 'error' }
        : { reply: `已保存 ${period} 周报的排查和分析内容（草稿）。填写完毕后回复「确认周报」或点卡片上的确认按钮。`, tone: 'success' };
  }
}

export function weeklyReportsShownReply(outcome: WeeklyReportsShown): ChatAnswer {
  const lines = outcome.units.map(({ unitName, report }) =>
    report
      ? `${unitName}：${report.periodStart} 至 ${report.periodEnd} 的周报${report.status === 'confirmed' ? '（已确认）' : '（草稿，待总监确认）'}已发送。`
      : `${unitName}：还没有周报。`,
  );
  return { reply: lines.join('\n'), tone: 'info' };
}

export const weeklyReportRefusalWording: RefusalWording<WeeklyReportRefusals & WeeklyReportAccessRefusals> = {
  'weekly-report.incomplete': ({ missing }) => incompleteReply(missing),
  'weekly-report.not-found': ({ pending }) => (pending ? '目前没有等待您确认的周报。' : '找不到这份周报，或它不属于您所在的单位。'),
  'weekly-report.not-the-writer': () => '周报由质量安全总监填写和确认（未设总监的单位由主要负责人负责），您不能操作。',
  'weekly-report.not-a-reader': () => '周报由质量安全总监和主要负责人查看。',
  'weekly-report.frozen': ({ periodStart, periodEnd }) => `${periodStart} 至 ${periodEnd} 的周报已确认，内容已冻结，不能再修改。`,
};
