import { refusalsOf } from '../domain-error.ts';
import type { WeeklyReportSummary } from './monthly-minutes-content.ts';

/**
 * The director's report to the scheduling meeting (Art. 12: the principal 听取质量安全总监汇报). The bot drafts it
 * from the period's weekly reports; it becomes the director's only when they confirm it or write their own.
 */
export interface DirectorReport {
  text: string;
  /** Who took the text as their report and when (local 'YYYY-MM-DD HH:mm'); both absent while it is the bot's draft. */
  confirmedByName?: string;
  confirmedAt?: string;
}

export interface DirectorReportRefusals {
  'minutes.director-report-empty': Record<string, never>;
}

const refuse = refusalsOf<DirectorReportRefusals>();

/** A starting point built only from what the weekly reports say, for the director to keep, change or replace. */
export function draftDirectorReport(weeklyReports: readonly WeeklyReportSummary[]): DirectorReport {
  if (weeklyReports.length === 0) return { text: '本期未形成周排查报告。' };
  const confirmed = weeklyReports.filter((report) => report.status === 'confirmed').length;
  const hazards = weeklyReports.reduce((sum, report) => sum + report.hazardsFound, 0);
  const analyses = [...weeklyReports]
    .sort((left, right) => left.periodStart.localeCompare(right.periodStart))
    .filter((report) => report.analysis.trim() !== '')
    .map((report) => `${report.periodStart} 至 ${report.periodEnd}：${report.analysis.trim()}`);
  return { text: [`本期形成周排查报告 ${weeklyReports.length} 份（已确认 ${confirmed} 份），周排查共发现隐患 ${hazards} 项。`, ...analyses].join('\n') };
}

export function isDirectorsOwn(report: DirectorReport | undefined): boolean {
  return report?.confirmedByName !== undefined;
}

/** The director confirms the draft as it stands, or gives their own text in its place. */
export function confirmDirectorReport(current: DirectorReport, by: { name: string; at: string }, ownText?: string): DirectorReport {
  const text = (ownText ?? current.text).trim();
  if (text === '') throw refuse('minutes.director-report-empty', {});
  return { text, confirmedByName: by.name, confirmedAt: by.at };
}
