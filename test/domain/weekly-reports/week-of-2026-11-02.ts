import type { DailyRecordFact, DayState, HazardFact } from '../../../src/domain/records/daily-record-facts.ts';

/**
 * One week (Mon 2026-11-02 – Sun 2026-11-08) of a small shop's records: 张三 missed Friday, 李四 was on
 * 停工停产 Wednesday and Thursday and corrected Friday's record to report a hazard.
 */
export const WEEK = { periodStart: '2026-11-02', periodEnd: '2026-11-08', today: '2026-11-08' };
export const UNIT = { unitId: 'unit-1', unitName: '杭州示例电器销售有限公司' };

function day(officerId: string, officerName: string, date: string, state: DayState, revision = 1): DailyRecordFact {
  return { date, shift: '', officerId, officerName, state, revision };
}

export const weekRecords: DailyRecordFact[] = [
  day('o-zhang', '张三', '2026-11-01', 'missed'),
  day('o-zhang', '张三', '2026-11-02', 'zero-risk'),
  day('o-zhang', '张三', '2026-11-03', 'zero-risk'),
  day('o-zhang', '张三', '2026-11-04', 'hazard'),
  day('o-zhang', '张三', '2026-11-05', 'zero-risk'),
  day('o-zhang', '张三', '2026-11-06', 'missed'),
  day('o-zhang', '张三', '2026-11-07', 'zero-risk'),
  day('o-zhang', '张三', '2026-11-08', 'zero-risk'),
  day('o-li', '李四', '2026-11-02', 'zero-risk'),
  day('o-li', '李四', '2026-11-03', 'hazard'),
  day('o-li', '李四', '2026-11-04', 'suspended'),
  day('o-li', '李四', '2026-11-05', 'suspended'),
  day('o-li', '李四', '2026-11-06', 'zero-risk', 1),
  day('o-li', '李四', '2026-11-06', 'hazard', 2),
  day('o-li', '李四', '2026-11-07', 'zero-risk'),
  day('o-li', '李四', '2026-11-08', 'zero-risk'),
];

function hazard(fields: Partial<HazardFact> & Pick<HazardFact, 'number' | 'reportedDate' | 'status'>): HazardFact {
  return {
    officerName: '张三',
    itemCode: 'P05',
    itemText: '出厂检验',
    description: '抽查发现批次合格证缺失',
    measures: '已暂停该批次出库',
    serious: false,
    ...fields,
  };
}

export const weekHazards: HazardFact[] = [
  hazard({ number: 1, reportedDate: '2026-10-20', status: 'assigned', ownerName: '王五', deadline: '2026-11-05', description: '仓库灭火器过期' }),
  hazard({ number: 2, reportedDate: '2026-10-25', status: 'closed', closedDate: '2026-11-04', description: '进货台账缺少供货商资质' }),
  hazard({ number: 3, reportedDate: '2026-10-10', status: 'closed', closedDate: '2026-10-30', description: '早已关闭的隐患' }),
  hazard({ number: 4, reportedDate: '2026-10-28', status: 'rectified', deadline: '2026-11-01', description: '标签未标注执行标准' }),
  hazard({
    number: 5, reportedDate: '2026-11-03', officerName: '李四', status: 'assigned', serious: true, ownerName: '王五', deadline: '2026-11-20',
    description: '电热水壶批次 2026-1103 温控器失效', measures: '已下架封存 32 台',
  }),
  hazard({ number: 6, reportedDate: '2026-11-04', status: 'reported', itemCode: 'P02', itemText: '进货查验', description: '供货商未提供 CCC 证书', measures: '暂停收货' }),
  hazard({ number: 7, reportedDate: '2026-11-06', officerName: '李四', status: 'rectified', description: '插线板外壳开裂', measures: '已下架' }),
  hazard({ number: 8, reportedDate: '2026-11-09', status: 'reported', description: '下周才发现的隐患' }),
];
