import { describe, expect, it } from 'vitest';
import { parseChatWords } from '../../src/lark/chat-words.ts';

describe('parseChatWords: a zero-risk report', () => {
  it.each(['全部正常', '零风险', '全部正常！', '全部正常。', ' 全部正常 ', '全部　正常', '全部正常!!', '零风险～', '全部正常👍'])(
    '「%s」 submits every item as normal',
    (text) => {
      expect(parseChatWords(text)).toEqual({ kind: 'all-normal' });
    },
  );

  it('does not read 全部正常 followed by other words as a zero-risk report', () => {
    expect(parseChatWords('全部正常吗')).toEqual({ kind: 'unknown', text: '全部正常吗' });
  });
});

describe('parseChatWords: reporting a hazard', () => {
  it('reads item number and description', () => {
    expect(parseChatWords('异常 3 灭火器过期')).toEqual({
      kind: 'hazard',
      itemNumber: 3,
      description: '灭火器过期',
      serious: false,
    });
  });

  it('reads the way people type it on a phone, with measures', () => {
    expect(parseChatWords('  异常  2  灭火器过期  措施：已下架 ')).toEqual({
      kind: 'hazard',
      itemNumber: 2,
      description: '灭火器过期',
      measures: '已下架',
      serious: false,
    });
  });

  it.each([
    ['异常3 灭火器过期', 3],
    ['异常3灭火器过期', 3],
    ['异常 第3项 灭火器过期', 3],
    ['异常第3项灭火器过期', 3],
    ['异常 第三项 灭火器过期', 3],
    ['异常 十二项 灭火器过期', 12],
    ['异常：3，灭火器过期', 3],
    ['异常 3、灭火器过期', 3],
    ['异常 3. 灭火器过期', 3],
    ['异常　３　灭火器过期', 3],
    ['异常 12 灭火器过期', 12],
  ])('「%s」 is item %i', (text, itemNumber) => {
    expect(parseChatWords(text)).toMatchObject({ kind: 'hazard', itemNumber, description: '灭火器过期' });
  });

  it('accepts measures with an ASCII colon and after a comma', () => {
    expect(parseChatWords('异常 4 插座老化，措施:已断电更换')).toMatchObject({
      description: '插座老化',
      measures: '已断电更换',
    });
  });

  it('does not leave “整改” or “已采取” dangling at the end of the description', () => {
    expect(parseChatWords('异常 4 插座老化 整改措施：更换')).toMatchObject({ description: '插座老化', measures: '更换' });
    expect(parseChatWords('异常 4 插座老化，已采取措施：断电')).toMatchObject({ description: '插座老化', measures: '断电' });
  });

  it('reads measures written on the next line', () => {
    expect(parseChatWords('异常 5 仓库堆放过高\n措施：已重新码放')).toMatchObject({
      description: '仓库堆放过高',
      measures: '已重新码放',
    });
  });

  it('keeps a description written over several lines', () => {
    expect(parseChatWords('异常 5 仓库堆放过高\n且靠近灯具')).toMatchObject({ description: '仓库堆放过高\n且靠近灯具' });
  });

  it('leaves measures out when none are written after the marker', () => {
    expect(parseChatWords('异常 5 仓库堆放过高 措施：')).toEqual({
      kind: 'hazard',
      itemNumber: 5,
      description: '仓库堆放过高',
      serious: false,
    });
  });

  it.each(['异常 3 严重 电源线破损漏电', '异常 严重 3 电源线破损漏电', '异常 3 【严重】电源线破损漏电', '异常3 严重：电源线破损漏电'])(
    '「%s」 is marked serious',
    (text) => {
      expect(parseChatWords(text)).toMatchObject({ kind: 'hazard', itemNumber: 3, description: '电源线破损漏电', serious: true });
    },
  );

  it('keeps 严重 as part of the description when it is not a separate word', () => {
    expect(parseChatWords('异常 3 严重漏电')).toMatchObject({ description: '严重漏电', serious: false });
  });

  it('does not take a Chinese numeral that begins the description for an item number', () => {
    expect(parseChatWords('异常 三楼灭火器过期')).toMatchObject({ kind: 'invalid', word: '异常' });
  });

  it('does not take a decimal in the description for an item number', () => {
    expect(parseChatWords('异常 3.5米高处护栏松动')).toMatchObject({ kind: 'invalid', word: '异常' });
    expect(parseChatWords('异常 2 3.5米高处护栏松动')).toMatchObject({ itemNumber: 2, description: '3.5米高处护栏松动' });
  });

  it('explains, with an example, that the item number is missing', () => {
    const result = parseChatWords('异常 灭火器过期');
    expect(result).toMatchObject({ kind: 'invalid', word: '异常' });
    expect(result.kind === 'invalid' && result.problem).toMatch(/第几项.*例如：异常 3/);
  });

  it('explains, with an example, that the description is missing', () => {
    for (const text of ['异常 3', '异常 3 措施：已下架', '异常3！', '异常 3 严重']) {
      const result = parseChatWords(text);
      expect(result).toMatchObject({ kind: 'invalid', word: '异常' });
      expect(result.kind === 'invalid' && result.problem).toContain('第 3 项发现了什么问题');
    }
  });

  it('refuses item number 0', () => {
    expect(parseChatWords('异常 0 灭火器过期')).toMatchObject({ kind: 'invalid', word: '异常' });
  });

  it('treats 异常 alone as an incomplete hazard report', () => {
    expect(parseChatWords('异常')).toMatchObject({ kind: 'invalid', word: '异常' });
  });
});

