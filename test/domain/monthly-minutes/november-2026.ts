import type { DailyRecordFact, DayState, HazardFact, SuggestionFact } from '../../../src/domain/records/daily-record-facts.ts';
import type { MonthlyMinutesFacts } from '../../../src/domain/monthly-minutes/compile-monthly-minutes.ts';

/** November 2026 of a small shop: one missed check, hazards old and new, a veto nobody has answered yet. */
function day(officerId: string, officerName: string, date: string, state: DayState): DailyRecordFact {
  return { date, shift: '', officerId, officerName, state, revision: 1 };
}

const records: DailyRecordFact[] = [
  day('o-zhang', '张三', '2026-11-02', 'zero-risk'),
  day('o-zhang', '张三', '2026-11-03', 'zero-risk'),
  day('o-zhang', '张三', '2026-11-04', 'zero-risk'),
  day('o-zhang', '张三', '2026-11-05', 'missed'),
  day('o-li', '李四', '2026-11-02', 'zero-risk'),
  day('o-li', '李四', '2026-11-03', 'hazard'),
  day('o-li', '李四', '2026-11-04', 'suspended'),
  day('o-li', '李四', '2026-11-30', 'zero-risk'),
  day('o-li', '李四', '2026-12-01', 'missed'),
];

function hazard(fields: Partial<HazardFact> & Pick<HazardFact, 'number' | 'reportedDate' | 'status'>): HazardFact {
  return { officerName: '李四', itemCode: 'P05', itemText: '出厂检验', description: '合格证缺失', measures: '暂停出库', serious: false, ...fields };
}

const hazards: HazardFact[] = [
  hazard({ number: 1, reportedDate: '2026-10-20', status: 'assigned', ownerName: '王五', deadline: '2026-11-05', description: '仓库灭火器过期' }),
  hazard({ number: 2, reportedDate: '2026-10-25', status: 'closed', closedDate: '2026-11-04', description: '进货台账缺少供货商资质' }),
  hazard({ number: 3, reportedDate: '2026-10-10', status: 'closed', closedDate: '2026-10-30', description: '上月已关闭的隐患' }),
  hazard({ number: 4, reportedDate: '2026-11-03', status: 'assigned', ownerName: '王五', deadline: '2026-12-05', description: '电热水壶批次 2026-1103 温控器失效', serious: true }),
  hazard({ number: 5, reportedDate: '2026-11-12', status: 'rectified', description: '出厂检验记录漏签' }),
  hazard({ number: 6, reportedDate: '2026-11-20', status: 'closed', closedDate: '2026-11-25', itemCode: 'P02', itemText: '进货查验', description: '供货商未提供 CCC 证书' }),
  hazard({ number: 7, reportedDate: '2026-11-26', status: 'reported', itemCode: 'P03', itemText: '储存条件', description: '仓库漏雨' }),
];

const suggestions: SuggestionFact[] = [
  {
    number: 1, kind: 'veto', proposerName: '张三', proposerRole: '质量安全员', createdDate: '2026-11-10',
    text: '电热水壶批次 2026-1103 温控器失效，建议停止销售该批次全部产品并通知已购客户',
  },
  { number: 2, kind: 'suggestion', proposerName: '赵六', proposerRole: '质量安全总监', createdDate: '2026-10-15', text: '增加仓库巡查', decision: 'adopted', answer: '同意', answeredByName: '钱七', answeredDate: '2026-10-20' },
  { number: 3, kind: 'suggestion', proposerName: '赵六', proposerRole: '质量安全总监', createdDate: '2026-10-28', text: '更换供货商' },
  { number: 4, kind: 'suggestion', proposerName: '李四', proposerRole: '质量安全员', createdDate: '2026-10-29', text: '购置温控器检测仪', decision: 'rejected', answer: '送外部机构检测更经济', answeredByName: '钱七', answeredDate: '2026-11-03' },
  { number: 5, kind: 'suggestion', proposerName: '李四', proposerRole: '质量安全员', createdDate: '2026-12-01', text: '下月才提出的建议' },
];

export const novemberFacts: MonthlyMinutesFacts = {
  unitId: 'unit-1',
  unitName: '杭州示例电器销售有限公司',
  periodStart: '2026-11-01',
  periodEnd: '2026-11-30',
  meeting: { date: '2026-11-30', attendees: ['钱七', '赵六', '张三', '李四'] },
  summary: '本月日管控基本落实，出厂检验环节隐患反复出现，须专项排查。',
  chair: '钱七',
  reporter: '赵六',
  weeklyReports: [
    { periodStart: '2026-11-09', periodEnd: '2026-11-15', status: 'draft', hazardsFound: 1, analysis: '出厂检验记录管理松懈。', measures: '' },
    { periodStart: '2026-11-02', periodEnd: '2026-11-08', status: 'confirmed', hazardsFound: 1, analysis: '温控器质量问题集中在同一供货商。', measures: '约谈供货商，加严抽检。' },
  ],
  records,
  hazards,
  suggestions,
  today: '2026-11-30',
};
