import { MONTHLY_MINUTES_TITLE, type MonthlyMinutesContent, type WeeklyReportSummary } from '../../domain/monthly-minutes/monthly-minutes-content.ts';
import { ROLE_NAMES } from '../../domain/people/role.ts';
import type { SuggestionFact } from '../../domain/records/daily-record-facts.ts';
import { monthRange } from '../../domain/schedules/periods.ts';
import type { MonthlyMinutesCardView } from '../../ports/notifications.ts';
import { MinutesFields } from './card-action-values.ts';
import { withinByteTarget } from './card-budget.ts';
import { buttonRow, card, markdown, note, type Card, type RootElement } from './card-json.ts';
import { fitsInput, form, formInput, submitButton } from './form-fields.ts';
import { escapeMarkdown, shorten } from './markdown-text.ts';
import {
  coverageLine,
  hazardLine,
  LIST_BUDGETS,
  listedEntries,
  periodText,
  section,
  type ListBudget,
} from './record-lines.ts';

/** The meeting is the principal's to record: until then the card says how, rather than guessing a date or who came. */
const notYetRecorded = `（待${ROLE_NAMES.principal}回复「会议 日期 参会人员」记录）`;

export const MONTHLY_MINUTES_CARD_TITLE = `《${MONTHLY_MINUTES_TITLE}》`;

const CONTENT_HASH_SHOWN = 16;
const ARRANGEMENT_ROWS = 8;
const SUMMARY_HEADING = `五、${ROLE_NAMES.principal}总结`;
const SUMMARY_ROWS = 4;
const ARRANGEMENTS_HEADING = '六、下月重点工作安排';
/** The arrangements are what the meeting decided, so even the tightest budget keeps the first few readable. */
const ARRANGEMENTS_ALWAYS_SHOWN = 5;
const ARRANGEMENT_SHORTEST = 40;

/**
 * 《每月工业产品质量安全调度会议纪要》 (Art. 12): the bot's draft of the month for the principal, who edits the
 * next month's arrangements and confirms; the director and officers then receive the confirmed minutes.
 */
export function buildMonthlyMinutesCard(view: MonthlyMinutesCardView): Card {
  return withinByteTarget(LIST_BUDGETS, (budget) => monthlyMinutesCard(view, budget));
}

function monthlyMinutesCard(view: MonthlyMinutesCardView, budget: ListBudget): Card {
  const { content } = view;
  const confirmed = view.status === 'confirmed';
  const period = periodName(content.periodStart, content.periodEnd);
  const elements: RootElement[] = [];
  if (!confirmed) {
    elements.push(
      markdown(
        view.audience === 'principal'
          ? '**草稿**：请记录会议、写明总结、审阅下月重点工作安排后确认'
          : `**草稿**：待${ROLE_NAMES.principal}确认`,
      ),
    );
  }
  elements.push(
    section('会议信息', meetingLines(content)),
    section(`一、${ROLE_NAMES.director}汇报`, [...directorReportLines(content, budget), ...weeklyReportLines(content.weeklyReports, budget)]),
    section('二、日管控情况', [coverageLine(content.dailyControl)]),
    section('三、隐患排查治理', hazardLines(content, budget)),
    section('四、意见建议及否决', suggestionLines(content.suggestions, budget)),
    ...arrangementPart(view, budget),
  );
  if (confirmed) {
    const lines = [`${ROLE_NAMES.principal}确认：${escapeMarkdown(view.confirmedByName ?? content.meeting.chair)} ${view.confirmedAt ?? ''}`.trimEnd()];
    if (view.contentHash) lines.push(`内容摘要：${view.contentHash.slice(0, CONTENT_HASH_SHOWN)}…`);
    elements.push(note(lines.join('\n')));
  }
  return card({
    title: MONTHLY_MINUTES_CARD_TITLE,
    subtitle: `${content.unitName} · ${period}`,
    template: confirmed ? 'green' : 'blue',
    summary: `${MONTHLY_MINUTES_TITLE} ${period}：${confirmed ? '已确认' : '草稿待确认'}`,
    elements,
  });
}

