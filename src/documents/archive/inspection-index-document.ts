import { hazardItemWords } from '../../domain/hazards/hazard-source.ts';
import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { ArchiveOverview } from '../../domain/archive/archive-snapshot.ts';
import type {
  CertificateLine,
  CheckSlot,
  DailyControlCounts,
  HazardRectificationLine,
  InspectionIndex,
  PeriodicRecordLine,
  PeriodicRecordStatus,
} from '../../domain/archive/inspection-index.ts';
import { consecutiveRuns, dateRangeText, localDateTimeOf } from '../../domain/archive/archive-times.ts';
import { daysBetweenInclusive, isoWeekday } from '../../domain/calendar/local-time.ts';
import { schedulingPeriodLabel } from '../../domain/archive/periodic-record-index.ts';
import { ROLE_NAMES } from '../../domain/people/role.ts';
import { MONTHLY_MINUTES_TITLE } from '../../domain/monthly-minutes/monthly-minutes-content.ts';
import { WEEKLY_REPORT_TITLE } from '../../domain/weekly-reports/weekly-report-content.ts';
import { DAILY_RECORD_TITLE } from '../daily-record-document.ts';
import { hazardSourceSentence } from '../record-summaries.ts';
import {
  type Block,
  dataTable,
  labelledLine,
  numberedLines,
  orDash,
  percent,
  periodText,
  prose,
  renderDocx,
  sectionHeading,
  subheading,
  titleBlock,
} from '../document-parts.ts';
import { ARCHIVE_FILES, ARCHIVE_FOLDERS, type ArchiveFileNames, archiveFileNames } from './archive-file-names.ts';
import { archiveDocumentHeader, gradeText } from './archive-document-header.ts';
import { ORGANISATION_FILE_TITLES } from './organisation-file-titles.ts';
import { POST_HOLDER_COLUMNS, postHolderRows } from './training-document.ts';
import { LICENCE_LABELS } from '../../domain/units/licence.ts';
import { CERTIFICATE_NAMES } from '../../domain/units/certificate.ts';
import { isSeller } from '../../domain/units/unit-kind.ts';
import { leaveNote } from '../../domain/leave/leave-note.ts';

export const INSPECTION_INDEX_TITLE = '质量安全主体责任落实情况检查索引';

const SOURCE = '依据《市场监管总局关于推进工业产品质量安全主体责任落实的指导意见》（国市监质监发〔2023〕38号）附件2《监管任务清单》第 2.1 至 2.5 项';

const WEEKDAY_NAMES = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

const SUSPENSION = '停工停产（停业）';

function gapList(gaps: readonly string[]): Block[] {
  if (gaps.length === 0) return prose('本项未发现缺失。');
  return [subheading('本项缺失'), ...numberedLines(gaps)];
}

// §2.1 日管控

function dailyConclusion(totals: DailyControlCounts, officerCount: number): string {
  if (officerCount === 0) return `本期没有${ROLE_NAMES.officer}，也没有检查记录。`;
  if (totals.expected === 0) return `本期应检查 0 次${totals.suspended > 0 ? `，${SUSPENSION}暂停检查 ${totals.suspended} 次` : ''}。`;
  return [
    `本期应检查 ${totals.expected} 次，已提交 ${totals.submitted} 次`,
    `（零风险报告 ${totals.zeroRisk} 次，发现隐患 ${totals.hazard} 次），`,
    `漏检 ${totals.missed} 次，无记录 ${totals.withoutRecord} 次`,
    totals.unfinished > 0 ? `，尚未完成 ${totals.unfinished} 次` : '',
    totals.suspended > 0 ? `，${SUSPENSION}暂停检查 ${totals.suspended} 次` : '',
    `，提交率 ${percent(totals.submissionRate)}。`,
  ].join('');
}

function countRow(name: string, tenure: string, counts: DailyControlCounts): string[] {
  return [
    name,
    tenure,
    String(counts.expected),
    String(counts.submitted),
    String(counts.missed),
    String(counts.withoutRecord),
    String(counts.unfinished),
    String(counts.suspended),
    counts.expected === 0 ? '—' : percent(counts.submissionRate),
  ];
}

