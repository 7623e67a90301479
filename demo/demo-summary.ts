import path from 'node:path';
import type { UnitRows } from '../src/ports/archive-rows.ts';

export interface DemoPaths {
  outputDir: string;
  chat: string;
  archive: string;
  /** The index document of each unit's archive, when the export wrote one. */
  archiveIndexes: string[];
  organisation: string;
  serviceLog: string;
}

export interface DemoCounts {
  /** Daily checks pushed to officers (a card each). */
  pushes: number;
  /** Daily checks not pushed because the unit was suspended that day. */
  suspended: number;
  submissions: { zeroRisk: number; hazard: number };
  missed: number;
  hazards: { reported: number; closed: number };
  weeklyReportsConfirmed: number;
  minutesConfirmed: number;
  vetoes: number;
}

export interface DemoSummary extends DemoCounts {
  from: string;
  to: string;
  units: number;
  people: number;
  seconds: number;
  paths: DemoPaths;
  /** What the archive export reported as missing for the period, per unit. */
  archiveGaps: string[];
}

/** The month's numbers as the database holds them, so the summary can never tell a different story than the records. */
export function countRecords(units: readonly UnitRows[]): DemoCounts {
  const checks = units.flatMap((unit) => unit.dailyChecks);
  const submitted = checks.filter((check) => check.status === 'submitted');
  const hazards = units.flatMap((unit) => unit.hazards);
  return {
    pushes: checks.filter((check) => check.status !== 'suspended').length,
    suspended: checks.filter((check) => check.status === 'suspended').length,
    submissions: {
      zeroRisk: submitted.filter((check) => check.outcome === 'zero-risk').length,
      hazard: submitted.filter((check) => check.outcome === 'hazard').length,
    },
    missed: checks.filter((check) => check.status === 'missed').length,
    hazards: { reported: hazards.length, closed: hazards.filter((hazard) => hazard.status === 'closed').length },
    weeklyReportsConfirmed: units.flatMap((unit) => unit.weeklyReports).filter((report) => report.status === 'confirmed').length,
    minutesConfirmed: units.flatMap((unit) => unit.monthlyMinutes).filter((minutes) => minutes.status === 'confirmed').length,
    vetoes: units.flatMap((unit) => unit.suggestions).filter((suggestion) => suggestion.kind === 'veto').length,
  };
}

/** Paths as the person typed them relative to where they stand, so they can be copied and opened. */
function shown(filePath: string): string {
  const relative = path.relative(process.cwd(), filePath);
  return relative === '' || relative.startsWith('..') ? filePath : relative;
}

export function formatSummary(summary: DemoSummary): string {
  const lines = [
    `质安助手演示完成：${summary.from} 至 ${summary.to}，${summary.units} 个单位、${summary.people} 人，用时 ${summary.seconds.toFixed(0)} 秒`,
    `  每日检查推送 ${summary.pushes} 份${summary.suspended > 0 ? `（停产停业 ${summary.suspended} 份未推送）` : ''}`,
    `  已提交 ${summary.submissions.zeroRisk + summary.submissions.hazard} 份：零风险 ${summary.submissions.zeroRisk} 份，发现隐患 ${summary.submissions.hazard} 份；漏检 ${summary.missed} 份`,
    `  隐患上报 ${summary.hazards.reported} 项，整改后验证关闭 ${summary.hazards.closed} 项`,
    `  周报确认 ${summary.weeklyReportsConfirmed} 份，月度调度会议纪要确认 ${summary.minutesConfirmed} 份，否决建议 ${summary.vetoes} 条`,
    '',
    '请打开：',
    `  每个人的对话     ${shown(summary.paths.chat)}`,
    `  归档文件夹       ${shown(summary.paths.archive)}`,
    ...summary.paths.archiveIndexes.map((index) => `  归档索引         ${shown(index)}`),
    `  组织文件         ${shown(summary.paths.organisation)}`,
    `  服务日志         ${shown(summary.paths.serviceLog)}`,
  ];
  if (summary.archiveGaps.length > 0) {
    lines.push('', '归档索引列出的缺项：', ...summary.archiveGaps.map((gap) => `  ${gap}`));
  }
  return lines.join('\n');
}
