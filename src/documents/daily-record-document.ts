import { Paragraph, TextRun } from 'docx';
import { type DailyCheckOutcome, type DailyCheckStatus, answerLabel } from '../domain/daily-checks/daily-check.ts';
import { frequencyLabel } from '../domain/checklists/item-frequency.ts';
import { ROLE_NAMES } from '../domain/people/role.ts';
import {
  type Block,
  contentHashLine,
  dataTable,
  labelledLine,
  orDash,
  prose,
  renderDocx,
  sectionHeading,
  subheading,
  titleBlock,
} from './document-parts.ts';
import { type EvidenceForDocument, evidenceSection } from './evidence-section.ts';

export const DAILY_RECORD_TITLE = '每日工业产品质量安全检查记录';

export interface DailyRecordItem {
  number: number;
  code: string;
  text: string;
  /** 正常 / 异常 / 不适用, or whatever the record says for an item not checked. */
  answerLabel: string;
  description?: string;
  measures?: string;
}

/** A revision the officer submitted before correcting it (更正); it stays in the archive as it was. */
export interface EarlierDailyRecordRevision {
  revision: number;
  submittedAt?: string;
  /** The close time it was submitted after, when it was late. */
  lateAfter?: string;
  items: DailyRecordItem[];
  contentHash?: string;
}

/** A checklist item named among those due, or not due, on the check (管控频次). */
export interface DailyRecordItemDue {
  code: string;
  text: string;
  /** 每日, 每班, 每周一, 每月15日. */
  frequency: string;
}

/** One officer's record for one day (or shift) at one revision, as it is archived and shown to an inspector. */
export interface DailyRecordDocument {
  unitName: string;
  date: string;
  /** Empty for a unit that checks once a day. */
  shift: string;
  officerName: string;
  checklistVersion: number;
  /** The items due that day and those not; absent on records made before frequencies, when every item was due. */
  itemsDue?: { due: DailyRecordItemDue[]; notDue: DailyRecordItemDue[] };
  status: DailyCheckStatus;
  outcome?: DailyCheckOutcome;
  revision: number;
  submittedAt?: string;
  /** The close time the current revision was submitted after, when it was late. */
  lateAfter?: string;
  items: DailyRecordItem[];
  suspensionReason?: string;
  /** The day fell in the officer's leave; substituteName checked in their place (代班). */
  leave?: { substituteName?: string };
  contentHash?: string;
  /** Oldest first; shown after the current revision so a correction never hides what was first recorded. */
  earlierRevisions?: EarlierDailyRecordRevision[];
}

function conclusion(record: DailyRecordDocument): string {
  const hazards = record.items.filter((item) => item.answerLabel === answerLabel('abnormal')).length;
  switch (record.status) {
    case 'submitted':
      return record.outcome === 'hazard'
        ? `发现质量安全风险隐患 ${hazards} 项，已采取防范措施并上报。`
        : '未发现问题（零风险报告）。';
    case 'missed':
      return '未在截止时间前完成检查，记为漏检。';
    case 'suspended':
      return `停工停产（停业）期间，本次无需检查。原因：${orDash(record.suspensionReason)}。`;
    case 'open':
      return '检查尚未完成，本记录不是最终记录。';
  }
}

function itemTable(record: Pick<DailyRecordDocument, 'items'>): Block[] {
  if (record.items.length === 0) return prose('本记录无逐项检查结果。');
  return [
    dataTable(
      [
        { header: '序号', weight: 0.6 },
        { header: '检查项目', weight: 2.8 },
        { header: '检查结果', weight: 0.9 },
        { header: '问题描述', weight: 2 },
        { header: '采取的措施', weight: 2 },
      ],
      record.items.map((item) => [String(item.number), `${item.code} ${item.text}`, item.answerLabel, orDash(item.description), orDash(item.measures)]),
    ),
  ];
}

/** Why an item of the list is absent from the record: it was not due that day. */
function itemsDueLines(itemsDue: DailyRecordDocument['itemsDue']): Paragraph[] {
  if (itemsDue === undefined) return [];
  const named = (items: readonly DailyRecordItemDue[]) => items.map((item) => `${item.code} ${item.text}（${item.frequency}）`).join('；');
  const everyCheck = new Set([frequencyLabel({ kind: 'daily' }), frequencyLabel({ kind: 'per-shift' })]);
  const periodic = itemsDue.due.filter((item) => !everyCheck.has(item.frequency));
  const total = itemsDue.due.length + itemsDue.notDue.length;
  return [
    labelledLine('本次应检项目', `${itemsDue.due.length} 项（清单共 ${total} 项${periodic.length > 0 ? `，含按周、按月检查的项目：${named(periodic)}` : ''}）`),
    ...(itemsDue.notDue.length > 0 ? [labelledLine('按管控频次本次不检', named(itemsDue.notDue))] : []),
  ];
}

/** A late submission is said where its time is shown, with the close it came after. */
function lateWords(lateAfter: string | undefined): string {
  return lateAfter === undefined ? '' : `，逾期提交（当日 ${lateAfter} 截止后）`;
}

function earlierRevisionsSection(revisions: readonly EarlierDailyRecordRevision[]): Block[] {
  if (revisions.length === 0) return [];
  return [
    sectionHeading(3, '更正前记录'),
    ...prose('以下为更正前提交的记录，按原样存档备查，不得修改。'),
    ...revisions.flatMap((revision) => [
      subheading(`第 ${revision.revision} 版（提交时间：${orDash(revision.submittedAt)}${lateWords(revision.lateAfter)}）`),
      ...itemTable(revision),
      ...contentHashLine(revision.contentHash),
    ]),
  ];
}

/** 《每日工业产品质量安全检查记录》 (Art. 10): what the officer checked, found and did, kept also when nothing was found. */
export async function renderDailyRecordDocx(record: DailyRecordDocument, evidence: readonly EvidenceForDocument[] = []): Promise<Buffer> {
  const final = record.status !== 'open';
  return renderDocx(DAILY_RECORD_TITLE, [
    ...titleBlock(DAILY_RECORD_TITLE, !final),
    labelledLine('单位', record.unitName),
    labelledLine('检查日期', record.shift === '' ? record.date : `${record.date}（班次 ${record.shift}）`),
    labelledLine(ROLE_NAMES.officer, record.leave ? `${record.officerName}（请假）` : record.officerName),
    ...(record.leave ? [labelledLine('代班', record.leave.substituteName ?? '未指定代班')] : []),
    labelledLine('风险管控清单版本', `第 ${record.checklistVersion} 版`),
    ...itemsDueLines(record.itemsDue),
    labelledLine('记录版本', record.revision <= 1 ? '第 1 版（原始记录）' : `第 ${record.revision} 版（更正后，此前各版均存档备查）`),
    sectionHeading(1, '检查结论'),
    ...prose(conclusion(record)),
    sectionHeading(2, '逐项检查结果'),
    ...itemTable(record),
    new Paragraph({
      spacing: { before: 480 },
      children: [new TextRun(`检查人：${ROLE_NAMES.officer} ${record.leave?.substituteName ? `${record.leave.substituteName}（代 ${record.officerName}）` : record.officerName}　提交时间：${record.status === 'submitted' ? `${orDash(record.submittedAt)}${lateWords(record.lateAfter)}` : '未提交'}`)],
    }),
    ...(final ? contentHashLine(record.contentHash) : []),
    ...evidenceSection('隐患证据照片及文件', evidence),
    ...earlierRevisionsSection(record.earlierRevisions ?? []),
  ]);
}