/** 2026 年 1 月 for a calendar month; the dates for a fortnight of a unit that schedules twice a month. */
function periodName(periodStart: string, periodEnd: string): string {
  const month = monthRange(periodStart.slice(0, 7));
  if (month.periodStart !== periodStart || month.periodEnd !== periodEnd) return periodText(periodStart, periodEnd);
  return `${periodStart.slice(0, 4)} 年 ${Number(periodStart.slice(5, 7))} 月`;
}

function meetingLines(content: MonthlyMinutesContent): string[] {
  const { meeting } = content;
  const person = (name: string, role: string) => (name.trim() ? `${escapeMarkdown(name)}（${role}）` : '—');
  return [
    `**会议时间**：${meeting.date || notYetRecorded}`,
    `**主持人**：${person(meeting.chair, ROLE_NAMES.principal)}`,
    `**汇报人**：${person(meeting.reporter, ROLE_NAMES.director)}`,
    `**参会人员**：${meeting.attendees.length > 0 ? escapeMarkdown(meeting.attendees.join('、')) : notYetRecorded}`,
  ];
}

function directorReportLines(content: MonthlyMinutesContent, budget: ListBudget): string[] {
  const report = content.directorReport;
  if (report === undefined) return [];
  const byWhom = report.confirmedByName === undefined
    ? `<font color='red'>质安助手起草，待${ROLE_NAMES.director}回复「确认汇报」或「汇报 内容」确认</font>`
    : `${ROLE_NAMES.director}${escapeMarkdown(report.confirmedByName)}已确认（${report.confirmedAt ?? ''}）`;
  return [escapeMarkdown(shorten(report.text, Math.max(budget.text, ARRANGEMENT_SHORTEST) * 4)), byWhom];
}

function weeklyReportLines(reports: readonly WeeklyReportSummary[], budget: ListBudget): string[] {
  if (reports.length === 0) return ['本月未形成周排查报告'];
  const confirmed = reports.filter((report) => report.status === 'confirmed').length;
  const hazards = reports.reduce((sum, report) => sum + report.hazardsFound, 0);
  return [
    `周排查报告 ${reports.length} 份（已确认 ${confirmed} 份），共发现隐患 ${hazards} 项`,
    ...listedEntries(
      reports.map((report) => {
        const lines = [
          `· ${periodText(report.periodStart, report.periodEnd)}（${report.status === 'confirmed' ? '已确认' : '草稿'}）：发现隐患 ${report.hazardsFound} 项`,
        ];
        if (report.analysis.trim()) lines.push(`　分析研判：${escapeMarkdown(shorten(report.analysis, budget.text))}`);
        if (report.measures.trim()) lines.push(`　整改措施：${escapeMarkdown(shorten(report.measures, budget.text))}`);
        return lines.join('\n');
      }),
      budget.entries,
    ),
  ];
}

function hazardLines(content: MonthlyMinutesContent, budget: ListBudget): string[] {
  const { found, rectified, stillOpen } = content.hazards;
  const summary = `本月发现隐患 ${found} 项，已整改 ${rectified} 项，尚未关闭 ${stillOpen.length} 项`;
  if (stillOpen.length === 0) return [summary, '无尚未关闭的隐患'];
  return [summary, '尚未关闭的隐患：', ...listedEntries(stillOpen.map((hazard) => hazardLine(hazard, budget.text)), budget.entries)];
}

function suggestionLines(suggestions: readonly SuggestionFact[], budget: ListBudget): string[] {
  if (suggestions.length === 0) return [`本月无${ROLE_NAMES.director}、${ROLE_NAMES.officer}提出的意见建议`];
  const unanswered = suggestions.filter((suggestion) => suggestion.decision === undefined).length;
  const unansweredText = unanswered > 0 ? `<font color='red'>尚未答复 ${unanswered} 项</font>` : '尚未答复 0 项';
  return [
    `共 ${suggestions.length} 项，已答复 ${suggestions.length - unanswered} 项，${unansweredText}`,
    ...listedEntries(suggestions.map((suggestion) => suggestionLine(suggestion, budget)), budget.entries),
  ];
}