function missingChecks(index: InspectionIndex): Block[] {
  const { withoutRecord, missed, unfinished } = index.dailyControl;
  const rows: Array<CheckSlot & { what: string }> = [
    ...withoutRecord.map((slot) => ({ ...slot, what: '无检查记录' })),
    ...missed.map((slot) => ({ ...slot, what: slot.leave ? `漏检（${leaveNote(slot.leave.substituteName)}）` : '漏检' })),
    ...unfinished.map((slot) => ({ ...slot, what: slot.date < index.asOf ? '未完成' : '当日检查进行中' })),
  ].sort((left, right) => left.date.localeCompare(right.date) || left.shift.localeCompare(right.shift));
  if (rows.length === 0) return prose('本期没有缺失的检查。');
  return [
    dataTable(
      [{ header: '日期', weight: 1.2 }, { header: '班次', weight: 0.8 }, { header: ROLE_NAMES.officer, weight: 1.2 }, { header: '情况', weight: 1.4 }],
      rows.map((row) => [row.date, row.shift === '' ? '全天' : row.shift, row.officerName, row.what]),
    ),
  ];
}

function suspendedDays(index: InspectionIndex): Block[] {
  const days = index.dailyControl.suspendedDays;
  if (days.length === 0) return prose(`本期没有${SUSPENSION}。`);
  const reasons = [...new Set(days.map((day) => day.reason))];
  const runs = reasons.flatMap((reason) =>
    consecutiveRuns(days.filter((day) => day.reason === reason).map((day) => day.date)).map((run) => ({ ...run, reason })));
  return [
    dataTable(
      [{ header: '日期', weight: 1.6 }, { header: '天数', weight: 0.5 }, { header: '原因', weight: 3 }],
      runs
        .sort((left, right) => left.from.localeCompare(right.from))
        .map((run) => [dateRangeText(run.from, run.to), String(daysBetweenInclusive(run.from, run.to).length), run.reason]),
    ),
  ];
}

/** Each day no check was owed, with why: a day absent from the records is never left unexplained. */
function closedDays(index: InspectionIndex): Block[] {
  const days = index.dailyControl.closedDays;
  if (days.length === 0) return prose('本期每天均营业。');
  return [
    dataTable(
      [{ header: '日期', weight: 1.2 }, { header: '星期', weight: 0.6 }, { header: '不营业的原因', weight: 3 }],
      days.map((day) => [day.date, WEEKDAY_NAMES[isoWeekday(day.date) - 1] ?? '', day.reason]),
    ),
  ];
}

function dailyControlSection(index: InspectionIndex, position: number): Block[] {
  const { officers, totals, gaps } = index.dailyControl;
  const blocks: Block[] = [
    sectionHeading(position, `日管控（2.1 检查《${DAILY_RECORD_TITLE}》）`),
    ...prose(dailyConclusion(totals, officers.length)),
  ];
  if (officers.length > 0) {
    blocks.push(
      subheading(`（一）各${ROLE_NAMES.officer}检查情况`),
      dataTable(
        [
          { header: ROLE_NAMES.officer, weight: 1.2 },
          { header: '本期任职', weight: 1.6 },
          { header: '应检查', weight: 0.8 },
          { header: '已提交', weight: 0.8 },
          { header: '漏检', weight: 0.7 },
          { header: '无记录', weight: 0.8 },
          { header: '未完成', weight: 0.8 },
          { header: '停工停产', weight: 0.9 },
          { header: '提交率', weight: 0.9 },
        ],
        [
          ...officers.map((officer) => countRow(
            officer.officerName,
            officer.tenures.length === 0 ? '无任命记录' : officer.tenures.map((tenure) => periodText(tenure.from, tenure.to)).join('\n'),
            officer,
          )),
          countRow('合计', '', totals),
        ],
      ),
    );
  }
  blocks.push(
    subheading('（二）缺失的检查'),
    ...missingChecks(index),
    subheading(`（三）${SUSPENSION}`),
    ...suspendedDays(index),
    subheading('（四）不营业的日子（不需检查）'),
    ...closedDays(index),
    ...gapList(gaps),
    ...prose(`逐日检查记录见 ${ARCHIVE_FOLDERS.daily}/ 目录，文件名为“日期_${ROLE_NAMES.officer}姓名”。`),
  );
  return blocks;
}

// §2.2 周排查 and §2.3 月调度

const STATUS_LABELS: Readonly<Record<PeriodicRecordStatus, string>> = {
  confirmed: '已确认',
  draft: '未确认（草稿）',
  missing: '缺少',
  suspended: `${SUSPENSION}期间，无需形成`,
  'in-progress': '尚未到期',
};

