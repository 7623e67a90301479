import { isRectifiedHazard } from '../../domain/hazards/hazard-status.ts';
import { ROLE_NAMES } from '../../domain/people/role.ts';
import {
  WEEKLY_REPORT_TITLE,
  type DirectorInput,
  type MissedCheck,
  type OfficerCoverage,
  type WeeklyReportContent,
} from '../../domain/weekly-reports/weekly-report-content.ts';
import type { WeeklyReportCardView } from '../../ports/notifications.ts';
import { WeeklyReportFields } from './card-action-values.ts';
import { withinByteTarget } from './card-budget.ts';
import { buttonRow, card, markdown, note, type Card, type MarkdownElement, type RootElement } from './card-json.ts';
import { fitsInput, form, formInput, MAX_INPUT_LENGTH, submitButton } from './form-fields.ts';
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

export const WEEKLY_REPORT_CARD_TITLE = `《${WEEKLY_REPORT_TITLE}》`;

const CONTENT_HASH_SHOWN = 16;
const DATE_INPUT_LENGTH = 20;

/** The director's part of the report, in the order the Word document prints it. */
interface DirectorField {
  name: string;
  label: string;
  placeholder: string;
  rows: number;
  maxLength: number;
  value: (director: DirectorInput) => string;
}

// 排查范围、排查发现 and 分析研判 are needed to confirm (weekly-report-rules.ts), yet none is `required` here:
// Lark would then refuse 保存草稿 of a half-written report. The confirmation checks them instead.
const DIRECTOR_FIELDS: readonly DirectorField[] = [
  {
    name: WeeklyReportFields.investigationDate,
    label: '排查日期',
    placeholder: 'YYYY-MM-DD',
    rows: 1,
    maxLength: DATE_INPUT_LENGTH,
    value: (director) => director.investigation.date,
  },
  {
    name: WeeklyReportFields.scope,
    label: '排查范围',
    placeholder: '本周排查了哪些车间、工序、产品或门店（确认时必填）',
    rows: 2,
    maxLength: MAX_INPUT_LENGTH,
    value: (director) => director.investigation.scope,
  },
  {
    name: WeeklyReportFields.people,
    label: '参加人员',
    placeholder: '参加排查的人员',
    rows: 1,
    maxLength: MAX_INPUT_LENGTH,
    value: (director) => director.investigation.people,
  },
  {
    name: WeeklyReportFields.findings,
    label: '排查发现',
    placeholder: '排查发现的问题；未发现问题的，写明“未发现问题”（确认时必填）',
    rows: 3,
    maxLength: MAX_INPUT_LENGTH,
    value: (director) => director.investigation.findings,
  },
  {
    name: WeeklyReportFields.analysis,
    label: '分析研判',
    placeholder: '根据本周日管控和排查发现的问题，分析研判产品质量安全状况（确认时必填）',
    rows: 4,
    maxLength: MAX_INPUT_LENGTH,
    value: (director) => director.analysis,
  },
  {
    name: WeeklyReportFields.measures,
    label: '整改措施/下一步措施',
    placeholder: '针对发现的问题采取的整改措施和下一步措施',
    rows: 3,
    maxLength: MAX_INPUT_LENGTH,
    value: (director) => director.measures,
  },
];

/**
 * 《每周工业产品质量安全排查治理报告》 (Art. 11): what the bot compiled from the week's records, and the director's
 * investigation and analysis, which the director fills in on the draft and confirms for the principal.
 */
export function buildWeeklyReportCard(view: WeeklyReportCardView): Card {
  return withinByteTarget(LIST_BUDGETS, (budget) => weeklyReportCard(view, budget));
}

function weeklyReportCard(view: WeeklyReportCardView, budget: ListBudget): Card {
  const { content } = view;
  const confirmed = view.status === 'confirmed';
  const period = periodText(content.periodStart, content.periodEnd);
  const elements: RootElement[] = [];
  if (!confirmed) {
    elements.push(
      markdown(
        view.audience === 'director'
          ? `**草稿**：请填写本周排查情况和分析研判，确认后报送${ROLE_NAMES.principal}`
          : `**草稿**：待${ROLE_NAMES.director}确认`,
      ),
    );
  }
  elements.push(
    section('一、日管控情况', coverageLines(content, budget)),
    section('二、本周发现的隐患', hazardsFoundLines(content, budget)),
    section('三、以往隐患整改', earlierHazardLines(content, budget)),
    section('四、隐患高发检查项', topItemLines(content, budget)),
    section('五、漏检情况', missedCheckLines(content, budget)),
    ...directorPart(view),
  );
  return card({
    title: WEEKLY_REPORT_CARD_TITLE,
    subtitle: `${content.unitName} · ${period}`,
    template: confirmed ? 'green' : 'blue',
    summary: `${WEEKLY_REPORT_TITLE} ${period}：${confirmed ? '已确认' : '草稿待确认'}`,
    elements,
  });
}

function coverageLines(content: WeeklyReportContent, budget: ListBudget): string[] {
  return [coverageLine(content.coverage.totals), ...listedEntries(content.coverage.officers.map(officerLine), budget.entries)];
}

