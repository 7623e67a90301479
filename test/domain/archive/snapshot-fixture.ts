import type {
  ArchivedAnswer,
  ArchivedDailyRecord,
  ArchivedHazard,
  ArchivedMonthlyMinutes,
  ArchivedWeeklyReport,
  ArchiveSnapshot,
} from '../../../src/domain/archive/archive-snapshot.ts';
import { ARCHIVE_SCHEMA_VERSION } from '../../../src/domain/archive/archive-snapshot.ts';
import type { DailyRecordFact } from '../../../src/domain/records/daily-record-facts.ts';
import { daysBetweenInclusive } from '../../../src/domain/calendar/local-time.ts';
import { defaultDutyStatement } from '../../../src/domain/archive/default-duty-statements.ts';
import { compileWeeklyReport } from '../../../src/domain/weekly-reports/compile-weekly-report.ts';
import { compileMonthlyMinutes } from '../../../src/domain/monthly-minutes/compile-monthly-minutes.ts';

/**
 * November 2026 of a small shop (Asia/Shanghai, weekly investigation on Fridays, monthly scheduling), exported on
 * 2026-12-02. Everything is in order except:
 * - 张三 has no record at all on 11-05, and 李四 missed 11-06;
 * - the shop was closed for renovation on 11-11 (停业), so nobody owed a check that day;
 * - 王五 became an officer on 11-16 at 09:00, after the morning push, and owes checks from 11-17; he has no assessment;
 * - the week 11-07 – 11-13 report is still a draft, and there are no minutes for November;
 * - hazard 2 is still not rectified, its deadline 11-10 long past; hazard 3 was rectified on 11-12, after its 11-08
 *   deadline; hazard 4 was rectified on time; hazard 5 is in hand with a December deadline.
 * 张三 corrected his 11-04 record in the afternoon to report hazard 3.
 */
export const UNIT_NAME = '杭州示例电器销售有限公司';
export const TIME_ZONE = 'Asia/Shanghai';

const CHECKLIST_V1 = [
  { number: 1, code: 'R01', text: '进货查验、索证索票', guidance: '核对当日到货的进货凭证和供货商资质', category: '进货查验' },
  { number: 2, code: 'R03', text: '上架产品附有合格证，CCC 目录内产品有 CCC 标志', guidance: '抽查货架和库存产品', category: '合格证和认证标志' },
  { number: 3, code: 'R07', text: '仓库消防器材和储存条件符合要求', guidance: '查看灭火器压力和有效期、仓库防潮', category: '储存' },
];

const CHECKLIST_V2 = [
  ...CHECKLIST_V1,
  { number: 4, code: 'R09', text: '电热水壶等重点产品温控器抽检', guidance: '每日抽检 1 台', category: '重点产品' },
];

/** Local wall-clock time in Shanghai as the ISO instant the archive stores. */
export function shanghai(date: string, time: string): string {
  return new Date(`${date}T${time}:00+08:00`).toISOString();
}

function answers(date: string, abnormal?: { code: string; description: string; measures: string; serious?: boolean }): ArchivedAnswer[] {
  const items = date < '2026-11-10' ? CHECKLIST_V1 : CHECKLIST_V2;
  return items.map((item) => {
    if (abnormal?.code !== item.code) return { number: item.number, code: item.code, text: item.text, answer: 'normal', serious: false };
    return {
      number: item.number,
      code: item.code,
      text: item.text,
      answer: 'abnormal',
      description: abnormal.description,
      measures: abnormal.measures,
      serious: abnormal.serious ?? false,
    };
  });
}

const OFFICERS = { 'p-zhang': '张三', 'p-li': '李四', 'p-wang': '王五' } as const;
type OfficerId = keyof typeof OFFICERS;

function record(officerId: OfficerId, date: string, fields: Partial<ArchivedDailyRecord> = {}): ArchivedDailyRecord {
  return {
    id: `dc-${officerId}-${date}`,
    date,
    shift: '',
    officerId,
    officerName: OFFICERS[officerId],
    checklistVersion: date < '2026-11-10' ? 1 : 2,
    status: 'submitted',
    outcome: 'zero-risk',
    revisions: [{ revision: 1, submittedAt: shanghai(date, '09:10'), contentHash: `hash-${officerId}-${date}-1`, answers: answers(date) }],
    ...fields,
  };
}

function hazardRecord(officerId: OfficerId, date: string, abnormal: { code: string; description: string; measures: string; serious?: boolean }): ArchivedDailyRecord {
  return record(officerId, date, {
    outcome: 'hazard',
    revisions: [{ revision: 1, submittedAt: shanghai(date, '09:40'), contentHash: `hash-${officerId}-${date}-1`, answers: answers(date, abnormal) }],
  });
}

