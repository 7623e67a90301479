import { describe, expect, it } from 'vitest';
import { compileMonthlyMinutes } from '../../../src/domain/monthly-minutes/compile-monthly-minutes.ts';
import { compileWeeklyReport } from '../../../src/domain/weekly-reports/compile-weekly-report.ts';
import { novemberFacts } from './november-2026.ts';

const minutes = compileMonthlyMinutes(novemberFacts);

describe('the monthly minutes the bot drafts for the principal', () => {
  it('records the meeting: date, chair, reporter and attendees', () => {
    expect(minutes.meeting).toEqual({ date: '2026-11-30', chair: '钱七', reporter: '赵六', attendees: ['钱七', '赵六', '张三', '李四'] });
  });

  it('lists the month’s weekly reports in date order', () => {
    expect(minutes.weeklyReports.map((report) => report.periodStart)).toEqual(['2026-11-02', '2026-11-09']);
  });

  it('sums up daily control over the month only', () => {
    expect(minutes.dailyControl).toEqual({ expected: 7, submitted: 6, zeroRisk: 5, hazard: 1, missed: 1, suspended: 1, submissionRate: 6 / 7 });
  });

  it('counts daily control exactly as the weekly report does', () => {
    const weekly = compileWeeklyReport({ ...novemberFacts, hazards: [] });
    expect(minutes.dailyControl).toEqual(weekly.coverage.totals);
  });

  it('counts hazards found this month, rectified ones (old and new), and lists those not yet closed', () => {
    expect(minutes.hazards.found).toBe(4);
    expect(minutes.hazards.foundThisPeriod.map((hazard) => hazard.number)).toEqual([4, 5, 6, 7]);
    expect(minutes.hazards.rectified).toBe(3);
    expect(minutes.hazards.stillOpen.map((hazard) => [hazard.number, hazard.overdue])).toEqual([[1, true], [4, false], [5, false], [7, false]]);
  });

  it('accounts for proposals made or answered this month and every earlier one still unanswered', () => {
    expect(minutes.suggestions.map((suggestion) => suggestion.number)).toEqual([1, 3, 4]);
  });

  it('proposes one concrete arrangement per open hazard, repeated item, missed checks and unanswered proposal, then the standing line', () => {
    expect(minutes.proposedArrangements).toEqual([
      '督促完成第 1 号隐患（P05 出厂检验）整改，期限 2026-11-05（已逾期）',
      '督促完成第 4 号隐患（P05 出厂检验）整改，期限 2026-12-05',
      '组织验证第 5 号隐患（P05 出厂检验）整改效果，验证合格后关闭',
      '督促完成第 7 号隐患（P03 储存条件）整改，尽快明确整改责任人和期限',
      '针对「P05 出厂检验」反复出现的问题开展专项排查（本月发现 2 次）',
      '落实日管控，杜绝漏检（本月漏检 1 次）',
      '答复质量安全员张三提出的第 1 号否决建议（「电热水壶批次 2026-1103 温控器失效，建议停止销售该…」），采纳或书面说明不采纳的理由',
      '答复质量安全总监赵六提出的第 3 号意见建议（「更换供货商」），采纳或书面说明不采纳的理由',
      '继续落实日管控、周排查、月调度工作机制',
    ]);
  });

  it('a quiet month proposes only the standing line', () => {
    const quiet = compileMonthlyMinutes({ ...novemberFacts, records: novemberFacts.records.filter((record) => record.state === 'zero-risk'), hazards: [], suggestions: [] });
    expect(quiet.proposedArrangements).toEqual(['继续落实日管控、周排查、月调度工作机制']);
    expect(quiet.dailyControl.submissionRate).toBe(1);
  });
});