function statusText(line: PeriodicRecordLine): string {
  return line.scheduled ? STATUS_LABELS[line.status] : `${STATUS_LABELS[line.status]}（加密）`;
}

/** Counts the periods the cadence calls for; records made beyond it are counted apart, as extra. */
function statusCounts(lines: readonly PeriodicRecordLine[]): string {
  const scheduled = lines.filter((line) => line.scheduled);
  const count = (status: PeriodicRecordStatus): number => scheduled.filter((line) => line.status === status).length;
  const extra = lines.length - scheduled.length;
  return [
    `本期应形成 ${scheduled.length} 份，已确认 ${count('confirmed')} 份，未确认 ${count('draft')} 份，缺少 ${count('missing')} 份`,
    count('suspended') > 0 ? `，${SUSPENSION}期间无需形成 ${count('suspended')} 份` : '',
    count('in-progress') > 0 ? `，尚未到期 ${count('in-progress')} 份` : '',
    extra > 0 ? `；另有加密形成的 ${extra} 份` : '',
    '。',
  ].join('');
}

function periodicTable(lines: readonly PeriodicRecordLine[], signer: string, label: (line: PeriodicRecordLine) => string, fileOf: (line: PeriodicRecordLine) => string, timeZone: string): Block {
  return dataTable(
    [
      { header: '周期', weight: 1.8 },
      { header: '状态', weight: 1.4 },
      { header: signer, weight: 1 },
      { header: '确认时间', weight: 1.3 },
      { header: '存档文件', weight: 1.8 },
    ],
    lines.map((line) => [
      label(line),
      statusText(line),
      orDash(line.signerName),
      orDash(localDateTimeOf(line.confirmedAt, timeZone)),
      fileOf(line),
    ]),
  );
}

function fileLookup(files: Map<string, string>): (line: PeriodicRecordLine) => string {
  return (line) => (line.recordId === undefined ? '—' : files.get(line.recordId) ?? '—');
}

function weeklySection(index: InspectionIndex, files: ArchiveFileNames, timeZone: string, position: number): Block[] {
  const { mode, weeklyDay, periods, gaps } = index.weeklyInvestigation;
  const cadence = mode === 'weekly' ? `每周一次（排查日：${WEEKDAY_NAMES[weeklyDay - 1] ?? '—'}）` : '每两日一次（双日排查）';
  return [
    sectionHeading(position, `周排查（2.2 检查《${WEEKLY_REPORT_TITLE}》）`),
    ...prose(`排查频次：${cadence}。排查治理报告${statusCounts(periods)}`),
    ...(periods.length === 0 ? prose('本期没有应形成的排查治理报告。') : [periodicTable(periods, ROLE_NAMES.director, (line) => periodText(line.periodStart, line.periodEnd), fileLookup(files.weeklyReports), timeZone)]),
    ...gapList(gaps),
    ...prose(`排查治理报告见 ${ARCHIVE_FOLDERS.weekly}/ 目录，文件名为“起始日期_截止日期”。`),
  ];
}

function monthlySection(index: InspectionIndex, files: ArchiveFileNames, timeZone: string, position: number): Block[] {
  const { mode, periods, gaps } = index.monthlyScheduling;
  const cadence = mode === 'monthly' ? '每月一次' : '每半月一次（双周调度）';
  return [
    sectionHeading(position, `月调度（2.3 检查《${MONTHLY_MINUTES_TITLE}》）`),
    ...prose(`调度频次：${cadence}。调度会议纪要${statusCounts(periods)}`),
    ...(periods.length === 0 ? prose('本期没有应形成的调度会议纪要。') : [periodicTable(periods, `确认人（${ROLE_NAMES.principal}）`, schedulingPeriodLabel, fileLookup(files.monthlyMinutes), timeZone)]),
    ...gapList(gaps),
    ...prose(`调度会议纪要见 ${ARCHIVE_FOLDERS.monthly}/ 目录。`),
  ];
}

// §2.4 隐患整改

function rectificationText(line: HazardRectificationLine): string {
  const verification = line.rectificationState !== 'not-rectified' && !line.closed ? '（待验证）' : '';
  switch (line.rectificationState) {
    case 'on-time':
      return `按期整改${verification}`;
    case 'late':
      return `逾期 ${line.daysPastDeadline ?? '—'} 天整改${verification}`;
    case 'not-rectified':
      if (line.overdue) return `未整改，已逾期 ${line.daysPastDeadline ?? '—'} 天`;
      return line.deadline === undefined ? '未整改，未指定整改期限' : '整改中';
  }
}