describe('parseChatWords: answering one item', () => {
  it.each([
    ['正常 3', 3, 'normal'],
    ['正常3', 3, 'normal'],
    ['正常 第3项', 3, 'normal'],
    ['正常 3。', 3, 'normal'],
    ['不适用 5', 5, 'not-applicable'],
    ['不适用第五项', 5, 'not-applicable'],
  ] as const)('「%s」 answers item %i as %s', (text, itemNumber, answer) => {
    expect(parseChatWords(text)).toEqual({ kind: 'item', itemNumber, answer });
  });

  it('reads the item of 不适用 when a reason follows it', () => {
    expect(parseChatWords('不适用 5 本店不销售电动自行车')).toEqual({ kind: 'item', itemNumber: 5, answer: 'not-applicable' });
  });

  it('refuses a date the calendar does not have, before anything is stored', () => {
    expect(parseChatWords('整改 3 王五 2026-13-45')).toMatchObject({ kind: 'invalid', word: '整改', problem: expect.stringContaining('2026-13-45 不存在') });
    expect(parseChatWords('整改 3 王五 2026-02-30')).toMatchObject({ kind: 'invalid', word: '整改' });
    expect(parseChatWords('排查日期 2026-11-31')).toMatchObject({ kind: 'invalid', word: '排查日期', problem: expect.stringContaining('2026-11-31 不存在') });
    expect(parseChatWords('整改 3 王五 2026-02-28')).toEqual({ kind: 'assign-rectification', hazardNumber: 3, ownerName: '王五', deadline: '2026-02-28' });
  });

  it('refuses several numbers at once rather than silently answering only the first', () => {
    const result = parseChatWords('正常 1 2 3');
    expect(result).toMatchObject({ kind: 'invalid', word: '正常' });
    expect(result.kind === 'invalid' && result.problem).toContain('一次只能标记一项');
  });

  it('points 正常 without a number to 全部正常', () => {
    const result = parseChatWords('正常');
    expect(result).toMatchObject({ kind: 'invalid', word: '正常' });
    expect(result.kind === 'invalid' && result.problem).toContain('全部正常');
  });

  it('asks 不适用 without a number for the item', () => {
    expect(parseChatWords('不适用')).toMatchObject({ kind: 'invalid', word: '不适用' });
  });
});

describe('parseChatWords: single words', () => {
  it.each([
    ['提交', 'submit'],
    ['提交！', 'submit'],
    ['更正', 'correction'],
    ['确认周报', 'confirm-weekly'],
    ['确认 周报', 'confirm-weekly'],
    ['确认周报。', 'confirm-weekly'],
    ['周报', 'show-weekly'],
    ['周报？', 'show-weekly'],
    ['确认纪要', 'confirm-minutes'],
    ['纪要', 'show-minutes'],
    ['帮助', 'help'],
    ['help', 'help'],
    ['HELP', 'help'],
    ['?', 'help'],
    ['？', 'help'],
    [' ？？ ', 'help'],
  ])('「%s」 is %s', (text, kind) => {
    expect(parseChatWords(text)).toEqual({ kind });
  });

  it('does not read a sentence that merely starts with a word as that word', () => {
    expect(parseChatWords('周报什么时候发')).toEqual({ kind: 'unknown', text: '周报什么时候发' });
    expect(parseChatWords('提交了吗')).toEqual({ kind: 'unknown', text: '提交了吗' });
  });
});

