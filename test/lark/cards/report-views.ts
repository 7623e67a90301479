import type { MonthlyMinutesContent } from '../../../src/domain/monthly-minutes/monthly-minutes-content.ts';
import type { DayState, HazardStatus } from '../../../src/domain/records/daily-record-facts.ts';
import type {
  CoverageTotals,
  DirectorInput,
  OfficerCoverage,
  ReportedHazardLine,
  WeeklyReportContent,
} from '../../../src/domain/weekly-reports/weekly-report-content.ts';
import type { MonthlyMinutesCardView, WeeklyReportCardView } from '../../../src/ports/notifications.ts';

const STATUS_LABELS: Record<HazardStatus, string> = {
  reported: '已上报待整改',
  assigned: '整改中',
  rectified: '已整改待验证',
  closed: '已验证关闭',
  escalated: '已上报升级',
};

export function hazardLine(fields: Partial<ReportedHazardLine> & Pick<ReportedHazardLine, 'number'>): ReportedHazardLine {
  const status = fields.status ?? 'assigned';
  return {
    reportedDate: '2026-01-06',
    officerName: '王五',
    itemCode: 'R03',
    itemText: '消防器材是否在有效期内？',
    description: '二号车间灭火器压力表指针在红区',
    measures: '已停用并更换备用灭火器',
    serious: false,
    status,
    statusLabel: STATUS_LABELS[status],
    overdue: false,
    ...fields,
  };
}

/** Hazards as a large unit's worst week brings them: long item texts and descriptions, owners and deadlines. */
export function manyHazardLines(count: number, firstNumber: number, reportedDate: string): ReportedHazardLine[] {
  return Array.from({ length: count }, (_, index) =>
    hazardLine({
      number: firstNumber + index,
      reportedDate,
      officerName: `质量安全员${index % 10}`,
      itemCode: `R${String((index % 15) + 1).padStart(2, '0')}`,
      itemText: '产品质量追溯记录：是否按照本单位《工业产品质量安全风险管控清单》的要求逐项落实，相关记录是否真实、完整、可追溯？',
      description: '现场发现'.padEnd(1000, '部分批次产品的标识与检验记录不一致，需复核；'),
      measures: '已经'.padEnd(1000, '将相关批次隔离封存并停止出库，通知质检复检；'),
      serious: index % 7 === 0,
      status: index % 3 === 0 ? 'reported' : 'assigned',
      ownerName: index % 3 === 0 ? undefined : '赵六',
      deadline: index % 3 === 0 ? undefined : '2026-01-09',
      overdue: index % 3 === 1,
    }),
  );
}

function totals(expected: number, submitted: number, zeroRisk: number, hazard: number, missed: number, suspended: number): CoverageTotals {
  return { expected, submitted, zeroRisk, hazard, missed, suspended, submissionRate: expected === 0 ? 0 : submitted / expected };
}

const WEEK = ['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09', '2026-01-10', '2026-01-11'];

function officer(officerName: string, states: DayState[]): OfficerCoverage {
  const count = (state: DayState) => states.filter((entry) => entry === state).length;
  const suspended = count('suspended');
  const expected = states.length - suspended;
  const submitted = count('zero-risk') + count('hazard');
  return {
    officerName,
    ...totals(expected, submitted, count('zero-risk'), count('hazard'), count('missed'), suspended),
    days: states.map((state, index) => ({ date: WEEK[index] ?? '2026-01-11', shift: '', state })),
  };
}

export const BLANK_DIRECTOR_INPUT: DirectorInput = {
  investigation: { date: '', scope: '', people: '', findings: '' },
  analysis: '',
  measures: '',
};

export const FILLED_DIRECTOR_INPUT: DirectorInput = {
  investigation: { date: '2026-01-09', scope: '一号、二号车间及成品仓库', people: '赵六、王五、李四', findings: '二号车间灭火器压力不足；成品仓库标识不清' },
  analysis: '本周隐患集中在消防器材和仓储标识，日常巡查不到位。',
  measures: '更换全部过期灭火器；仓库标识月底前整改完毕。',
};

