import { describe, expect, it } from 'vitest';
import { missingInvestigationFields, requireDirectorAnalysis } from '../../../src/domain/weekly-reports/weekly-report-rules.ts';
import type { DirectorInput } from '../../../src/domain/weekly-reports/weekly-report-content.ts';

const complete: DirectorInput = {
  investigation: { date: '2026-11-06', scope: '仓库、门店货架、进货台账', people: '赵六、张三、李四', findings: '电热水壶批次温控器失效，已下架' },
  analysis: '本周隐患集中在出厂检验环节，供货商质量不稳定。',
  measures: '约谈供货商，下周加严抽检。',
};

describe('what the director must write before confirming the weekly report', () => {
  it('a report with investigation and analysis can be confirmed', () => {
    expect(() => requireDirectorAnalysis(complete)).not.toThrow();
  });

  it('without 分析研判 it cannot be confirmed', () => {
    expect(() => requireDirectorAnalysis({ ...complete, analysis: '  ' })).toThrow(expect.objectContaining({ code: 'weekly-report.analysis-required' }));
  });

  it('the investigation’s fields left blank are named, so the confirmation can say so', () => {
    const noScope = { ...complete, investigation: { ...complete.investigation, scope: '', findings: '\n' } };
    expect(() => requireDirectorAnalysis(noScope)).not.toThrow();
    expect(missingInvestigationFields(noScope)).toEqual(['scope', 'findings']);
    expect(missingInvestigationFields(complete)).toEqual([]);
  });

  it('measures may be left empty: a quiet week needs no new measures', () => {
    expect(() => requireDirectorAnalysis({ ...complete, measures: '' })).not.toThrow();
  });
});
