import { refusalsOf } from '../domain-error.ts';
import type { DirectorInput } from './weekly-report-content.ts';

export interface WeeklyReportRefusals {
  'weekly-report.analysis-required': Record<string, never>;
}

const refuse = refusalsOf<WeeklyReportRefusals>();

function isBlank(text: string): boolean {
  return text.trim() === '';
}

/**
 * Art. 11 asks the director to analyse and judge (分析研判) the situation: a report holding only what the bot compiled
 * records no judgement, so it cannot be confirmed without one.
 */
export function requireDirectorAnalysis(input: DirectorInput): void {
  if (isBlank(input.analysis)) {
    throw refuse('weekly-report.analysis-required', {});
  }
}

/** The investigation fields left blank; the report can be confirmed without them, but says they were not filled. */
export function missingInvestigationFields(input: DirectorInput): Array<'date' | 'scope' | 'people' | 'findings'> {
  return (['date', 'scope', 'people', 'findings'] as const).filter((field) => isBlank(input.investigation[field]));
}
