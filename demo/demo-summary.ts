import path from 'node:path';
import type { Database } from '../src/store/open-database.ts';

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
export async function countRecords(database: Database): Promise<DemoCounts> {
  const { client } = database;
  const [pushes, suspended, zeroRisk, hazardChecks, missed, reported, closed, weeklyReportsConfirmed, minutesConfirmed, vetoes] = await Promise.all([
    client.dailyCheck.count({ where: { status: { not: 'suspended' } } }),
    client.dailyCheck.count({ where: { status: 'suspended' } }),
    client.dailyCheck.count({ where: { status: 'submitted', outcome: 'zero-risk' } }),
    client.dailyCheck.count({ where: { status: 'submitted', outcome: 'hazard' } }),
    client.dailyCheck.count({ where: { status: 'missed' } }),
    client.hazard.count(),
    client.hazard.count({ where: { status: 'closed' } }),
    client.weeklyReport.count({ where: { status: 'confirmed' } }),
    client.monthlyMinutes.count({ where: { status: 'confirmed' } }),
    client.suggestion.count({ where: { kind: 'veto' } }),
  ]);
  return {
    pushes,
    suspended,
    submissions: { zeroRisk, hazard: hazardChecks },
    missed,
    hazards: { reported, closed },
    weeklyReportsConfirmed,
    minutesConfirmed,
    vetoes,
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