function hazardSection(index: InspectionIndex, position: number): Block[] {
  const { hazards, totals, gaps } = index.hazardRectification;
  const heading = sectionHeading(position, '隐患整改（2.4 检查日管控、周排查、月调度中发现的质量安全风险隐患整改情况）');
  if (hazards.length === 0) return [heading, ...prose('本期未发现质量安全风险隐患。'), ...gapList(gaps)];
  return [
    heading,
    ...prose([
      `本期发现隐患 ${totals.found} 项${totals.serious > 0 ? `（其中严重隐患 ${totals.serious} 项）` : ''}，`,
      `已整改 ${totals.rectified} 项（按期 ${totals.rectifiedOnTime} 项，逾期整改 ${totals.rectifiedLate} 项），已验证关闭 ${totals.closed} 项；`,
      `尚未整改 ${totals.notRectified} 项，其中已逾期 ${totals.overdue} 项。`,
      hazardSourceSentence(hazards),
    ].join('')),
    dataTable(
      [
        { header: '编号', weight: 0.6 },
        { header: '发现日期', weight: 1.1 },
        { header: '隐患描述', weight: 2.2 },
        { header: '整改责任人', weight: 0.9 },
        { header: '整改期限', weight: 1.1 },
        { header: '整改完成', weight: 1.1 },
        { header: '验证关闭', weight: 1.1 },
        { header: '整改情况', weight: 1.3 },
      ],
      hazards.map((line) => [
        String(line.number),
        line.reportedDate,
        `${line.serious ? '【严重】' : ''}${line.description}\n（${hazardItemWords(line)}，${line.officerName} 发现）`,
        orDash(line.ownerName),
        orDash(line.deadline),
        orDash(line.rectifiedDate),
        orDash(line.closedDate),
        rectificationText(line),
      ]),
    ),
    ...gapList(gaps),
    ...prose(`各项隐患的发现、措施和整改经过见 ${ARCHIVE_FOLDERS.daily}/ 中的检查记录及 ${ARCHIVE_FOLDERS.weekly}/、${ARCHIVE_FOLDERS.monthly}/ 中的报告和纪要。`),
  ];
}

// §2.5 培训考核

function trainingSection(index: InspectionIndex, position: number): Block[] {
  const { people, directorRequired, gaps } = index.trainingAssessment;
  const count = (state: string): number => people.filter((person) => person.state === state).length;
  return [
    sectionHeading(position, `培训考核（2.5 检查${ROLE_NAMES.director}和${ROLE_NAMES.officer}培训考核情况）`),
    ...prose([
      `本期担任${ROLE_NAMES.director}、${ROLE_NAMES.officer}的共 ${people.length} 人，无培训记录 ${people.filter((person) => person.latestTraining === undefined).length} 人；考核合格 ${count('passed')} 人，最近一次考核未通过 ${count('failed')} 人，无考核记录 ${count('none')} 人。`,
      directorRequired ? `本单位应当配备${ROLE_NAMES.director}。` : '',
    ].join('')),
    ...(people.length === 0 ? [] : [dataTable(POST_HOLDER_COLUMNS, postHolderRows(people))]),
    ...gapList(gaps),
    ...prose(`培训考核记录见 ${ARCHIVE_FILES.training}，任命及调整记录见 ${ARCHIVE_FILES.appointments}。`),
  ];
}

// 生产许可证、强制性产品认证证书

function validityText(line: CertificateLine): string {
  const lapse =
    line.validity === 'valid' ? '本期内有效' : line.validity === 'lapsed-in-period' ? `${line.lapsedOn ?? '—'} 起失效` : `本期开始前已失效（${line.lapsedOn ?? '—'} 起）`;
  return line.succeededBy === undefined ? lapse : `${lapse}，由 ${line.succeededBy.number}（有效期至 ${line.succeededBy.validUntil}）接续`;
}

