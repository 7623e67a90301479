import type { DailyCheckItemView, DailyCheckView } from '../../../src/ports/notifications.ts';

const TOPICS = [
  '原材料进货查验',
  '生产工艺参数控制',
  '出厂检验',
  '不合格品处置',
  '计量器具检定校准',
  '产品标识标注',
  '仓储环境条件',
  '关键设备维护保养',
  '作业人员持证上岗',
  '生产许可证有效期',
  '产品质量追溯记录',
  '用户投诉与质量反馈',
  '缺陷产品召回准备',
  '执行标准有效版本',
  '有毒有害物质管控',
];

/**
 * The largest checklist a unit can have: fifteen items whose texts and guidance are as long as a detailed
 * risk-control list gets (about 70 and 170 characters).
 */
export function longChecklistItems(): DailyCheckItemView[] {
  return TOPICS.map((topic, index) => ({
    number: index + 1,
    code: `R${String(index + 1).padStart(2, '0')}`,
    text: `${topic}：是否按照本单位《工业产品质量安全风险管控清单》的要求逐项落实，相关记录是否真实、完整、可追溯，责任人是否签字确认？`,
    guidance:
      `核对${topic}相关的台账、记录和现场实际情况：查看是否有缺项、漏项或者代签；发现与清单要求不一致的，` +
      '应当立即采取停用、隔离、返工等防范措施，并如实记录发现的问题、采取的措施和处理结果，' +
      '情节严重的立即报告质量安全总监或者主要负责人，必要时暂停生产销售。',
  }));
}

export const LONG_HAZARD_DESCRIPTION = '现场发现'.padEnd(1000, '部分批次产品的标识与检验记录不一致，需复核；');
export const LONG_HAZARD_MEASURES = '已经'.padEnd(1000, '将相关批次隔离封存并停止出库，通知质检复检；');

export function dailyCheckView(overrides: Partial<DailyCheckView> = {}): DailyCheckView {
  return {
    checkId: '0f6c2a9e-4b1d-4c8e-9a57-3d2e8b6f1c40',
    unitName: '华东电器制造有限公司',
    date: '2026-01-05',
    shift: '',
    checklistVersion: 3,
    officerName: '王五',
    revision: 1,
    status: 'open',
    items: longChecklistItems(),
    ...overrides,
  };
}

export function answered(
  items: DailyCheckItemView[],
  answers: Record<number, Pick<DailyCheckItemView, 'answer' | 'description' | 'measures'>>,
): DailyCheckItemView[] {
  return items.map((item) => ({ ...item, ...answers[item.number] }));
}

export function allAbnormal(items: DailyCheckItemView[]): DailyCheckItemView[] {
  return items.map((item) => ({
    ...item,
    answer: 'abnormal',
    description: LONG_HAZARD_DESCRIPTION,
    measures: LONG_HAZARD_MEASURES,
  }));
}
