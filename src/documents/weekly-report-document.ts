import type { DayState } from '../domain/records/daily-record-facts.ts';
import {
  type CoverageTotals,
  type OfficerCoverage,
  type WeeklyReportContent,
  type WeeklyReportDocument,
  WEEKLY_REPORT_TITLE,
} from '../domain/weekly-reports/weekly-report-content.ts';
import { daysBetweenInclusive, isoWeekday } from '../domain/calendar/local-time.ts';
import { ROLE_NAMES } from '../domain/people/role.ts';
import { isRectifiedHazard } from '../domain/hazards/hazard-status.ts';
import {
  type Block,
  contentHashLine,
  dataTable,
  labelledLine,
  percent,
  periodText,
  prose,
  renderDocx,
  sectionHeading,
  signatureBlock,
  subheading,
  titleBlock,
} from './document-parts.ts';
import { type EvidenceForDocument, evidenceSection } from './evidence-section.ts';
import { coverageSentence, followUpHazardTable, newHazardTable } from './record-summaries.ts';

const DAY_STATE_LABELS: Readonly<Record<DayState, string>> = {
  'zero-risk': '零风险',
  hazard: '发现隐患',
  missed: '漏检',
  suspended: '停工停产',
  open: '未完成',
};

const WEEKDAY_NAMES = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

const TO_BE_FILLED = `（待${ROLE_NAMES.director}填写）`;

function coverageRow(name: string, totals: CoverageTotals): string[] {
  return [
    name,
    String(totals.expected),
    String(totals.submitted),
    String(totals.zeroRisk),
    String(totals.hazard),
    String(totals.missed),
    String(totals.suspended),
    totals.expected === 0 ? '—' : percent(totals.submissionRate),
  ];
}

function officerTable(officers: readonly OfficerCoverage[], totals: CoverageTotals): Block {
  return dataTable(
    [
      { header: ROLE_NAMES.officer, weight: 1.6 },
      { header: '应检查', weight: 1 },
      { header: '已提交', weight: 1 },
      { header: '零风险报告', weight: 1.2 },
      { header: '发现隐患', weight: 1 },
      { header: '漏检', weight: 0.8 },
      { header: '停工停产', weight: 1 },
      { header: '提交率', weight: 1 },
    ],
    [...officers.map((officer) => coverageRow(officer.officerName, officer)), coverageRow('合计', totals)],
  );
}

/** One row per officer, one column per day: the week at a glance, as an inspector checks it against the daily records. */
function dayGrid(content: WeeklyReportContent): Block {
  const days = daysBetweenInclusive(content.periodStart, content.periodEnd);
  return dataTable(
    [{ header: ROLE_NAMES.officer, weight: 1.4 }, ...days.map((day) => ({ header: `${day.slice(5)}\n${WEEKDAY_NAMES[isoWeekday(day) - 1] ?? ''}`, weight: 1 }))],
    content.coverage.officers.map((officer) => [
      officer.officerName,
      ...days.map((day) => officer.days
        .filter((record) => record.date === day)
        .map((record) => (record.shift === '' ? DAY_STATE_LABELS[record.state] : `${record.shift} ${DAY_STATE_LABELS[record.state]}`))
        .join('\n')),
    ]),
  );
}

function missedCheckBlocks(content: WeeklyReportContent): Block[] {
  if (content.missedChecks.length === 0) return prose('本周无漏检。');
  return [
    dataTable(
      [{ header: '日期', weight: 1 }, { header: '班次', weight: 1 }, { header: ROLE_NAMES.officer, weight: 1 }],
      content.missedChecks.map((missed) => [missed.date, missed.shift === '' ? '全天' : missed.shift, missed.officerName]),
    ),
  ];
}

/** Misses of the previous period recorded after its report was compiled: no other report shows them. */
function missedAfterPreviousReportBlocks(content: WeeklyReportContent): Block[] {
  const carried = content.missedAfterPreviousReport ?? [];
  if (carried.length === 0) return [];
  const entries = carried.map((missed) => [missed.date, missed.shift, missed.officerName].filter((part) => part !== '').join(' '));
  return prose(`上期报告编制后记为漏检：${entries.join('；')}。`);
}