/** Every text of the director's part as long as the form takes: 1000 characters. */
export const LONGEST_DIRECTOR_INPUT: DirectorInput = {
  investigation: {
    date: '2026-01-09',
    scope: '排查范围'.padEnd(1000, '一号车间、二号车间、成品仓库、原料仓库；'),
    people: '参加人员'.padEnd(1000, '赵六、王五、李四、张三；'),
    findings: '排查发现'.padEnd(1000, '灭火器压力不足，仓库标识不清，台账缺页；'),
  },
  analysis: '分析研判'.padEnd(1000, '隐患集中在消防器材和仓储环节，巡查频次不足；'),
  measures: '整改措施'.padEnd(1000, '更换灭火器，重做仓库标识，补齐台账并复核；'),
};

/** A small unit's ordinary week: two officers, one new hazard, one earlier one overdue, one missed check. */
export function weeklyContent(overrides: Partial<WeeklyReportContent> = {}): WeeklyReportContent {
  const officers = [
    officer('王五', ['zero-risk', 'hazard', 'zero-risk', 'zero-risk', 'zero-risk', 'suspended', 'suspended']),
    officer('李四', ['zero-risk', 'zero-risk', 'missed', 'zero-risk', 'zero-risk', 'suspended', 'suspended']),
  ];
  return {
    unitId: 'unit-1',
    unitName: '华东电器制造有限公司',
    periodStart: '2026-01-05',
    periodEnd: '2026-01-11',
    coverage: { officers, totals: totals(10, 9, 8, 1, 1, 4) },
    hazardsFound: [hazardLine({ number: 12, serious: true, status: 'assigned', ownerName: '赵六', deadline: '2026-01-16' })],
    earlierOpenHazards: [
      hazardLine({
        number: 9,
        reportedDate: '2025-12-29',
        officerName: '李四',
        itemCode: 'R07',
        itemText: '仓储环境条件是否符合要求？',
        description: '成品仓库漏雨',
        status: 'assigned',
        ownerName: '张三',
        deadline: '2026-01-05',
        overdue: true,
      }),
    ],
    topItems: [{ itemCode: 'R03', itemText: '消防器材是否在有效期内？', count: 1 }],
    missedChecks: [{ date: '2026-01-07', shift: '', officerName: '李四' }],
    ...overrides,
  };
}

/** The largest week the card must carry: 10 officers × 7 days, 30 new hazards, 30 earlier ones, every day missed once. */
export function largeWeeklyContent(): WeeklyReportContent {
  const states: DayState[] = ['zero-risk', 'hazard', 'missed', 'zero-risk', 'hazard', 'zero-risk', 'suspended'];
  const officers = Array.from({ length: 10 }, (_, index) => officer(`质量安全员${index}`, states));
  return weeklyContent({
    coverage: { officers, totals: totals(60, 50, 30, 20, 10, 10) },
    hazardsFound: manyHazardLines(30, 101, '2026-01-06'),
    earlierOpenHazards: manyHazardLines(30, 41, '2025-12-20'),
    topItems: Array.from({ length: 15 }, (_, index) => ({
      itemCode: `R${String(index + 1).padStart(2, '0')}`,
      itemText: '产品质量追溯记录：是否按照本单位《工业产品质量安全风险管控清单》的要求逐项落实？',
      count: 15 - index,
    })),
    missedChecks: Array.from({ length: 10 }, (_, index) => ({ date: '2026-01-07', shift: '夜班', officerName: `质量安全员${index}` })),
  });
}

export function weeklyView(overrides: Partial<WeeklyReportCardView> = {}): WeeklyReportCardView {
  return {
    reportId: 'report-2026-w02',
    status: 'draft',
    audience: 'director',
    content: weeklyContent(),
    director: BLANK_DIRECTOR_INPUT,
    directorName: '赵六',
    ...overrides,
  };
}

export const CONFIRMED_WEEKLY = {
  status: 'confirmed',
  confirmedAt: '2026-01-11 18:20',
  contentHash: '3f2a9c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f80',
  director: FILLED_DIRECTOR_INPUT,
} as const;