describe('parseChatWords: export', () => {
  it('exports without a month', () => {
    expect(parseChatWords('导出')).toEqual({ kind: 'export' });
    expect(parseChatWords('导出。')).toEqual({ kind: 'export' });
  });

  it.each([
    ['导出 2026-01', '2026-01'],
    ['导出2026-1', '2026-01'],
    ['导出 2026年1月', '2026-01'],
    ['导出 2026 年 12 月', '2026-12'],
    ['导出 2026/3', '2026-03'],
    ['导出 2026.03', '2026-03'],
    ['导出 202603', '2026-03'],
    ['导出：２０２６－０３', undefined],
    ['导出：２０２６年３月', '2026-03'],
  ])('「%s」 exports %s', (text, month) => {
    if (month === undefined) {
      expect(parseChatWords(text)).toMatchObject({ kind: 'invalid', word: '导出' });
    } else {
      expect(parseChatWords(text)).toEqual({ kind: 'export', month });
    }
  });

  it.each(['导出 2026-13', '导出 2026年0月', '导出 上个月', '导出 26-01'])('「%s」 is refused with an example', (text) => {
    const result = parseChatWords(text);
    expect(result).toMatchObject({ kind: 'invalid', word: '导出' });
    expect(result.kind === 'invalid' && result.problem).toContain('导出 2026-01');
  });
});

describe('parseChatWords: archive link', () => {
  it('asks for the current month without one, or for the month named', () => {
    expect(parseChatWords('归档')).toEqual({ kind: 'archive-link' });
    expect(parseChatWords('归档 2026-11')).toEqual({ kind: 'archive-link', month: '2026-11' });
    expect(parseChatWords('归档 2026年1月')).toEqual({ kind: 'archive-link', month: '2026-01' });
  });

  it.each(['归档 2026-13', '归档 上个月'])('「%s」 is refused with an example', (text) => {
    const result = parseChatWords(text);
    expect(result).toMatchObject({ kind: 'invalid', word: '归档' });
    expect(result.kind === 'invalid' && result.problem).toContain('归档 2026-01');
  });
});

describe('parseChatWords: suggestions, vetoes and the principal’s answers', () => {
  it('reads a suggestion, with or without a space or colon', () => {
    expect(parseChatWords('建议 增加来料抽检频次')).toEqual({ kind: 'suggestion', text: '增加来料抽检频次' });
    expect(parseChatWords('建议：增加来料抽检频次')).toEqual({ kind: 'suggestion', text: '增加来料抽检频次' });
    expect(parseChatWords('建议增加来料抽检频次')).toEqual({ kind: 'suggestion', text: '增加来料抽检频次' });
  });

  it('reads a veto proposal, keeping its lines', () => {
    expect(parseChatWords('否决 第二批适配器温升超标\n建议停止销售')).toEqual({
      kind: 'veto',
      text: '第二批适配器温升超标\n建议停止销售',
    });
  });

  it('asks for the content of an empty suggestion or veto', () => {
    expect(parseChatWords('建议')).toMatchObject({ kind: 'invalid', word: '建议' });
    expect(parseChatWords('否决：')).toMatchObject({ kind: 'invalid', word: '否决' });
  });

  it('reads an adoption with the action to be taken', () => {
    expect(parseChatWords('采纳 3 本周内召回该批次')).toEqual({ kind: 'adopt', proposalId: '3', action: '本周内召回该批次' });
    expect(parseChatWords('采纳 #12：停止销售')).toEqual({ kind: 'adopt', proposalId: '12', action: '停止销售' });
    expect(parseChatWords('采纳３号 停止销售')).toEqual({ kind: 'adopt', proposalId: '3', action: '停止销售' });
  });

  it('reads a rejection with its reason', () => {
    expect(parseChatWords('驳回 V7 经第三方检测该批次合格')).toEqual({
      kind: 'reject',
      proposalId: 'V7',
      reason: '经第三方检测该批次合格',
    });
  });

  it('refuses a rejection without a reason, since the reason is what the record is kept for', () => {
    const result = parseChatWords('驳回 7');
    expect(result).toMatchObject({ kind: 'invalid', word: '驳回' });
    expect(result.kind === 'invalid' && result.problem).toContain('驳回的理由');
  });

  it('refuses an adoption without an id or without an action', () => {
    expect(parseChatWords('采纳')).toMatchObject({ kind: 'invalid', word: '采纳' });
    expect(parseChatWords('采纳 ！')).toMatchObject({ kind: 'invalid', word: '采纳' });
    const withoutAction = parseChatWords('采纳 3');
    expect(withoutAction.kind === 'invalid' && withoutAction.problem).toContain('将采取的措施');
  });
});

