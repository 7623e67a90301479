import type { SuggestionFact } from '../domain/records/daily-record-facts.ts';
import {
  type MonthlyMinutesContent,
  type MonthlyMinutesDocument,
  MONTHLY_MINUTES_TITLE,
} from '../domain/monthly-minutes/monthly-minutes-content.ts';
import { ROLE_NAMES } from '../domain/people/role.ts';
import {
  type Block,
  contentHashLine,
  dataTable,
  labelledLine,
  numberedLines,
  periodText,
  prose,
  renderDocx,
  sectionHeading,
  signatureBlock,
  subheading,
  titleBlock,
} from './document-parts.ts';
import { coverageSentence, followUpHazardTable, hazardSourceSentence, newHazardTable } from './record-summaries.ts';

/** A draft's meeting before the principal recorded it: said plainly, never filled in by the bot. */
const notYetRecorded = `（待${ROLE_NAMES.principal}记录）`;

/** The report in the director's words once they confirmed it; before that, the bot's draft marked as such. */
function reportAsGiven(content: MonthlyMinutesContent): Block[] {
  const report = content.directorReport;
  if (report === undefined) return [];
  const byWhom = report.confirmedByName === undefined
    ? `（质安助手根据周排查报告起草，待${ROLE_NAMES.director}确认）`
    : `（${ROLE_NAMES.director}${report.confirmedByName}于 ${report.confirmedAt ?? ''} 确认）`;
  return [...prose(report.text), ...prose(byWhom)];
}

function directorReportSection(content: MonthlyMinutesContent): Block[] {
  const reports = content.weeklyReports;
  const heading = sectionHeading(1, `${ROLE_NAMES.director}汇报`);
  if (reports.length === 0) return [heading, ...reportAsGiven(content), ...prose('本月未形成周排查报告。')];
  const confirmed = reports.filter((report) => report.status === 'confirmed').length;
  const hazards = reports.reduce((sum, report) => sum + report.hazardsFound, 0);
  return [
    heading,
    ...reportAsGiven(content),
    subheading('各周排查报告'),
    ...prose(`本月形成周排查报告 ${reports.length} 份（已确认 ${confirmed} 份），周排查共发现隐患 ${hazards} 项。各周情况如下：`),
    dataTable(
      [
        { header: '排查周期', weight: 1.4 },
        { header: '发现隐患', weight: 0.7 },
        { header: '状态', weight: 0.7 },
        { header: '分析研判', weight: 2.6 },
        { header: '整改措施', weight: 2.2 },
      ],
      reports.map((report) => [
        periodText(report.periodStart, report.periodEnd),
        `${report.hazardsFound} 项`,
        report.status === 'confirmed' ? '已确认' : '草稿',
        report.analysis,
        report.measures,
      ]),
    ),
  ];
}

function hazardSection(content: MonthlyMinutesContent): Block[] {
  const { found, rectified, stillOpen, foundThisPeriod } = content.hazards;
  return [
    sectionHeading(3, '隐患排查治理情况'),
    ...prose(`本月发现隐患 ${found} 项；连同以往未关闭的隐患，已整改 ${rectified} 项，尚未关闭 ${stillOpen.length} 项。${hazardSourceSentence(foundThisPeriod)}`),
    subheading('（一）本月发现的隐患'),
    ...(foundThisPeriod.length === 0 ? prose('本月未发现隐患。') : [newHazardTable(foundThisPeriod)]),
    subheading('（二）尚未关闭的隐患'),
    ...(stillOpen.length === 0 ? prose('无尚未关闭的隐患。') : [followUpHazardTable(stillOpen)]),
  ];
}

function handling(suggestion: SuggestionFact): string {
  if (suggestion.decision === undefined) return '尚未答复';
  const decided = suggestion.decision === 'adopted' ? '采纳' : '不采纳';
  const answer = suggestion.answer === undefined || suggestion.answer.trim() === '' ? '' : `：${suggestion.answer}`;
  const by = [suggestion.answeredByName, suggestion.answeredDate].filter((part) => part !== undefined).join(' ');
  return `${decided}${answer}${by === '' ? '' : `\n（${by}）`}`;
}

