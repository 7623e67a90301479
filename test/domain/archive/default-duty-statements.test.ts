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
    expect(code).toContain('二、检查原材料进货把关、生产过程控制、产品出厂检验等制度落实情况；');
    expect(code).toContain('三、实施对不合格品的控制，督促员工采取有效措施整改质量问题并及时报告质量安全总监；');
    expect(code).toContain('或者生产许可证、强制性产品认证证书失效时，应当提出停止相应产品生产、销售等否决建议（第四条）');
    expect(code).toContain('停工停产期间');
  });

  it('a producer\'s director has the seven duties of the published Art. 7, accident plan and drills included, then the weekly investigation', () => {
    const lines = defaultDutyStatement('director-duties', 'producer').split('\n');
    expect(lines[1]).toBe('质量安全总监按照职责要求直接对本单位主要负责人负责，承担下列职责：');
    expect(lines[2]).toBe('一、组织本单位严格落实工业产品质量安全相关法律法规责任义务及标准要求；');
    expect(lines).toContain('四、组织制定并督促落实工业产品质量安全风险防控措施，定期开展质量安全自查，组织实施风险分析研判，评估质量安全状况，及时向本单位主要负责人报告质量安全工作情况并提出改进措施，行使质量安全一票否决权并采取处置措施，消除质量安全隐患；');
    expect(lines).toContain('五、组织拟定质量安全事故处置方案，开展应急演练，发生质量安全事故时，立即采取措施，防止事故扩大；');
    expect(lines).toContain('七、接受和配合市场监督管理部门开展的监督检查、缺陷产品召回、事故调查和质量安全追溯等工作，对检查发现的问题积极整改落实；');
    expect(lines.some((line) => line.includes('每周至少组织一次风险隐患排查') && line.includes('（第十一条）'))).toBe(true);
  });

  it('a seller\'s director has the six duties of its Art. 7: no accident drills', () => {
    const duties = defaultDutyStatement('director-duties', 'retailer');
    expect(duties).not.toContain('应急演练');
    expect(duties).toContain('五、对员工组织开展质量安全教育、培训和考核；');
    expect(duties).toContain('定期开展质量安全自查');
    expect(duties).toContain('及时向本单位主要负责人报告质量安全工作情况');
  });

  it('the officer\'s code includes the daily check and the zero-risk report', () => {
    const code = defaultDutyStatement('officer-code', 'retailer');
    expect(code).toContain('质量安全员按照职责要求对质量安全总监或者单位主要负责人负责');
    expect(code).toContain('未发现问题的，也应当予以记录，实行零风险报告');
    expect(code).not.toContain('第六条');
  });
});