const SUSPENSION_REASON = '店面装修停业';

function dailyRecords(): ArchivedDailyRecord[] {
  const records: ArchivedDailyRecord[] = [];
  const november = daysBetweenInclusive('2026-11-01', '2026-11-30');
  for (const officerId of ['p-zhang', 'p-li', 'p-wang'] as const) {
    for (const date of november) {
      if (officerId === 'p-wang' && date < '2026-11-17') continue;
      if (officerId === 'p-zhang' && date === '2026-11-05') continue;
      if (date === '2026-11-11') {
        records.push(record(officerId, date, { status: 'suspended', outcome: undefined, suspensionReason: SUSPENSION_REASON, revisions: [] }));
      } else if (officerId === 'p-li' && date === '2026-11-06') {
        records.push(record(officerId, date, { status: 'missed', outcome: undefined, revisions: [{ revision: 1, answers: [] }] }));
      } else if (officerId === 'p-li' && date === '2026-11-03') {
        records.push(hazardRecord(officerId, date, { code: 'R07', description: '仓库灭火器过期', measures: '已从办公区临时调配灭火器' }));
      } else if (officerId === 'p-zhang' && date === '2026-11-04') {
        records.push(record(officerId, date, {
          outcome: 'hazard',
          revisions: [
            { revision: 1, submittedAt: shanghai(date, '09:10'), contentHash: 'hash-p-zhang-2026-11-04-1', answers: answers(date) },
            {
              revision: 2,
              submittedAt: shanghai(date, '15:20'),
              contentHash: 'hash-p-zhang-2026-11-04-2',
              answers: answers(date, { code: 'R01', description: '进货台账缺少供货商资质证明', measures: '暂停该供货商到货入库' }),
            },
          ],
        }));
      } else if (officerId === 'p-wang' && date === '2026-11-20') {
        records.push(hazardRecord(officerId, date, { code: 'R09', description: '电热水壶 2026-1103 批次温控器失效', measures: '已下架封存 32 台', serious: true }));
      } else if (officerId === 'p-zhang' && date === '2026-11-26') {
        records.push(hazardRecord(officerId, date, { code: 'R03', description: '插线板外壳开裂', measures: '已下架' }));
      } else {
        records.push(record(officerId, date));
      }
    }
  }
  return records;
}

function hazard(fields: Partial<ArchivedHazard> & Pick<ArchivedHazard, 'number' | 'reportedDate' | 'status' | 'description'>): ArchivedHazard {
  return {
    id: `hz-${fields.number}`,
    officerName: '张三',
    itemCode: 'R07',
    itemText: '仓库消防器材和储存条件符合要求',
    measures: '已采取临时措施',
    serious: false,
    history: [{ action: 'reported', actorName: fields.officerName ?? '张三', at: shanghai(fields.reportedDate, '09:40'), details: {} }],
    ...fields,
  };
}

function hazards(): ArchivedHazard[] {
  return [
    hazard({ number: 1, reportedDate: '2026-10-20', status: 'closed', description: '上月发现的隐患', ownerName: '赵六', deadline: '2026-10-25', rectifiedDate: '2026-10-24', closedDate: '2026-10-25' }),
    hazard({ number: 2, reportedDate: '2026-11-03', officerName: '李四', status: 'assigned', description: '仓库灭火器过期', measures: '已从办公区临时调配灭火器', ownerName: '赵六', deadline: '2026-11-10' }),
    hazard({
      number: 3, reportedDate: '2026-11-04', status: 'closed', itemCode: 'R01', itemText: '进货查验、索证索票', description: '进货台账缺少供货商资质证明',
      measures: '暂停该供货商到货入库', ownerName: '李四', deadline: '2026-11-08', rectification: '已补齐供货商营业执照和 CCC 证书复印件', rectifiedDate: '2026-11-12', closedDate: '2026-11-13',
    }),
    hazard({
      number: 4, reportedDate: '2026-11-20', officerName: '王五', status: 'closed', serious: true, itemCode: 'R09', itemText: '电热水壶等重点产品温控器抽检',
      description: '电热水壶 2026-1103 批次温控器失效', measures: '已下架封存 32 台', ownerName: '赵六', deadline: '2026-11-25',
      rectification: '整批退回供货商，已通知已购顾客', rectifiedDate: '2026-11-22', closedDate: '2026-11-23',
    }),
    hazard({ number: 5, reportedDate: '2026-11-26', status: 'assigned', itemCode: 'R03', itemText: '上架产品附有合格证', description: '插线板外壳开裂', measures: '已下架', ownerName: '张三', deadline: '2026-12-10' }),
  ];
}