function suggestionSection(content: MonthlyMinutesContent): Block[] {
  const heading = sectionHeading(4, '意见建议及否决处理');
  const suggestions = content.suggestions;
  if (suggestions.length === 0) return [heading, ...prose(`本月无${ROLE_NAMES.director}、${ROLE_NAMES.officer}提出的意见建议。`)];
  const unanswered = suggestions.filter((suggestion) => suggestion.decision === undefined).length;
  return [
    heading,
    ...prose(`本月需处理的意见建议 ${suggestions.length} 项，已答复 ${suggestions.length - unanswered} 项，尚未答复 ${unanswered} 项。`),
    dataTable(
      [
        { header: '编号', weight: 0.6 },
        { header: '类型', weight: 0.9 },
        { header: '提出人', weight: 1.4 },
        { header: '提出日期', weight: 1.1 },
        { header: '内容', weight: 2.6 },
        { header: '处理结果', weight: 2 },
      ],
      suggestions.map((suggestion) => [
        String(suggestion.number),
        suggestion.kind === 'veto' ? '否决建议' : '意见建议',
        `${suggestion.proposerRole}\n${suggestion.proposerName}`,
        suggestion.createdDate,
        suggestion.text,
        handling(suggestion),
      ]),
    ),
  ];
}

function summarySection(minutes: MonthlyMinutesDocument): Block[] {
  const summary = minutes.content.summary?.trim() ?? '';
  // Minutes confirmed before the summary was asked for have none: the section says so rather than disappearing.
  if (summary === '') return [sectionHeading(5, `${ROLE_NAMES.principal}总结`), ...prose(minutes.status === 'draft' ? `（待${ROLE_NAMES.principal}填写）` : '—')];
  return [sectionHeading(5, `${ROLE_NAMES.principal}总结`), ...prose(summary)];
}

function arrangementSection(minutes: MonthlyMinutesDocument): Block[] {
  const heading = sectionHeading(6, '下月重点工作安排');
  if (minutes.arrangements.length > 0) return [heading, ...numberedLines(minutes.arrangements)];
  return [heading, ...prose(minutes.status === 'draft' ? `（待${ROLE_NAMES.principal}确定）` : '—')];
}

/** 《每月工业产品质量安全调度会议纪要》 (Art. 12): the principal hears the director, sums up the month, schedules the next. */
export async function renderMonthlyMinutesDocx(minutes: MonthlyMinutesDocument): Promise<Buffer> {
  const { content } = minutes;
  const confirmed = minutes.status === 'confirmed';
  const { meeting } = content;
  return renderDocx(MONTHLY_MINUTES_TITLE, [
    ...titleBlock(MONTHLY_MINUTES_TITLE, !confirmed),
    labelledLine('单位', content.unitName),
    labelledLine('调度周期', periodText(content.periodStart, content.periodEnd)),
    labelledLine('会议时间', meeting.date || notYetRecorded),
    labelledLine(`主持人（${ROLE_NAMES.principal}）`, meeting.chair),
    labelledLine(`汇报人（${ROLE_NAMES.director}）`, meeting.reporter),
    labelledLine('参会人员', meeting.attendees.join('、') || notYetRecorded),
    ...directorReportSection(content),
    sectionHeading(2, '日管控情况'),
    ...prose(coverageSentence(content.dailyControl, '本月')),
    ...hazardSection(content),
    ...suggestionSection(content),
    ...summarySection(minutes),
    ...arrangementSection(minutes),
    ...signatureBlock(minutes.compiledAt, {
      label: `${ROLE_NAMES.principal}确认`,
      signer: minutes.confirmedByName ?? meeting.chair,
      at: minutes.confirmedAt,
      confirmed,
    }),
    ...(confirmed ? contentHashLine(minutes.contentHash) : []),
  ]);
}
