import { describe, expect, it } from 'vitest';
import { missingDirectorFields, requireCompleteDirectorInput } from '../../../src/domain/weekly-reports/weekly-report-rules.ts';
import type { DirectorInput } from '../../../src/domain/weekly-reports/weekly-report-content.ts';

const complete: DirectorInput = {
  investigation: { date: '2026-11-06', scope: '仓库、门店货架、进货台账', people: '赵六、张三、李四', findings: '电热水壶批次温控器失效，已下架' },
  analysis: '本周隐患集中在出厂检验环节，供货商质量不稳定。',
  measures: '约谈供货商，下周加严抽检。',
};

describe('what the director must write before confirming the weekly report', () => {
  it('a report with the whole investigation and the analysis can be confirmed', () => {
    expect(() => requireCompleteDirectorInput(complete)).not.toThrow();
    expect(missingDirectorFields(complete)).toEqual([]);
  });

  it('未发现问题 is a finding', () => {
    expect(() => requireCompleteDirectorInput({ ...complete, investigation: { ...complete.investigation, findings: '未发现问题' } })).not.toThrow();
  });

  it('without 分析研判 or any field of the investigation it is refused, naming each field missing in the report’s order', () => {
    const empty: DirectorInput = { investigation: { date: '', scope: ' ', people: '', findings: '\n' }, analysis: '  ', measures: '' };
    expect(() => requireCompleteDirectorInput(empty)).toThrow(expect.objectContaining({ code: 'weekly-report.incomplete', details: { missing: ['date', 'scope', 'people', 'findings', 'analysis'] } }));
    expect(missingDirectorFields({ ...complete, investigation: { ...complete.investigation, people: '' } })).toEqual(['people']);
    expect(missingDirectorFields({ ...complete, analysis: '' })).toEqual(['analysis']);
  });

  it('measures may be left empty: a quiet week needs no new measures', () => {
    expect(() => requireCompleteDirectorInput({ ...complete, measures: '' })).not.toThrow();
  });
});
