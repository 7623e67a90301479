import { hazardItemWords } from '../../domain/hazards/hazard-source.ts';
import type { CoverageTotals, ReportedHazardLine } from '../../domain/weekly-reports/weekly-report-content.ts';
import { markdown, type MarkdownElement } from './card-json.ts';
import { escapeMarkdown, shorten } from './markdown-text.ts';

/**
 * What the weekly report card and the monthly minutes card both say about 日管控 and 隐患, worded once so the two
 * cards never describe the same records differently.
 */

/**
 * How much of each list a report card shows: entries per list and characters per free text. A week of a large unit
 * (thirty hazards, ten officers) with its Word-length texts does not fit in 30 KB, so the cards shrink the lists
 * budget by budget; the Word document always holds everything.
 */
export interface ListBudget {
  entries: number;
  text: number;
}

export const LIST_BUDGETS: readonly [ListBudget, ...ListBudget[]] = [
  { entries: 30, text: 80 },
  { entries: 15, text: 40 },
  { entries: 8, text: 24 },
  { entries: 3, text: 16 },
  { entries: 0, text: 0 },
];

const SHORTEST_ITEM_TEXT = 8;
const LONGEST_ITEM_TEXT = 30;

export function periodText(periodStart: string, periodEnd: string): string {
  return periodStart === periodEnd ? periodStart : `${periodStart} 至 ${periodEnd}`;
}

/** 0.857 → 85.7%, 1 → 100%. */
export function percent(rate: number): string {
  const rounded = (Math.round(rate * 1000) / 10).toFixed(1);
  return `${rounded.endsWith('.0') ? rounded.slice(0, -2) : rounded}%`;
}

export function coverageLine(totals: CoverageTotals): string {
  const rate = totals.expected === 0 ? '—' : percent(totals.submissionRate);
  return (
    `应检 ${totals.expected} 份，已交 ${totals.submitted} 份（提交率 ${rate}），` +
    `零风险 ${totals.zeroRisk}，发现隐患 ${totals.hazard}，漏检 ${totals.missed}，停产 ${totals.suspended}`
  );
}

/**
 * A hazard in two lines: number, severity, item and description; then date, reporter, status, and who rectifies
 * by when, with the overdue mark in red.
 */
export function hazardLine(hazard: ReportedHazardLine, textLimit: number): string {
  const itemLimit = Math.min(LONGEST_ITEM_TEXT, Math.max(SHORTEST_ITEM_TEXT, Math.floor(textLimit / 2)));
  const serious = hazard.serious ? "<font color='red'>【严重】</font>" : '';
  const item = escapeMarkdown(hazardItemWords({ ...hazard, itemText: shorten(hazard.itemText, itemLimit) }));
  const description = escapeMarkdown(shorten(hazard.description, Math.max(SHORTEST_ITEM_TEXT, textLimit)));
  const details = [hazard.reportedDate, escapeMarkdown(hazard.officerName), statusMarkup(hazard)];
  if (hazard.ownerName !== undefined || hazard.deadline !== undefined) {
    const owner = hazard.ownerName === undefined ? '责任人未定' : `整改负责人 ${escapeMarkdown(hazard.ownerName)}`;
    details.push(`${owner}，期限 ${hazard.deadline ?? '未定'}`);
  }
  if (hazard.overdue) details.push("<font color='red'>⚠ 已逾期</font>");
  return `**第 ${hazard.number} 号**${serious} ${item}：${description}\n　${details.join(' · ')}`;
}

function statusMarkup(hazard: ReportedHazardLine): string {
  const label = escapeMarkdown(hazard.statusLabel);
  if (hazard.status === 'closed') return `<font color='green'>${label}</font>`;
  if (hazard.overdue || hazard.status === 'escalated') return `<font color='red'>${label}</font>`;
  return label;
}

/** The first `maxEntries` entries, and a line saying how many more the Word document holds. */
export function listedEntries(entries: readonly string[], maxEntries: number): string[] {
  if (entries.length <= maxEntries) return [...entries];
  return [...entries.slice(0, maxEntries), `<font color='grey'>…另有 ${entries.length - maxEntries} 条，详见 Word 文档</font>`];
}

/** A section of a report card: its heading in bold, then its lines. */
export function section(heading: string, lines: readonly string[]): MarkdownElement {
  return markdown([`**${heading}**`, ...lines].join('\n'));
}
