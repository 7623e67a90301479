import type { FormAnswers } from '../lark-stand-in/card-reading.ts';

/*
 * What the people of the two demo units do during the month, as data. Days count from the first of the month
 * played, times are the units' local time, `{date}` stands for the day being played. Everything happens through
 * the chat: typing a message (`say`), or pressing a button on the latest card that contains `on` (`press`),
 * with the form under it filled by the labels its fields show.
 */

export type Step =
  | { say: string }
  /** Sends a photo (a file under demo/), as evidence of the step just taken. */
  | { photo: string }
  | {
      press: string;
      on: string;
      /** The nth button with this label on the card, counting from 1 (e.g. the 异常 of item 9). */
      nth?: number;
      form?: FormAnswers;
    };

export interface Turn {
  day: number;
  time: string;
  unit: string;
  person: string;
  steps: Step[];
}

export interface ScriptedSuspension {
  unit: string;
  fromDay: number;
  toDay: number;
  reason: string;
  /** Recorded ahead of time, as a unit announces a planned shutdown. */
  recordedOnDay: number;
}

/** An officer's leave, declared ahead in chat, and the colleague the director names to check in their place. */
export interface ScriptedLeave {
  unit: string;
  officer: string;
  substitute: string;
  fromDay: number;
  toDay: number;
  reason: string;
  declaredOnDay: number;
}

export interface DemoScript {
  /** How officers answer a day on which nothing is found; they alternate between the two. */
  zeroRisk: { byCard: Step; byText: Step };
  /** When each officer answers an ordinary day, in order of the unit's officers. */
  officerTimes: string[];
  /** Officers' days that are not a zero-risk report: a hazard, or no answer at all (no steps: a missed day). */
  officerDays: Turn[];
  /** Everything else people do: the rectification loop, vetoes, suggestions. */
  turns: Turn[];
  suspensions: ScriptedSuspension[];
  leaves: ScriptedLeave[];
  /** The director's completion of the 1st, 2nd, … weekly report of the month, half by the card, half by text. */
  weeklyReports: Record<string, Step[][]>;
  /** The principal's answer to the month's minutes. */
  /** The director confirms or rewrites the report drafted for them, then the principal records, sums up and confirms. */
  monthlyMinutes: Record<string, { director: Step[]; principal: Step[] }>;
  /** How long after the draft arrives the director and the principal take it up. */
  answerAfterMinutes: number;
}

const producer = 'huadong-electric';
const retailer = 'appliance-mart';
const dailyCard = '{date}';
const weeklyCard = '每周工业产品质量安全排查治理报告';

const weeklyByCard = (fields: Record<string, string>): Step[] => [
  { press: '确认并报送主要负责人', on: weeklyCard, form: { fields: { 排查日期: '{date}', ...fields } } },
];