function officerLine(officer: OfficerCoverage): string {
  const suspended = officer.suspended > 0 ? `，停产 ${officer.suspended}` : '';
  const missed = officer.missed > 0 ? `<font color='red'>漏检 ${officer.missed}</font>` : '漏检 0';
  return (
    `· ${escapeMarkdown(officer.officerName)}：应检 ${officer.expected}，已交 ${officer.submitted}，` +
    `零风险 ${officer.zeroRisk}，隐患 ${officer.hazard}，${missed}${suspended}`
  );
}

function hazardsFoundLines(content: WeeklyReportContent, budget: ListBudget): string[] {
  const found = content.hazardsFound;
  if (found.length === 0) return ['本周未发现隐患'];
  const serious = found.filter((hazard) => hazard.serious).length;
  const rectified = found.filter((hazard) => isRectifiedHazard(hazard.status)).length;
  return [
    `共 ${found.length} 项${serious > 0 ? `（其中严重隐患 ${serious} 项）` : ''}，已整改 ${rectified} 项`,
    ...listedEntries(found.map((hazard) => hazardLine(hazard, budget.text)), budget.entries),
  ];
}

function earlierHazardLines(content: WeeklyReportContent, budget: ListBudget): string[] {
  const earlier = content.earlierOpenHazards;
  if (earlier.length === 0) return ['无以往未关闭的隐患'];
  const closed = earlier.filter((hazard) => hazard.status === 'closed').length;
  const overdue = earlier.filter((hazard) => hazard.overdue).length;
  const overdueText = overdue > 0 ? `，<font color='red'>其中已逾期 ${overdue} 项</font>` : '';
  return [
    `需跟进 ${earlier.length} 项，本周验证关闭 ${closed} 项，尚未关闭 ${earlier.length - closed} 项${overdueText}`,
    ...listedEntries(earlier.map((hazard) => hazardLine(hazard, budget.text)), budget.entries),
  ];
}

function topItemLines(content: WeeklyReportContent, budget: ListBudget): string[] {
  if (content.topItems.length === 0) return ['本周未发现隐患，无高发检查项'];
  return listedEntries(
    content.topItems.map((item) => `· ${escapeMarkdown(`${item.itemCode} ${item.itemText}`)}：${item.count} 次`),
    budget.entries,
  );
}

function missedCheckText(missed: MissedCheck): string {
  const shift = missed.shift.trim() ? ` ${escapeMarkdown(missed.shift)}` : '';
  return `${missed.date}${shift} ${escapeMarkdown(missed.officerName)}`;
}

function missedCheckLines(content: WeeklyReportContent, budget: ListBudget): string[] {
  const thisPeriod = content.missedChecks.length === 0
    ? ['本周无漏检']
    : [
        `<font color='red'>漏检 ${content.missedChecks.length} 次</font>`,
        ...listedEntries(content.missedChecks.map((missed) => `· ${missedCheckText(missed)}`), budget.entries),
      ];
  // Misses of the previous period recorded after its report was compiled: no other report shows them.
  const carried = content.missedAfterPreviousReport ?? [];
  if (carried.length === 0) return thisPeriod;
  return [...thisPeriod, `上期报告编制后记为漏检：${listedEntries(carried.map(missedCheckText), budget.entries).join('；')}`];
}

const DIRECTOR_HEADING = '六、排查情况及分析研判';

function directorPart(view: WeeklyReportCardView): RootElement[] {
  if (view.status === 'confirmed') {
    const lines = [`审核确认：${escapeMarkdown(view.directorName)} ${view.confirmedAt ?? ''}`.trimEnd()];
    if (view.contentHash) lines.push(`内容摘要：${view.contentHash.slice(0, CONTENT_HASH_SHOWN)}…`);
    return [directorText(view, '—'), note(lines.join('\n'))];
  }
  const toBeFilled = `（待${ROLE_NAMES.director}填写）`;
  if (view.audience !== 'director') return [directorText(view, toBeFilled)];
  const editable = DIRECTOR_FIELDS.every((field) => fitsInput(field.value(view.director), field.maxLength));
  if (!editable) {
    return [
      directorText(view, toBeFilled),
      note('已填写的内容超过输入框 1000 字上限，无法在卡片中修改：请在对话中修改，回复「确认周报」确认'),
    ];
  }
  return [
    markdown(`**${DIRECTOR_HEADING}**`),
    form('weekly_report_form', [
      ...DIRECTOR_FIELDS.map((field) =>
        formInput({
          name: field.name,
          label: field.label,
          placeholder: field.placeholder,
          required: false,
          rows: field.rows,
          maxLength: field.maxLength,
          defaultValue: field.value(view.director),
        }),
      ),
      buttonRow([
        submitButton('保存草稿', { action: 'weekly.save', reportId: view.reportId, confirm: false }, 'default', 'weekly_save_draft'),
        submitButton(
          `确认并报送${ROLE_NAMES.principal}`,
          { action: 'weekly.save', reportId: view.reportId, confirm: true },
          'primary_filled',
          'weekly_confirm',
        ),
      ]),
    ]),
    note('也可回复「确认周报」确认'),
  ];
}

/** The director's part as text; a read-only card shows it whole up to the length an input holds. */
function directorText(view: WeeklyReportCardView, whenBlank: string): MarkdownElement {
  return section(
    DIRECTOR_HEADING,
    DIRECTOR_FIELDS.map((field) => {
      const value = field.value(view.director);
      return `**${field.label}**：${value.trim() ? escapeMarkdown(shorten(value, MAX_INPUT_LENGTH)) : whenBlank}`;
    }),
  );
}
