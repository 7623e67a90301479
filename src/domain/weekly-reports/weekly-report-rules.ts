import { DomainError } from '../domain-error.ts';
import type { DirectorInput } from './weekly-report-content.ts';

function isBlank(text: string): boolean {
  return text.trim() === '';
}

/**
 * Art. 11 asks the director to organize an investigation and to analyse and judge (分析研判) the situation; a report
 * holding only what the bot compiled would record neither, so it cannot be confirmed.
 */
export function requireDirectorAnalysis(input: DirectorInput): void {
  if (isBlank(input.analysis)) {
    throw new DomainError(
      'WEEKLY_ANALYSIS_REQUIRED',
      '确认周报前须填写分析研判：请根据本周日管控发现的问题，分析研判产品质量安全状况。',
      { field: 'analysis' },
    );
  }
  const missing = [
    ...(isBlank(input.investigation.scope) ? ['scope'] : []),
    ...(isBlank(input.investigation.findings) ? ['findings'] : []),
  ];
  if (missing.length > 0) {
    throw new DomainError(
      'WEEKLY_INVESTIGATION_REQUIRED',
      '确认周报前须填写本周排查情况：排查范围和发现的问题（未发现问题的，也请写明“未发现问题”）。可在周报卡片上填写，或回复「排查 <范围>：<发现>」。',
      { fields: missing },
    );
  }
}