export const demoScript: DemoScript = {
  zeroRisk: {
    byCard: { press: '全部正常（零风险）', on: dailyCard },
    byText: { say: '全部正常' },
  },
  officerTimes: ['09:05', '09:18', '09:32'],

  officerDays: [
    // Hazard 1 of the producer, reported by text with a photo of the thermometer as evidence; taken through the whole
    // loop, failing verification once.
    { day: 2, time: '09:20', unit: producer, person: 'wangfang', steps: [{ say: '异常 4 注塑车间2号注塑机料筒温度高于工艺上限15℃ 措施：已停机调温，隔离当班生产的320件外壳待检' }, { photo: 'evidence/injection-moulding-thermometer.png' }, { say: '其余正常' }] },
    // Hazard 1 of the retailer, reported on the card: 异常 on item 5, the form, then the rest as normal.
    {
      day: 3,
      time: '09:40',
      unit: retailer,
      person: 'fengxue',
      steps: [
        { press: '异常', on: dailyCard, nth: 5 },
        { press: '上报隐患', on: dailyCard, form: { fields: { 隐患描述: '货架上3台电暖器外包装破损受潮', 已采取措施: '已下架隔离，联系供货商退换' }, choose: ['一般隐患'] } },
        { press: '其余项目正常并提交', on: dailyCard },
      ],
    },
    // A missed day: the officer does not answer, is reminded in the afternoon, and the day is closed as missed.
    { day: 6, time: '09:00', unit: retailer, person: 'hejia', steps: [] },
    // Hazard 2 of the producer, on the card.
    {
      day: 12,
      time: '10:15',
      unit: producer,
      person: 'sunli',
      steps: [
        { press: '异常', on: dailyCard, nth: 9 },
        { press: '上报隐患', on: dailyCard, form: { fields: { 隐患描述: '销售台账中前日3笔发货记录缺购货者联系方式', 已采取措施: '已补录联系方式，通知销售部逐单核对' }, choose: ['一般隐患'] } },
        { press: '其余项目正常并提交', on: dailyCard },
      ],
    },
    // Hazard 3 of the producer: serious, so the principal is alerted too; rectified after its deadline.
    { day: 20, time: '09:25', unit: producer, person: 'zhaolei', steps: [{ say: '异常 6 严重 一批次500台电暖器出厂检验漏做耐压测试 措施：已暂停该批次发货，封存在库产品' }, { say: '其余正常' }] },
    { day: 22, time: '09:00', unit: producer, person: 'sunli', steps: [] },
    // Hazard 2 of the retailer: still being rectified when the month ends.
    { day: 26, time: '09:10', unit: retailer, person: 'zhenghao', steps: [{ say: '异常 3 展示区2台电热水壶未附产品合格证 措施：已暂停销售，向供货商索要合格证' }, { say: '其余正常' }] },
  ],

  turns: [
    { day: 2, time: '09:50', unit: producer, person: 'liu', steps: [{ press: '确认收到', on: '注塑车间2号注塑机' }] },
    { day: 2, time: '10:10', unit: producer, person: 'liu', steps: [{ press: '指派整改', on: '注塑车间2号注塑机', form: { choose: ['赵磊'] } }] },
    { day: 3, time: '15:30', unit: producer, person: 'zhaolei', steps: [{ press: '提交整改结果', on: '注塑车间2号注塑机', form: { fields: { 整改情况说明: '已更换温控热电偶并重新标定，试生产首件检验合格' } } }] },
    { day: 4, time: '10:00', unit: producer, person: 'liu', steps: [{ press: '不通过，退回整改', on: '注塑车间2号注塑机', form: { fields: { 验证意见: '隔离的320件外壳尚未复检，请复检后再提交' } } }] },
    { day: 5, time: '11:00', unit: producer, person: 'zhaolei', steps: [{ say: '已整改 1 隔离的320件外壳已全数复检：合格318件，2件不合格已报废' }] },
    // Art. 15: the training of the director and officers is recorded, so the index finds it on file.
    { day: 5, time: '15:00', unit: producer, person: 'liu', steps: [{ say: '培训 {date} 4 产品质量法和电器产品强制性国家标准 授课：市质量协会 王老师 参加：刘志强、王芳、赵磊、孙丽' }] },
    { day: 5, time: '15:10', unit: retailer, person: 'wujing', steps: [{ say: '培训 {date} 3 销售者进货查验和产品质量责任 授课：区市场监督管理局 参加：吴静、郑浩、冯雪、何佳' }] },
    { day: 5, time: '14:00', unit: producer, person: 'liu', steps: [{ press: '验证通过', on: '注塑车间2号注塑机', form: { fields: { 验证意见: '现场核查温控记录和复检记录，整改有效' } } }] },

    { day: 3, time: '10:30', unit: retailer, person: 'wujing', steps: [{ press: '确认收到', on: '电暖器外包装破损' }] },
    { day: 3, time: '10:40', unit: retailer, person: 'wujing', steps: [{ press: '指派整改', on: '电暖器外包装破损', form: { choose: ['冯雪'] } }] },
    { day: 5, time: '16:20', unit: retailer, person: 'fengxue', steps: [{ say: '已整改 1 3台电暖器已退回供货商，货架加铺防潮垫' }] },
    { day: 6, time: '10:00', unit: retailer, person: 'wujing', steps: [{ press: '验证通过', on: '电暖器外包装破损', form: { fields: { 验证意见: '现场查看，货架已整改，退货单据齐全' } } }] },

    { day: 11, time: '14:00', unit: retailer, person: 'hejia', steps: [{ say: '建议 电暖器等季节性商品上架前增加一次包装完好性抽检' }] },
    { day: 12, time: '09:50', unit: retailer, person: 'zhouming', steps: [{ say: '采纳 1 自下周起季节性商品上架前由当班质量安全员抽检包装' }] },

    { day: 12, time: '11:00', unit: producer, person: 'liu', steps: [{ press: '指派整改', on: '缺购货者联系方式', form: { choose: ['孙丽'] } }] },
    { day: 14, time: '15:00', unit: producer, person: 'sunli', steps: [{ say: '已整改 2 3笔记录已补全，销售台账增设联系方式必填校验' }] },
    { day: 15, time: '09:45', unit: producer, person: 'liu', steps: [{ say: '验证 2 通过 抽查本周销售台账，记录完整' }] },

    // A veto the principal rejects, with the reason on record.
    { day: 15, time: '10:30', unit: producer, person: 'zhaolei', steps: [{ say: '否决 前日批次电源适配器温升试验超标，建议暂停该批次出厂' }] },
    { day: 16, time: '09:40', unit: producer, person: 'chen', steps: [{ press: '驳回', on: '电源适配器温升试验超标', form: { fields: { 答复: '经第三方机构复测温升合格，原试验设备未校准，已安排重新校准' } } }] },

    { day: 20, time: '09:45', unit: producer, person: 'liu', steps: [{ press: '确认收到', on: '漏做耐压测试' }] },
    { day: 20, time: '10:05', unit: producer, person: 'liu', steps: [{ press: '指派整改', on: '漏做耐压测试', form: { choose: ['赵磊'] } }] },
    { day: 28, time: '16:40', unit: producer, person: 'zhaolei', steps: [{ press: '提交整改结果', on: '漏做耐压测试', form: { fields: { 整改情况说明: '封存的500台已全部补做耐压测试并合格；出厂检验增加耐压测试记录核对' } } }] },
    { day: 28, time: '17:30', unit: producer, person: 'liu', steps: [{ press: '验证通过', on: '漏做耐压测试', form: { fields: { 验证意见: '抽查50台耐压测试记录，符合要求' } } }] },

    { day: 26, time: '10:00', unit: retailer, person: 'wujing', steps: [{ press: '指派整改', on: '电热水壶未附产品合格证', form: { choose: ['郑浩'] } }] },

    // Hazards found elsewhere than on a daily check run the same loop: the weekly investigation, a complaint, the
    // regulator's inspection (each finding its own hazard).
    { day: 27, time: '10:00', unit: producer, person: 'liu', steps: [{ say: '隐患 周排查 成品仓库消防通道堆放待发货纸箱' }, { say: '整改 4 王芳 {date}' }] },
    { day: 27, time: '10:20', unit: retailer, person: 'zhouming', steps: [{ say: '隐患 投诉 顾客反映展示区电热水壶底座松动' }] },
    { day: 27, time: '15:00', unit: producer, person: 'wangfang', steps: [{ say: '已整改 4 纸箱已移入待发区，通道划线禁放' }] },
    { day: 28, time: '16:00', unit: producer, person: 'liu', steps: [{ say: '监管检查 {date} 区市场监督管理局：成品库两具灭火器压力不足' }, { say: '整改 5 赵磊 2026-12-04' }] },
    { day: 27, time: '16:00', unit: producer, person: 'liu', steps: [{ say: '验证 4 通过 现场查看通道畅通' }] },
    // Each person can look back: an officer at their month, the director at the unit's week.
    { day: 27, time: '17:00', unit: producer, person: 'wangfang', steps: [{ say: '我的记录' }] },
    { day: 27, time: '17:10', unit: producer, person: 'liu', steps: [{ say: '本周情况' }] },
  ],

  suspensions: [{ unit: retailer, fromDay: 17, toDay: 18, reason: '门店装修停业', recordedOnDay: 15 }],
  leaves: [{ unit: producer, officer: 'sunli', substitute: 'wangfang', fromDay: 3, toDay: 4, reason: '年假', declaredOnDay: 2 }],

  // Weekly texts stay general: which days of the month fall in which week depends on the month played.
  weeklyReports: {
    [producer]: [
      weeklyByCard({
        排查范围: '注塑车间、总装车间、成品仓库',
        参加人员: '刘志强、王芳、赵磊',
        排查发现: '对照本周日管控记录逐项复查，发现的问题均已落实整改责任人',
        分析研判: '过程控制和仓储环节总体受控，关键设备点检需持续加强',
        '整改措施/下一步措施': '关键设备温控参数纳入每班点检',
      }),
      [{ say: '排查日期 {date}' }, { say: '参加人员 刘志强、王芳、赵磊' }, { say: '排查 检验室、成品仓库：未发现新问题' }, { say: '研判 本周日管控执行到位，质量安全风险总体受控' }, { say: '确认周报' }],
      weeklyByCard({
        排查范围: '销售部、成品仓库、出厂检验室',
        参加人员: '刘志强、孙丽',
        排查发现: '抽查销售台账和出厂检验记录，个别记录不完整，已要求补正',
        分析研判: '追溯记录管理需加强，产品质量总体稳定',
        '整改措施/下一步措施': '销售台账和出厂检验记录每周抽查',
      }),
      [{ say: '排查日期 {date}' }, { say: '参加人员 刘志强、王芳、赵磊' }, { say: '排查 出厂检验室、总装车间：出厂检验记录已逐批核对' }, { say: '研判 出厂检验环节是本月重点，已加严核对' }, { say: '确认周报' }],
      weeklyByCard({
        排查范围: '全厂各车间、仓库',
        参加人员: '刘志强、王芳、赵磊、孙丽',
        排查发现: '本周日管控发现的问题均已跟踪处理，未发现新问题',
        分析研判: '隐患集中在过程控制和出厂检验，整改后受控',
        '整改措施/下一步措施': '下月开展出厂检验专项培训',
      }),
    ],
    [retailer]: [
      [{ say: '排查日期 {date}' }, { say: '参加人员 吴静、郑浩' }, { say: '排查 卖场、库房：未发现新问题' }, { say: '研判 进货查验和标识检查执行到位，总体受控' }, { say: '确认周报' }],
      weeklyByCard({
        排查范围: '卖场各展区、库房',
        参加人员: '吴静、郑浩、冯雪',
        排查发现: '对照本周日管控记录复查，发现的问题均已下架或整改',
        分析研判: '季节性商品仓储条件需关注，其余环节受控',
        '整改措施/下一步措施': '季节性商品上架前检查包装',
      }),
      [{ say: '排查日期 {date}' }, { say: '参加人员 吴静、郑浩' }, { say: '排查 库房、收银台：未发现问题' }, { say: '研判 商品储存和标识总体受控' }, { say: '确认周报' }],
      weeklyByCard({
        排查范围: '小家电展区、库房',
        参加人员: '吴静、郑浩、何佳',
        排查发现: '抽查合格证和中文标识，个别商品证明文件不全，已暂停销售',
        分析研判: '进货查验索证环节有疏漏，需督促供货商',
        '整改措施/下一步措施': '对相关供货商到货逐批核对合格证',
      }),
      [{ say: '排查日期 {date}' }, { say: '参加人员 吴静、郑浩' }, { say: '排查 卖场、库房：未发现新问题' }, { say: '研判 本月总体受控，个别隐患正在整改' }, { say: '确认周报' }],
    ],
  },

  monthlyMinutes: {
    [producer]: {
      director: [{ say: '汇报 本月日管控和周排查发现的隐患均已整改并经验证关闭；问题集中在注塑工艺温控和出厂耐压测试，建议下月开展出厂检验专项培训' }],
      principal: [
        { say: '会议 {date} 陈建国、刘志强、王芳、赵磊、孙丽' },
        { say: '总结 本月日管控、周排查按要求开展，隐患均已闭环；出厂检验是薄弱环节，下月作为重点' },
        { say: '安排 1. 完成本月隐患的复查，巩固整改效果\n2. 组织质量安全员开展一次出厂检验专项培训\n3. 出厂检验增加耐压测试记录核对' },
        { say: '确认纪要' },
      ],
    },
    [retailer]: {
      director: [{ say: '确认汇报' }],
      principal: [
        { say: '会议 {date} 周明、吴静、郑浩、冯雪' },
        { say: '总结 本月进货查验和储存总体受控，供货商证明文件不全的问题须督促整改到位' },
        { say: '安排 1. 督促供货商补齐电热水壶合格证，完成第 2 号隐患整改\n2. 季节性商品上架前抽检包装\n3. 复核库房防潮措施' },
        { say: '确认纪要' },
      ],
    },
  },
  answerAfterMinutes: 30,
};
