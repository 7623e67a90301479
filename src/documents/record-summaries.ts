import { HAZARD_SOURCE_LABELS, type HazardSource, hazardItemWords } from '../domain/hazards/hazard-source.ts';
import type { Table } from 'docx';
import type { CoverageTotals, ReportedHazardLine } from '../domain/weekly-reports/weekly-report-content.ts';
import { isRectifiedHazard } from '../domain/hazards/hazard-status.ts';
import { type Column, dataTable, percent } from './document-parts.ts';

// What the weekly report and the monthly minutes both print about 日管控 and 隐患, worded once so the two
// documents never describe the same records differently.

/** `periodName` is 本周 or 本月: the period the sentence speaks of. */
export function coverageSentence(totals: CoverageTotals, periodName: string): string {
  if (totals.expected === 0 && totals.suspended === 0) return `${periodName}无日管控记录。`;
  if (totals.expected === 0) return `${periodName}处于停工停产（停业）期间，暂停检查 ${totals.suspended} 次，无需检查。`;
  const unfinished = totals.expected - totals.submitted - totals.missed;
  return [
    `${periodName}应检查 ${totals.expected} 次，已提交 ${totals.submitted} 次`,
    `（零风险报告 ${totals.zeroRisk} 次，发现隐患 ${totals.hazard} 次），漏检 ${totals.missed} 次`,
    unfinished > 0 ? `，尚未完成 ${unfinished} 次` : '',
    totals.suspended > 0 ? `，停工停产暂停检查 ${totals.suspended} 次` : '',
    `，提交率 ${percent(totals.submissionRate)}。`,
  ].join('');
}

/** 按来源: said only when some hazard was found elsewhere than on a daily check. */
export function hazardSourceSentence(hazards: ReadonlyArray<{ source?: Exclude<HazardSource, 'daily-check'> }>): string {
  if (hazards.every((hazard) => hazard.source === undefined)) return '';
  const counts = new Map<HazardSource, number>();
  for (const hazard of hazards) counts.set(hazard.source ?? 'daily-check', (counts.get(hazard.source ?? 'daily-check') ?? 0) + 1);
  return `按来源：${[...counts].map(([source, count]) => `${HAZARD_SOURCE_LABELS[source]} ${count} 项`).join('，')}。`;
}

function described(hazard: ReportedHazardLine): string {
  return hazard.serious ? `【严重】${hazard.description}` : hazard.description;
}

function responsibility(hazard: ReportedHazardLine): string {
  if (hazard.ownerName === undefined && hazard.deadline === undefined) return isRectifiedHazard(hazard.status) ? '—' : '尚未指定';
  return [hazard.ownerName ?? '责任人未指定', hazard.deadline === undefined ? '期限未定' : `期限 ${hazard.deadline}`].join('\n');
}

function status(hazard: ReportedHazardLine): string {
  return hazard.overdue ? `${hazard.statusLabel}（已逾期）` : hazard.statusLabel;
}

function item(hazard: ReportedHazardLine): string {
  return hazardItemWords(hazard);
}

const newHazardColumns: Column[] = [
  { header: '编号', weight: 0.7 },
  { header: '发现日期', weight: 1.2 },
  { header: '发现人', weight: 0.9 },
  { header: '检查项目', weight: 1.4 },
  { header: '隐患描述', weight: 2 },
  { header: '已采取措施', weight: 1.8 },
  { header: '整改责任人及期限', weight: 1.3 },
  { header: '状态', weight: 1.1 },
];

/** Hazards found in the period, with the immediate measures the officer took when reporting them (Art. 10). */
export function newHazardTable(hazards: readonly ReportedHazardLine[]): Table {
  return dataTable(newHazardColumns, hazards.map((hazard) => [
    String(hazard.number),
    hazard.reportedDate,
    hazard.officerName,
    item(hazard),
    described(hazard),
    hazard.measures,
    responsibility(hazard),
    status(hazard),
  ]));
}

const followUpColumns: Column[] = [
  { header: '编号', weight: 0.7 },
  { header: '发现日期', weight: 1.2 },
  { header: '检查项目', weight: 1.5 },
  { header: '隐患描述', weight: 2.5 },
  { header: '整改责任人及期限', weight: 1.5 },
  { header: '状态', weight: 1.2 },
];

/** Hazards followed up on: what was found, who must rectify it by when, and how far it has got. */
export function followUpHazardTable(hazards: readonly ReportedHazardLine[]): Table {
  return dataTable(followUpColumns, hazards.map((hazard) => [
    String(hazard.number),
    hazard.reportedDate,
    item(hazard),
    described(hazard),
    responsibility(hazard),
    status(hazard),
  ]));
}