function stateOf(archived: ArchivedDailyRecord): DailyRecordFact['state'] {
  if (archived.status === 'submitted') return archived.outcome ?? 'zero-risk';
  return archived.status;
}

function weeklyReport(periodStart: string, periodEnd: string, confirmed: boolean, records: readonly ArchivedDailyRecord[], found: readonly ArchivedHazard[]): ArchivedWeeklyReport {
  const content = compileWeeklyReport({
    unitId: 'unit-1',
    unitName: UNIT_NAME,
    periodStart,
    periodEnd,
    today: periodEnd,
    records: records.map((archived) => ({ date: archived.date, shift: archived.shift, officerId: archived.officerId, officerName: archived.officerName, state: stateOf(archived), revision: archived.revisions.length })),
    hazards: found,
  });
  return {
    id: `wr-${periodEnd}`,
    periodStart,
    periodEnd,
    status: confirmed ? 'confirmed' : 'draft',
    content,
    director: {
      investigation: { date: periodEnd, scope: '门店货架、仓库、进货台账', people: '赵六、张三、李四', findings: confirmed ? '见日管控发现的隐患' : '' },
      analysis: confirmed ? '本周质量安全状况总体平稳。' : '',
      measures: confirmed ? '继续落实进货查验。' : '',
    },
    directorName: '赵六',
    compiledAt: shanghai(periodEnd, '17:00'),
    ...(confirmed ? { confirmedAt: shanghai(periodEnd, '18:30'), contentHash: `hash-wr-${periodEnd}` } : {}),
  };
}