function suggestionLine(suggestion: SuggestionFact, budget: ListBudget): string {
  const kind = suggestion.kind === 'veto' ? "<font color='red'>否决建议</font>" : '意见建议';
  const proposer = escapeMarkdown(`${suggestion.proposerRole} ${suggestion.proposerName}`);
  const asked = `**第 ${suggestion.number} 号${kind}**（${proposer}，${suggestion.createdDate}）：${escapeMarkdown(shorten(suggestion.text, budget.text))}`;
  if (suggestion.decision === undefined) return `${asked}\n　→ <font color='red'>尚未答复</font>`;
  const decision = suggestion.decision === 'adopted' ? '采纳' : '驳回';
  const answer = suggestion.answer?.trim() ? `：${escapeMarkdown(shorten(suggestion.answer, budget.text))}` : '';
  const by = [suggestion.answeredByName, suggestion.answeredDate].filter((part) => part?.trim()).join(' ');
  return `${asked}\n　→ ${decision}${answer}${by ? `（${escapeMarkdown(by)}）` : ''}`;
}

function summaryLines(view: MonthlyMinutesCardView, budget: ListBudget): string[] {
  const summary = view.content.summary?.trim() ?? '';
  if (summary !== '') return [escapeMarkdown(shorten(summary, Math.max(budget.text, ARRANGEMENT_SHORTEST) * 4))];
  return [view.status === 'draft' ? `（待${ROLE_NAMES.principal}填写：回复「总结 内容」）` : '—'];
}

/** The principal's own parts, summary and arrangements: a form on the principal's draft, text everywhere else. */
function arrangementPart(view: MonthlyMinutesCardView, budget: ListBudget): RootElement[] {
  const arrangementText = view.arrangements.join('\n');
  const summaryText = view.content.summary ?? '';
  const editable = view.status === 'draft' && view.audience === 'principal';
  if (editable && fitsInput(arrangementText) && fitsInput(summaryText)) {
    return [
      markdown(`**${SUMMARY_HEADING}**　**${ARRANGEMENTS_HEADING}**`),
      form('minutes_form', [
        formInput({
          name: MinutesFields.summary,
          label: `${ROLE_NAMES.principal}总结`,
          placeholder: '本期日管控、周排查情况的总结',
          required: false,
          rows: SUMMARY_ROWS,
          defaultValue: summaryText,
        }),
        formInput({
          name: MinutesFields.arrangements,
          label: '下月重点工作安排（每行一条）',
          placeholder: '每行写一条工作安排',
          required: true,
          rows: ARRANGEMENT_ROWS,
          defaultValue: arrangementText,
        }),
        buttonRow([
          submitButton('保存修改', { action: 'minutes.save', minutesId: view.minutesId, confirm: false }, 'default', 'minutes_save'),
          submitButton('确认纪要', { action: 'minutes.save', minutesId: view.minutesId, confirm: true }, 'primary_filled', 'minutes_confirm'),
        ]),
      ]),
      note('也可回复「总结 内容」写总结、「安排」加每行一条修改安排，回复「确认纪要」确认'),
    ];
  }
  const whenEmpty = view.status === 'draft' ? `（待${ROLE_NAMES.principal}确定）` : '—';
  const numbered = view.arrangements.map(
    (arrangement, index) => `${index + 1}、${escapeMarkdown(shorten(arrangement, Math.max(budget.text, ARRANGEMENT_SHORTEST)))}`,
  );
  const elements: RootElement[] = [
    section(SUMMARY_HEADING, summaryLines(view, budget)),
    section(ARRANGEMENTS_HEADING, numbered.length > 0 ? listedEntries(numbered, Math.max(budget.entries, ARRANGEMENTS_ALWAYS_SHOWN)) : [whenEmpty]),
  ];
  if (editable) {
    elements.push(note('总结或下月重点工作安排超过输入框 1000 字上限，无法在卡片中修改：请回复「总结 内容」「安排」加每行一条来修改，回复「确认纪要」确认'));
  }
  return elements;
}