describe('parseChatWords: next month’s arrangements', () => {
  it('takes the rest of the first line as one arrangement', () => {
    expect(parseChatWords('安排 更换过期灭火器')).toEqual({ kind: 'arrangements', items: ['更换过期灭火器'] });
  });

  it('takes every line as one arrangement, dropping numbering and blank lines', () => {
    const text = '安排：\n1. 更换过期灭火器\n2、组织一次质量安全培训\n\n（3）3.15前完成供应商复审\n- 抽检新到货电源适配器\n① 修订进货查验记录表';
    expect(parseChatWords(text)).toEqual({
      kind: 'arrangements',
      items: ['更换过期灭火器', '组织一次质量安全培训', '3.15前完成供应商复审', '抽检新到货电源适配器', '修订进货查验记录表'],
    });
  });

  it('keeps the first line when more lines follow', () => {
    expect(parseChatWords('安排 更换过期灭火器\r\n组织培训')).toEqual({
      kind: 'arrangements',
      items: ['更换过期灭火器', '组织培训'],
    });
  });

  it('asks for the arrangements when none are written', () => {
    expect(parseChatWords('安排')).toMatchObject({ kind: 'invalid', word: '安排' });
    expect(parseChatWords('安排：\n\n')).toMatchObject({ kind: 'invalid', word: '安排' });
  });
});

describe('parseChatWords: anything else', () => {
  it('returns unknown with the tidied text', () => {
    expect(parseChatWords('　你好\u200b ')).toEqual({ kind: 'unknown', text: '你好' });
    expect(parseChatWords('')).toEqual({ kind: 'unknown', text: '' });
  });

  it('does not let one result be changed through another', () => {
    const first = parseChatWords('全部正常') as { kind: string };
    first.kind = 'changed';
    expect(parseChatWords('全部正常')).toEqual({ kind: 'all-normal' });
  });
});

describe('parseChatWords: punctuation alone is not content', () => {
  it.each([
    ['建议！', '建议'],
    ['否决。。', '否决'],
    ['驳回 3 ？', '驳回'],
    ['安排 ——', '安排'],
  ] as const)('「%s」 asks for the missing content', (text, word) => {
    expect(parseChatWords(text)).toMatchObject({ kind: 'invalid', word });
  });

  it('leaves out measures that are only punctuation', () => {
    expect(parseChatWords('异常 3 灭火器过期 措施：。')).not.toHaveProperty('measures');
  });
});

