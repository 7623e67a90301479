import type { ArchivedHazard, ArchiveOverview } from './archive-snapshot.ts';
import type { HazardStatus } from '../records/daily-record-facts.ts';
import { hazardStatusLabel, isRectifiedHazard } from '../hazards/hazard-status.ts';
import { isOverdue } from '../hazards/hazard-lifecycle.ts';
import { daysBetweenInclusive } from '../calendar/local-time.ts';

/** not-rectified: nothing done yet; on-time / late: rectified by the deadline, or only after it. */
export type RectificationState = 'not-rectified' | 'on-time' | 'late';

export interface HazardRectificationLine {
  number: number;
  reportedDate: string;
  officerName: string;
  source?: ArchivedHazard['source'];
  itemCode: string;
  itemText: string;
  description: string;
  serious: boolean;
  status: HazardStatus;
  statusLabel: string;
  ownerName?: string;
  deadline?: string;
  rectification?: string;
  rectifiedDate?: string;
  closedDate?: string;
  rectificationState: RectificationState;
  /** The director has verified the rectification and closed the hazard. */
  closed: boolean;
  /** Still not rectified and its deadline has passed. */
  overdue: boolean;
  /** How many days after the deadline it was rectified, or, still overdue, how many have passed by the export. */
  daysPastDeadline?: number;
}

export interface HazardRectificationTotals {
  found: number;
  serious: number;
  rectified: number;
  rectifiedOnTime: number;
  rectifiedLate: number;
  closed: number;
  notRectified: number;
  overdue: number;
}

/** 38号文 附件2 §2.4: the rectification of the hazards found in 日管控、周排查、月调度 during the period. */
export interface HazardRectificationIndex {
  hazards: HazardRectificationLine[];
  totals: HazardRectificationTotals;
  gaps: string[];
}

/** Whole days from the deadline to the later date: rectified the day after the deadline is 1 day late. */
function daysAfter(deadline: string, date: string): number {
  return daysBetweenInclusive(deadline, date).length - 1;
}

/** A rectification without a date cannot be placed in time and is taken as on time rather than accused of lateness. */
function rectificationDate(hazard: ArchivedHazard): string | undefined {
  return hazard.rectifiedDate ?? hazard.closedDate;
}

function lineOf(hazard: ArchivedHazard, asOf: string): HazardRectificationLine {
  const rectified = isRectifiedHazard(hazard.status);
  const doneOn = rectificationDate(hazard);
  const late = rectified && hazard.deadline !== undefined && doneOn !== undefined && doneOn > hazard.deadline;
  const overdue = isOverdue({ status: hazard.status, deadline: hazard.deadline ?? null }, asOf);
  const line: HazardRectificationLine = {
    number: hazard.number,
    reportedDate: hazard.reportedDate,
    officerName: hazard.officerName,
    ...(hazard.source ? { source: hazard.source } : {}),
    itemCode: hazard.itemCode,
    itemText: hazard.itemText,
    description: hazard.description,
    serious: hazard.serious,
    status: hazard.status,
    statusLabel: hazardStatusLabel(hazard.status),
    ownerName: hazard.ownerName,
    deadline: hazard.deadline,
    rectification: hazard.rectification,
    rectifiedDate: hazard.rectifiedDate,
    closedDate: hazard.closedDate,
    rectificationState: !rectified ? 'not-rectified' : late ? 'late' : 'on-time',
    closed: hazard.status === 'closed',
    overdue,
  };
  if (late && hazard.deadline !== undefined && doneOn !== undefined) return { ...line, daysPastDeadline: daysAfter(hazard.deadline, doneOn) };
  if (overdue && hazard.deadline !== undefined) return { ...line, daysPastDeadline: daysAfter(hazard.deadline, asOf) };
  return line;
}

const DESCRIPTION_LENGTH = 30;

/** The hazard as a chat line names it: number and a description short enough for a card. */
export function hazardName(hazard: Pick<HazardRectificationLine, 'number' | 'description'>): string {
  const characters = [...hazard.description.trim()];
  const description = characters.length > DESCRIPTION_LENGTH ? `${characters.slice(0, DESCRIPTION_LENGTH).join('')}…` : characters.join('');
  return `第 ${hazard.number} 号隐患（${description}）`;
}

function gapOf(line: HazardRectificationLine): string[] {
  if (line.overdue) {
    const owner = line.ownerName === undefined ? '未指定责任人' : `责任人 ${line.ownerName}`;
    return [`${hazardName(line)}仍未整改，已逾期（整改期限 ${line.deadline ?? '—'}，${owner}）`];
  }
  if (line.rectificationState === 'not-rectified' && line.deadline === undefined) {
    return [`${hazardName(line)}仍未整改，尚未指定整改责任人和期限`];
  }
  if (line.rectificationState === 'late') {
    return [`${hazardName(line)}逾期整改：整改期限 ${line.deadline ?? '—'}，${line.rectifiedDate ?? line.closedDate ?? '—'} 才完成整改`];
  }
  return [];
}

function totalsOf(lines: readonly HazardRectificationLine[]): HazardRectificationTotals {
  const count = (test: (line: HazardRectificationLine) => boolean): number => lines.filter(test).length;
  return {
    found: lines.length,
    serious: count((line) => line.serious),
    rectified: count((line) => line.rectificationState !== 'not-rectified'),
    rectifiedOnTime: count((line) => line.rectificationState === 'on-time'),
    rectifiedLate: count((line) => line.rectificationState === 'late'),
    closed: count((line) => line.closed),
    notRectified: count((line) => line.rectificationState === 'not-rectified'),
    overdue: count((line) => line.overdue),
  };
}

/** `asOf`: the unit's local date of the export; the statuses are as archived then, so deadlines are judged then too. */
export function hazardRectificationIndex(snapshot: ArchiveOverview, asOf: string): HazardRectificationIndex {
  const { from, to } = snapshot.period;
  const hazards = snapshot.hazards
    .filter((hazard) => hazard.reportedDate >= from && hazard.reportedDate <= to)
    .sort((left, right) => left.reportedDate.localeCompare(right.reportedDate) || left.number - right.number)
    .map((hazard) => lineOf(hazard, asOf));
  return { hazards, totals: totalsOf(hazards), gaps: hazards.flatMap(gapOf) };
}
