import { refusalsOf } from '../domain-error.ts';
import type { DirectorInput } from './weekly-report-content.ts';

/** What a confirmed report must hold that only the director can write. */
export type DirectorField = 'date' | 'scope' | 'people' | 'findings' | 'analysis';

export interface WeeklyReportRefusals {
  'weekly-report.incomplete': { missing: DirectorField[] };
}

const refuse = refusalsOf<WeeklyReportRefusals>();

function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** The fields the director has still to write, in the order the report shows them. */
export function missingDirectorFields(input: DirectorInput): DirectorField[] {
  const investigation = (['date', 'scope', 'people', 'findings'] as const).filter((field) => isBlank(input.investigation[field]));
  return isBlank(input.analysis) ? [...investigation, 'analysis'] : investigation;
}

/**
 * Art. 11 asks for an investigation (排查) and its analysis (分析研判): a report confirmed without when, where, by whom
 * and with what findings records an investigation nobody can show took place. 未发现问题 is a finding; an empty field
 * is not. Measures may stay empty: a quiet week needs no new ones, and the report then says nothing in their place.
 */
export function requireCompleteDirectorInput(input: DirectorInput): void {
  const missing = missingDirectorFields(input);
  if (missing.length > 0) throw refuse('weekly-report.incomplete', { missing });
}