describe('the words of the rectification loop and the weekly report', () => {
  it('整改 names the hazard, the owner and the deadline', () => {
    expect(parseChatWords('整改 3 王五 2026-12-05')).toEqual({ kind: 'assign-rectification', hazardNumber: 3, ownerName: '王五', deadline: '2026-12-05' });
    expect(parseChatWords('整改 第3号 王五 2026/12/5')).toEqual({ kind: 'assign-rectification', hazardNumber: 3, ownerName: '王五', deadline: '2026-12-05' });
    expect(parseChatWords('整改 3 王五')).toMatchObject({ kind: 'invalid', word: '整改' });
  });

  it('已整改, 验证 and 升级 carry their text', () => {
    expect(parseChatWords('已整改 3 已更换灭火器')).toEqual({ kind: 'rectified', hazardNumber: 3, text: '已更换灭火器' });
    expect(parseChatWords('验证 3 通过')).toEqual({ kind: 'verify', hazardNumber: 3, passed: true, note: '' });
    expect(parseChatWords('验证 3 不通过 标签未换')).toEqual({ kind: 'verify', hazardNumber: 3, passed: false, note: '标签未换' });
    expect(parseChatWords('验证 3 不通过')).toMatchObject({ kind: 'invalid', word: '验证' });
    expect(parseChatWords('升级 2 需停产整改')).toEqual({ kind: 'escalate', hazardNumber: 2, reason: '需停产整改' });
  });

  it('研判, 排查 and 周报措施 fill the director’s part of the weekly report', () => {
    expect(parseChatWords('研判 隐患集中在仓储环节')).toEqual({ kind: 'weekly-input', field: 'analysis', text: '隐患集中在仓储环节' });
    expect(parseChatWords('排查：全厂消防器材')).toEqual({ kind: 'weekly-input', field: 'findings', text: '全厂消防器材' });
    expect(parseChatWords('周报措施 每周二巡查仓库')).toEqual({ kind: 'weekly-input', field: 'measures', text: '每周二巡查仓库' });
    expect(parseChatWords('隐患')).toEqual({ kind: 'show-hazards' });
  });
});

describe('the remaining parts of the weekly investigation by text', () => {
  it('排查日期 and 参加人员', () => {
    expect(parseChatWords('排查日期 2026-11-06')).toEqual({ kind: 'weekly-investigation-date', date: '2026-11-06' });
    expect(parseChatWords('排查日期 下周')).toMatchObject({ kind: 'invalid', word: '排查日期' });
    expect(parseChatWords('参加人员 李四、王五')).toEqual({ kind: 'weekly-input', field: 'participants', text: '李四、王五' });
  });
});

describe('会议: the monthly scheduling meeting as held', () => {
  it('reads the date and the attendees, however they are separated, each once', () => {
    expect(parseChatWords('会议 2026-11-30 陈建国、刘志强，王芳 赵磊、王芳')).toEqual({ kind: 'minutes-meeting', date: '2026-11-30', attendees: ['陈建国', '刘志强', '王芳', '赵磊'] });
    expect(parseChatWords('会议 2026年11月30日 陈建国')).toEqual({ kind: 'minutes-meeting', date: '2026-11-30', attendees: ['陈建国'] });
  });

  it('asks for what is missing or impossible, with an example', () => {
    expect(parseChatWords('会议 陈建国、刘志强')).toMatchObject({ kind: 'invalid', word: '会议', problem: expect.stringContaining('会议 2026-11-30') });
    expect(parseChatWords('会议 2026-11-30')).toMatchObject({ kind: 'invalid', word: '会议', problem: expect.stringContaining('参会人员') });
    expect(parseChatWords('会议 2026-02-30 陈建国')).toMatchObject({ kind: 'invalid', word: '会议', problem: expect.stringContaining('2026-02-30 不存在') });
  });
});

describe('监管检查: the regulator’s inspection and its findings', () => {
  it('reads the date, the authority and each finding, on one line or several', () => {
    expect(parseChatWords('监管检查 2026-11-20 市市场监督管理局：灭火器过期；出厂检验记录缺签字')).toEqual({
      kind: 'regulator-inspection',
      date: '2026-11-20',
      authority: '市市场监督管理局',
      findings: ['灭火器过期', '出厂检验记录缺签字'],
    });
    expect(parseChatWords('监管检查 2026年11月20日 区市场监管所 双随机抽查\n1. 灭火器过期\n2、台账缺出货地点')).toEqual({
      kind: 'regulator-inspection',
      date: '2026-11-20',
      authority: '区市场监管所 双随机抽查',
      findings: ['灭火器过期', '台账缺出货地点'],
    });
  });

  it('asks for the date, the authority or the findings when one is missing', () => {
    expect(parseChatWords('监管检查 市市场监督管理局：灭火器过期')).toMatchObject({ kind: 'invalid', word: '监管检查', problem: expect.stringContaining('检查日期') });
    expect(parseChatWords('监管检查 2026-11-20：灭火器过期')).toMatchObject({ kind: 'invalid', word: '监管检查', problem: expect.stringContaining('请写明检查机关') });
    expect(parseChatWords('监管检查 2026-11-20 市市场监督管理局')).toMatchObject({ kind: 'invalid', word: '监管检查', problem: expect.stringContaining('每个问题将登记为一项隐患') });
  });
});