function certificatesSection(index: InspectionIndex, position: number): Block[] {
  const { certificates, gaps } = index.certificates;
  const seller = isSeller(index.unit.kind);
  const heading = sectionHeading(position, `生产许可证和强制性产品认证证书（附件2 ${seller ? '销售单位第 3.4 项' : '生产单位第 3.1、3.2 项'}）`);
  if (certificates.length === 0) return [heading, ...prose('组织文件中未登记生产许可证或强制性产品认证证书。')];
  return [
    heading,
    ...prose(
      seller
        ? '登记的证书及其在本期的有效情况如下。'
        : '登记的证书及其在本期的有效情况如下。证书失效时，依第四条，质量安全总监、质量安全员应当提出停止相应产品生产、销售等否决建议，主要负责人应当立即组织分析研判、采取处置措施。',
    ),
    dataTable(
      [
        { header: '证书', weight: 1.4 },
        { header: '编号', weight: 1.6 },
        { header: '产品范围', weight: 1.2 },
        { header: '有效期至', weight: 1 },
        { header: '本期有效情况', weight: 2 },
      ],
      certificates.map((line) => [CERTIFICATE_NAMES[line.kind], line.number, line.scope, line.validUntil, validityText(line)]),
    ),
    ...gapList(gaps),
    ...prose(`否决建议的提出和主要负责人的答复见 ${ARCHIVE_FILES.suggestions}。`),
  ];
}

// 存档文件

function fileList(snapshot: ArchiveOverview, position: number): Block[] {
  const rows: string[][] = [
    [ARCHIVE_FILES.index, `本检查索引`],
    [`${ARCHIVE_FOLDERS.daily}/`, `《${DAILY_RECORD_TITLE}》${snapshot.dailyRecords.length} 份`],
    [`${ARCHIVE_FOLDERS.weekly}/`, `《${WEEKLY_REPORT_TITLE}》${snapshot.weeklyReports.length} 份`],
    [`${ARCHIVE_FOLDERS.monthly}/`, `《${MONTHLY_MINUTES_TITLE}》${snapshot.monthlyMinutes.length} 份`],
    ...ORGANISATION_FILE_TITLES.map((pathAndTitle) => [...pathAndTitle]),
    ['records.json', '以上全部记录的数据文件，含审计记录'],
    ['manifest.json', '各文件的 SHA-256 摘要，用于核对存档是否完整'],
  ];
  return [
    sectionHeading(position, '存档文件'),
    ...prose(`详见 ${ARCHIVE_FOLDERS.daily}/、${ARCHIVE_FOLDERS.weekly}/、${ARCHIVE_FOLDERS.monthly}/ 目录及下列文件：`),
    dataTable([{ header: '文件', weight: 1.5 }, { header: '内容', weight: 3 }], rows),
  ];
}

function summarySection(index: InspectionIndex, position: number): Block[] {
  const heading = sectionHeading(position, '检查结论');
  if (index.gaps.length === 0) return [heading, ...prose('本期日管控、周排查、月调度、隐患整改和培训考核各项均有记录，未发现缺失。')];
  return [heading, ...prose(`本期发现以下 ${index.gaps.length} 处缺失：`), ...numberedLines(index.gaps)];
}

/** The inspection export's first document: 附件2 §2.1–2.5 answered for the period, with every gap named. */
export async function renderInspectionIndexDocx(index: InspectionIndex, snapshot: ArchiveOverview): Promise<Buffer> {
  // Only the weekly reports and minutes are named here: naming a year's daily records would sort them all for nothing.
  const files = archiveFileNames({ dailyRecords: [], weeklyReports: snapshot.weeklyReports, monthlyMinutes: snapshot.monthlyMinutes });
  const { timeZone } = snapshot.unit;
  return renderDocx(INSPECTION_INDEX_TITLE, [
    ...titleBlock(INSPECTION_INDEX_TITLE, false),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: SOURCE, size: 21 })] }),
    ...archiveDocumentHeader(snapshot),
    labelledLine('分级', gradeText(index.unit.grade)),
    labelledLine(
      '许可与认证',
      snapshot.unit.licences.length > 0 ? snapshot.unit.licences.map((licence) => (LICENCE_LABELS as Readonly<Record<string, string>>)[licence] ?? licence).join('、') : '无',
    ),
    labelledLine('是否须配备质量安全总监', snapshot.unit.directorRequired ? '是' : '否'),
    labelledLine('判断日期', `${index.asOf}（是否到期、是否逾期均以此日判断）`),
    ...summarySection(index, 1),
    ...dailyControlSection(index, 2),
    ...weeklySection(index, files, timeZone, 3),
    ...monthlySection(index, files, timeZone, 4),
    ...hazardSection(index, 5),
    ...trainingSection(index, 6),
    ...certificatesSection(index, 7),
    ...fileList(snapshot, 8),
  ]);
}