function dailyControlSection(content: WeeklyReportContent): Block[] {
  const { officers, totals } = content.coverage;
  const blocks: Block[] = [sectionHeading(1, '日管控情况'), ...prose(coverageSentence(totals, '本周'))];
  if (officers.length > 0) {
    blocks.push(subheading('（一）各质量安全员检查情况'), officerTable(officers, totals));
    blocks.push(subheading('（二）逐日检查情况'), dayGrid(content));
    blocks.push(subheading('（三）漏检情况'), ...missedCheckBlocks(content));
  }
  return [...blocks, ...missedAfterPreviousReportBlocks(content)];
}

function hazardsFoundSection(content: WeeklyReportContent): Block[] {
  const found = content.hazardsFound;
  if (found.length === 0) return [sectionHeading(2, '本周发现的隐患'), ...prose('本周未发现隐患。')];
  const serious = found.filter((hazard) => hazard.serious).length;
  const rectified = found.filter((hazard) => isRectifiedHazard(hazard.status)).length;
  const ranking = content.topItems.map((item) => `${item.itemCode} ${item.itemText}（${item.count} 次）`).join('；');
  return [
    sectionHeading(2, '本周发现的隐患'),
    ...prose(`本周发现隐患 ${found.length} 项${serious > 0 ? `（其中严重隐患 ${serious} 项）` : ''}，已整改 ${rectified} 项。`),
    newHazardTable(found),
    ...prose(`隐患较集中的检查项目：${ranking}。`),
  ];
}

function earlierHazardsSection(content: WeeklyReportContent): Block[] {
  const earlier = content.earlierOpenHazards;
  if (earlier.length === 0) return [sectionHeading(3, '以往隐患整改情况'), ...prose('无以往未关闭的隐患。')];
  const closed = earlier.filter((hazard) => hazard.status === 'closed').length;
  const overdue = earlier.filter((hazard) => hazard.overdue).length;
  return [
    sectionHeading(3, '以往隐患整改情况'),
    ...prose(`以往发现、本周仍需跟进的隐患 ${earlier.length} 项，本周验证关闭 ${closed} 项，尚未关闭 ${earlier.length - closed} 项${overdue > 0 ? `，其中逾期未整改 ${overdue} 项` : ''}。`),
    followUpHazardTable(earlier),
  ];
}

function filledIn(text: string, draft: boolean, whenBlank: string): string {
  if (text.trim() !== '') return text;
  return draft ? TO_BE_FILLED : whenBlank;
}

function directorSections(report: WeeklyReportDocument): Block[] {
  const draft = report.status === 'draft';
  const { investigation, analysis, measures } = report.director;
  return [
    sectionHeading(4, '排查情况'),
    labelledLine('排查日期', filledIn(investigation.date, draft, '—')),
    labelledLine('排查范围', filledIn(investigation.scope, draft, '—')),
    labelledLine('参加人员', filledIn(investigation.people, draft, '—')),
    labelledLine('发现的问题', filledIn(investigation.findings, draft, '—')),
    sectionHeading(5, '分析研判'),
    ...prose(filledIn(analysis, draft, '—')),
    sectionHeading(6, '整改措施'),
    // Left blank, the section says so: the report never states a decision its author did not write.
    ...prose(filledIn(measures, draft, '—')),
  ];
}

/** 《每周工业产品质量安全排查治理报告》 (Art. 11), as the director signs it and the principal receives it. */
export async function renderWeeklyReportDocx(report: WeeklyReportDocument, evidence: readonly EvidenceForDocument[] = []): Promise<Buffer> {
  const { content } = report;
  const confirmed = report.status === 'confirmed';
  return renderDocx(WEEKLY_REPORT_TITLE, [
    ...titleBlock(WEEKLY_REPORT_TITLE, !confirmed),
    labelledLine('单位', content.unitName),
    labelledLine('排查周期', periodText(content.periodStart, content.periodEnd)),
    labelledLine(ROLE_NAMES.director, report.directorName),
    ...dailyControlSection(content),
    ...hazardsFoundSection(content),
    ...earlierHazardsSection(content),
    ...evidenceSection('隐患证据照片及文件', evidence),
    ...directorSections(report),
    ...signatureBlock(report.compiledAt, { label: '审核确认', signer: `${ROLE_NAMES.director} ${report.directorName}`, at: report.confirmedAt, confirmed }),
    ...(confirmed ? contentHashLine(report.contentHash) : []),
  ]);
}