describe('停产 / 停业: a suspension declared in chat', () => {
  it('reads the two dates and the reason', () => {
    expect(parseChatWords('停产 2026-12-10 至 2026-12-15 设备检修')).toEqual({ kind: 'suspension', startDate: '2026-12-10', endDate: '2026-12-15', reason: '设备检修' });
    expect(parseChatWords('停业 2026年12月10日 2026年12月10日 盘点')).toEqual({ kind: 'suspension', startDate: '2026-12-10', endDate: '2026-12-10', reason: '盘点' });
  });

  it('asks for the end date or the reason when missing', () => {
    expect(parseChatWords('停产 2026-12-10 设备检修')).toMatchObject({ kind: 'invalid', word: '停产', problem: expect.stringContaining('结束日期') });
    expect(parseChatWords('停业 2026-12-10 2026-12-11')).toMatchObject({ kind: 'invalid', word: '停业', problem: expect.stringContaining('原因') });
  });
});

describe('确认汇报, 汇报 and 总结: the director’s report and the principal’s summary in the minutes', () => {
  it('reads the director confirming the drafted report, or giving their own', () => {
    expect(parseChatWords('确认汇报。')).toEqual({ kind: 'director-report' });
    expect(parseChatWords('汇报：本月隐患均已整改')).toEqual({ kind: 'director-report', text: '本月隐患均已整改' });
  });

  it('reads the principal’s summary', () => {
    expect(parseChatWords('总结 本月日管控落实到位')).toEqual({ kind: 'minutes-summary', text: '本月日管控落实到位' });
  });

  it('asks for the text when only the word came', () => {
    expect(parseChatWords('汇报')).toMatchObject({ kind: 'invalid', word: '汇报', problem: expect.stringContaining('例如：汇报 ') });
    expect(parseChatWords('总结：')).toMatchObject({ kind: 'invalid', word: '总结', problem: expect.stringContaining('例如：总结 ') });
  });
});

describe('隐患 <来源> <描述>: a hazard found elsewhere than on a daily check', () => {
  it('reads the source, the description and whether it is serious; 隐患 alone still lists the open hazards', () => {
    expect(parseChatWords('隐患 周排查 成品仓库消防通道堆放杂物')).toEqual({ kind: 'raise-hazard', source: 'weekly-investigation', description: '成品仓库消防通道堆放杂物', serious: false });
    expect(parseChatWords('隐患 监管检查：严重 抽检不合格')).toEqual({ kind: 'raise-hazard', source: 'regulator', description: '抽检不合格', serious: true });
    expect(parseChatWords('隐患 投诉 严重超温的说法未核实')).toMatchObject({ source: 'complaint', serious: false });
    expect(parseChatWords('隐患')).toEqual({ kind: 'show-hazards' });
    expect(parseChatWords('登记隐患')).toEqual({ kind: 'raise-hazard-form' });
  });

  it('asks for a known source and a description', () => {
    expect(parseChatWords('隐患 巡查 灭火器过期')).toMatchObject({ kind: 'invalid', word: '隐患', problem: expect.stringContaining('周排查、月调度、投诉、监管检查、其他') });
    expect(parseChatWords('隐患 月调度')).toMatchObject({ kind: 'invalid', word: '隐患', problem: expect.stringContaining('描述') });
  });
});