export function novemberSnapshot(): ArchiveSnapshot {
  const records = dailyRecords();
  const found = hazards();
  return {
    schemaVersion: ARCHIVE_SCHEMA_VERSION,
    generatedAt: shanghai('2026-12-02', '10:00'),
    period: { from: '2026-11-01', to: '2026-11-30' },
    unit: {
      id: 'unit-1',
      name: UNIT_NAME,
      kind: 'retailer',
      grade: 'C',
      directorRequired: true,
      staff: 30,
      revenueWan: 400,
      licences: ['CCC'],
      timeZone: TIME_ZONE,
      closeTime: '20:00',
      calendar: 'every-day',
      investigationMode: 'weekly',
      weeklyDay: 5,
      schedulingMode: 'monthly',
    },
    certificates: [],
    people: [
      { personId: 'p-qian', key: 'qian', name: '钱七' },
      { personId: 'p-zhao', key: 'zhao', name: '赵六' },
      { personId: 'p-zhang', key: 'zhang', name: '张三' },
      { personId: 'p-li', key: 'li', name: '李四' },
      { personId: 'p-wang', key: 'wang', name: '王五' },
      { personId: 'p-sun', key: 'sun', name: '孙八' },
    ],
    appointments: [
      { personId: 'p-qian', personName: '钱七', role: 'principal', startedAt: shanghai('2025-03-01', '00:00'), reason: '法定代表人' },
      { personId: 'p-zhao', personName: '赵六', role: 'director', startedAt: shanghai('2025-03-01', '00:00'), reason: '总经理办公会决定（2025年第3号）' },
      { personId: 'p-zhang', personName: '张三', role: 'officer', startedAt: shanghai('2025-03-01', '00:00'), reason: '总经理办公会决定（2025年第3号）' },
      { personId: 'p-li', personName: '李四', role: 'officer', startedAt: shanghai('2025-06-01', '00:00'), reason: '总经理办公会决定（2025年第6号）' },
      {
        personId: 'p-sun', personName: '孙八', role: 'officer', startedAt: shanghai('2025-03-01', '00:00'), reason: '总经理办公会决定（2025年第3号）',
        endedAt: shanghai('2026-10-15', '10:00'), endReason: '调往采购部',
      },
      { personId: 'p-wang', personName: '王五', role: 'officer', startedAt: shanghai('2026-11-16', '09:00'), reason: '新开门店，增设质量安全员' },
    ],
    assessments: [
      { personId: 'p-zhao', personName: '赵六', kind: 'assessment', date: '2025-02-20', passed: true, note: '质量安全管理人员考核 92 分' },
      { personId: 'p-zhang', personName: '张三', kind: 'training', date: '2025-02-15', passed: true, note: '法律法规和标准培训 8 学时' },
      { personId: 'p-zhang', personName: '张三', kind: 'assessment', date: '2025-02-20', passed: true, note: '考核 85 分' },
      { personId: 'p-li', personName: '李四', kind: 'assessment', date: '2025-05-20', passed: true, note: '考核 88 分' },
      { personId: 'p-wang', personName: '王五', kind: 'training', date: '2026-11-10', passed: true, note: '岗前培训 4 学时' },
    ],
    trainingSessions: [
      {
        id: 'ts-1', date: '2025-02-15', subject: '《产品质量法》和强制性国家标准', content: '销售者的产品质量责任；CCC 目录产品的标志和证书核对', hours: 8, trainer: '市质量协会 周老师',
        attendees: [{ personId: 'p-zhao', personName: '赵六' }, { personId: 'p-zhang', personName: '张三' }], recordedBy: '赵六', recordedAt: shanghai('2025-02-15', '17:00'),
      },
      {
        id: 'ts-2', date: '2025-05-18', subject: '质量安全员岗前培训', content: '', hours: 4, trainer: '赵六',
        attendees: [{ personId: 'p-li', personName: '李四' }], recordedBy: 'command-line', recordedAt: shanghai('2025-05-18', '18:00'),
      },
    ],
    dutyStatements: [
      { kind: 'director-duties', title: '质量安全总监职责', version: 1, text: defaultDutyStatement('director-duties', 'retailer'), createdAt: shanghai('2025-03-01', '00:00') },
      { kind: 'officer-code', title: '质量安全员守则', version: 1, text: defaultDutyStatement('officer-code', 'retailer'), createdAt: shanghai('2025-03-01', '00:00') },
      {
        kind: 'officer-code', title: '质量安全员守则', version: 2,
        text: `${defaultDutyStatement('officer-code', 'retailer')}\n十一、每日抽检电热水壶等重点产品温控器。`, createdAt: shanghai('2026-11-20', '14:00'),
      },
    ],
    checklists: [
      { version: 1, templateId: 'retailer-default', createdAt: shanghai('2025-03-01', '00:00'), items: CHECKLIST_V1 },
      { version: 2, templateId: 'retailer-default', createdAt: shanghai('2026-11-10', '08:00'), items: CHECKLIST_V2 },
    ],
    closedDays: [],
    suspensions: [{ startDate: '2026-11-11', endDate: '2026-11-11', reason: SUSPENSION_REASON }],
    dailyRecords: records,
    hazards: found,
    weeklyReports: [
      weeklyReport('2026-10-31', '2026-11-06', true, records, found),
      weeklyReport('2026-11-07', '2026-11-13', false, records, found),
      weeklyReport('2026-11-14', '2026-11-20', true, records, found),
      weeklyReport('2026-11-21', '2026-11-27', true, records, found),
    ],
    monthlyMinutes: [],
    suggestions: [
      {
        id: 'sg-1', number: 1, kind: 'veto', proposerName: '王五', proposerRole: '质量安全员', createdDate: '2026-11-20', createdAt: shanghai('2026-11-20', '10:05'),
        text: '电热水壶 2026-1103 批次温控器失效，建议立即停止销售该批次全部产品',
        decision: 'adopted', answer: '同意，立即下架并通知已购顾客', answeredByName: '钱七', answeredDate: '2026-11-20', answeredAt: shanghai('2026-11-20', '11:30'),
      },
      {
        id: 'sg-2', number: 2, kind: 'suggestion', proposerName: '赵六', proposerRole: '质量安全总监', createdDate: '2026-11-25', createdAt: shanghai('2026-11-25', '16:00'),
        text: '增加仓库消防器材的巡查频次',
      },
    ],
    evidence: [],
    audit: [],
  };
}

/** The November minutes, confirmed by the principal on the last working day: what the fixture lacks. */
export function novemberMinutes(snapshot: ArchiveSnapshot): ArchivedMonthlyMinutes {
  const content = compileMonthlyMinutes({
    unitId: snapshot.unit.id,
    unitName: UNIT_NAME,
    periodStart: '2026-11-01',
    periodEnd: '2026-11-30',
    summary: '本月日管控落实到位。',
    meeting: { date: '2026-11-30', attendees: ['钱七', '赵六', '张三', '李四', '王五'] },
    chair: '钱七',
    reporter: '赵六',
    weeklyReports: [],
    records: snapshot.dailyRecords.map((archived) => ({ date: archived.date, shift: archived.shift, officerId: archived.officerId, officerName: archived.officerName, state: stateOf(archived), revision: 1 })),
    hazards: snapshot.hazards,
    suggestions: snapshot.suggestions,
    today: '2026-11-30',
  });
  return {
    id: 'mm-2026-11',
    periodStart: '2026-11-01',
    periodEnd: '2026-11-30',
    status: 'confirmed',
    content,
    arrangements: ['督促第 2 号隐患整改'],
    compiledAt: shanghai('2026-11-30', '09:00'),
    confirmedAt: shanghai('2026-11-30', '17:00'),
    confirmedByName: '钱七',
    contentHash: 'hash-mm-2026-11',
  };
}
