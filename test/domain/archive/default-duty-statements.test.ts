import { describe, expect, it } from 'vitest';
import { defaultDutyStatement } from '../../../src/domain/archive/default-duty-statements.ts';

describe('the default 《质量安全总监职责》 and 《质量安全员守则》', () => {
  it('a seller\'s statements cite Order 76 and speak of selling', () => {
    const duties = defaultDutyStatement('director-duties', 'retailer');
    const code = defaultDutyStatement('officer-code', 'wholesaler');
    expect(duties).toContain('《工业产品销售单位落实质量安全主体责任监督管理规定》（市场监管总局令第76号）第七条');
    expect(code).toContain('二、检查销售过程质量控制等制度落实情况；');
    expect(code).toContain('四、管理维护本单位销售产品质量安全档案，按要求保存相关资料；');
    expect(code).toContain('停止相应产品销售等否决建议');
  });

  it('a producer\'s statements cite Order 75 and speak of production', () => {
    const duties = defaultDutyStatement('director-duties', 'producer');
    const code = defaultDutyStatement('officer-code', 'producer');
    expect(duties).toContain('（市场监管总局令第75号）第七条');
    expect(code).toContain('二、检查原材料进货检查验收、生产过程控制、产品出厂检验等制度落实情况；');
    expect(code).toContain('停止相应产品生产、销售等否决建议');
    expect(code).toContain('停工停产期间');
  });

  it('the director\'s duties are the numbered duties of Art. 7 and the weekly investigation', () => {
    const lines = defaultDutyStatement('director-duties', 'producer').split('\n');
    expect(lines[1]).toBe('质量安全总监按照职责要求直接对本单位主要负责人负责，承担下列职责：');
    expect(lines[2]).toBe('一、组织本单位严格落实工业产品质量安全相关法律法规责任义务及标准要求；');
    expect(lines).toContain('四、组织制定并督促落实工业产品质量安全风险防控措施，定期开展质量安全风险分析研判，评估质量安全状况，行使质量安全一票否决权，并采取处置措施，消除质量安全隐患；');
    expect(lines.some((line) => line.includes('每周至少组织1次风险隐患排查'))).toBe(true);
  });

  it('the officer\'s code includes the daily check and the zero-risk report', () => {
    const code = defaultDutyStatement('officer-code', 'retailer');
    expect(code).toContain('质量安全员按照职责要求对质量安全总监或者单位主要负责人负责');
    expect(code).toContain('未发现问题的，也应当予以记录，实行零风险报告');
    expect(code).not.toContain('第六条');
  });
});