describe('培训: a training session of the director and officers', () => {
  it('reads the date, the hours, the subject, the content, the trainer and each attendee once', () => {
    expect(parseChatWords('培训 2026-11-10 4 产品质量法和强制性国家标准 内容：销售者的产品质量责任 授课：周老师 参加：李四、王五')).toEqual({
      kind: 'training-session',
      date: '2026-11-10',
      hours: 4,
      subject: '产品质量法和强制性国家标准',
      content: '销售者的产品质量责任',
      trainer: '周老师',
      attendees: ['李四', '王五'],
    });
    expect(parseChatWords('培训 2026年11月10日 1.5学时 岗前培训 参加人员：李四，王五 王五')).toEqual({
      kind: 'training-session',
      date: '2026-11-10',
      hours: 1.5,
      subject: '岗前培训',
      content: '',
      trainer: '',
      attendees: ['李四', '王五'],
    });
  });

  it('asks for what is missing or impossible, with an example', () => {
    expect(parseChatWords('培训 明天 4 岗前培训 参加：李四')).toMatchObject({ kind: 'invalid', word: '培训', problem: expect.stringContaining('例如：培训 2026-11-10 4 ') });
    expect(parseChatWords('培训 2026-02-30 4 岗前培训 参加：李四')).toMatchObject({ kind: 'invalid', word: '培训', problem: expect.stringContaining('2026-02-30 不存在') });
    expect(parseChatWords('培训 2026-11-10 半天 岗前培训 参加：李四')).toMatchObject({ kind: 'invalid', word: '培训', problem: expect.stringContaining('学时数') });
    expect(parseChatWords('培训 2026-11-10 0 岗前培训 参加：李四')).toMatchObject({ kind: 'invalid', word: '培训', problem: expect.stringContaining('学时应大于 0') });
    expect(parseChatWords('培训 2026-11-10 4 参加：李四')).toMatchObject({ kind: 'invalid', word: '培训', problem: expect.stringContaining('培训主题') });
    expect(parseChatWords('培训 2026-11-10 4 岗前培训')).toMatchObject({ kind: 'invalid', word: '培训', problem: expect.stringContaining('「参加：」') });
  });
});

describe('考核 and 抽查考核: an assessment, and the regulator’s spot check with its rectification', () => {
  it('reads the person, the date, the result, the score and the assessor, the person before or after the date', () => {
    expect(parseChatWords('考核 王五 2026-11-12 合格 92分 考核人：李四')).toEqual({
      kind: 'assessment',
      assessmentKind: 'assessment',
      personName: '王五',
      date: '2026-11-12',
      passed: true,
      score: 92,
      assessor: '李四',
    });
    expect(parseChatWords('考核 2026-11-12 王五 不合格')).toEqual({ kind: 'assessment', assessmentKind: 'assessment', personName: '王五', date: '2026-11-12', passed: false, assessor: '' });
    expect(parseChatWords('考核：王五，2026年11月12日，合格，88.5 分')).toMatchObject({ personName: '王五', passed: true, score: 88.5 });
  });

  it('reads a failed spot check with the authority, the rectification and its date', () => {
    expect(parseChatWords('抽查考核 王五 2026-11-20 不合格 考核机关：区市场监管所 整改：停岗重新培训 整改日期：2026-11-22')).toEqual({
      kind: 'assessment',
      assessmentKind: 'spot-check',
      personName: '王五',
      date: '2026-11-20',
      passed: false,
      assessor: '区市场监管所',
      rectification: { text: '停岗重新培训', on: '2026-11-22' },
    });
    expect(parseChatWords('抽查考核 王五 2026-11-20 不合格 整改：停岗重新培训')).toMatchObject({ rectification: { text: '停岗重新培训' } });
  });

  it('asks for what is missing or not understood, with an example', () => {
    expect(parseChatWords('考核 王五 合格')).toMatchObject({ kind: 'invalid', word: '考核', problem: expect.stringContaining('例如：考核 王五 2026-11-12 合格') });
    expect(parseChatWords('考核 王五 2026-13-01 合格')).toMatchObject({ kind: 'invalid', word: '考核', problem: expect.stringContaining('2026-13-01 不存在') });
    expect(parseChatWords('考核 2026-11-12 合格')).toMatchObject({ kind: 'invalid', word: '考核', problem: expect.stringContaining('姓名') });
    expect(parseChatWords('考核 王五 2026-11-12')).toMatchObject({ kind: 'invalid', word: '考核', problem: expect.stringContaining('「合格」或「不合格」') });
    expect(parseChatWords('考核 王五 2026-11-12 合格 李四')).toMatchObject({ kind: 'invalid', word: '考核', problem: expect.stringContaining('「考核人：」') });
    expect(parseChatWords('抽查考核 王五 2026-11-20 不合格 整改日期：2026-11-22')).toMatchObject({ kind: 'invalid', word: '抽查考核', problem: expect.stringContaining('整改措施') });
    expect(parseChatWords('抽查考核 王五 2026-11-20 不合格 整改：停岗 整改日期：下周')).toMatchObject({ kind: 'invalid', word: '抽查考核', problem: expect.stringContaining('不是有效的日期') });
  });
});