export function minutesContent(overrides: Partial<MonthlyMinutesContent> = {}): MonthlyMinutesContent {
  return {
    unitId: 'unit-1',
    unitName: '华东电器制造有限公司',
    periodStart: '2026-01-01',
    periodEnd: '2026-01-31',
    meeting: { date: '2026-01-30', chair: '钱七', reporter: '赵六', attendees: ['钱七', '赵六', '王五', '李四'] },
    weeklyReports: [
      { periodStart: '2026-01-05', periodEnd: '2026-01-11', status: 'confirmed', hazardsFound: 1, analysis: '隐患集中在消防器材。', measures: '更换灭火器。' },
      { periodStart: '2026-01-12', periodEnd: '2026-01-18', status: 'draft', hazardsFound: 0, analysis: '', measures: '' },
    ],
    dailyControl: totals(44, 42, 39, 3, 2, 8),
    hazards: {
      found: 3,
      rectified: 2,
      stillOpen: [hazardLine({ number: 12, serious: true, status: 'assigned', ownerName: '赵六', deadline: '2026-01-16', overdue: true })],
      foundThisPeriod: [hazardLine({ number: 12 }), hazardLine({ number: 13, status: 'closed' }), hazardLine({ number: 14, status: 'closed' })],
    },
    suggestions: [
      {
        number: 1,
        kind: 'veto',
        proposerName: '王五',
        proposerRole: '质量安全员',
        text: '电热水壶批次 2026-0103 温控器失效，建议停止销售该批次',
        createdDate: '2026-01-08',
      },
      {
        number: 2,
        kind: 'suggestion',
        proposerName: '赵六',
        proposerRole: '质量安全总监',
        text: '增加仓库巡查频次',
        createdDate: '2026-01-10',
        decision: 'adopted',
        answer: '同意，每日巡查一次',
        answeredByName: '钱七',
        answeredDate: '2026-01-12',
      },
    ],
    proposedArrangements: ['督促完成第 12 号隐患整改', '继续落实日管控、周排查、月调度工作机制'],
    directorReport: { text: '本月周排查发现隐患 1 项，集中在消防器材，已安排更换。', confirmedByName: '赵六', confirmedAt: '2026-01-29 17:00' },
    summary: '本月日管控总体落实，消防器材须专项排查。',
    ...overrides,
  };
}

/** A month of a large unit: 40 hazards still open, 30 suggestions with long texts, 5 weekly reports. */
export function largeMinutesContent(): MonthlyMinutesContent {
  const long = '内容'.padEnd(1000, '建议对相关批次产品开展全面排查并暂停销售；');
  return minutesContent({
    meeting: { date: '2026-01-30', chair: '钱七', reporter: '赵六', attendees: Array.from({ length: 12 }, (_, index) => `参会人${index}`) },
    weeklyReports: Array.from({ length: 5 }, (_, index) => ({
      periodStart: `2026-01-0${index + 1}`,
      periodEnd: `2026-01-1${index + 1}`,
      status: 'confirmed' as const,
      hazardsFound: 6,
      analysis: long,
      measures: long,
    })),
    hazards: { found: 30, rectified: 10, stillOpen: manyHazardLines(40, 1, '2026-01-06'), foundThisPeriod: manyHazardLines(30, 1, '2026-01-06') },
    suggestions: Array.from({ length: 30 }, (_, index) => ({
      number: index + 1,
      kind: index % 2 === 0 ? ('veto' as const) : ('suggestion' as const),
      proposerName: '王五',
      proposerRole: '质量安全员',
      text: long,
      createdDate: '2026-01-08',
      ...(index % 3 === 0 ? { decision: 'rejected' as const, answer: long, answeredByName: '钱七', answeredDate: '2026-01-12' } : {}),
    })),
  });
}

export function minutesView(overrides: Partial<MonthlyMinutesCardView> = {}): MonthlyMinutesCardView {
  return {
    minutesId: 'minutes-2026-01',
    status: 'draft',
    audience: 'principal',
    content: minutesContent(),
    arrangements: ['督促完成第 12 号隐患整改，期限 2026-01-16', '组织一次消防器材专项排查', '继续落实日管控、周排查、月调度工作机制'],
    ...overrides,
  };
}

export const CONFIRMED_MINUTES = {
  status: 'confirmed',
  confirmedAt: '2026-01-30 16:05',
  confirmedByName: '钱七',
  contentHash: 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90',
} as const;
