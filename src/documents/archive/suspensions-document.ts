import type { ArchiveOverview, ArchiveSnapshot } from '../../domain/archive/archive-snapshot.ts';
import { daysBetweenInclusive } from '../../domain/calendar/local-time.ts';
import { type Block, dataTable, prose, renderDocx, sectionHeading, titleBlock } from '../document-parts.ts';
import { archiveDocumentHeader } from './archive-document-header.ts';

export const SUSPENSIONS_TITLE = '停工停产（停业）记录';

function suspensionsOfPeriod(snapshot: ArchiveOverview): ArchiveSnapshot['suspensions'] {
  return snapshot.suspensions
    .filter((suspension) => suspension.startDate <= snapshot.period.to && suspension.endDate >= snapshot.period.from)
    .sort((left, right) => left.startDate.localeCompare(right.startDate));
}

function pausedChecks(snapshot: ArchiveOverview): Block[] {
  const paused = snapshot.dailyRecords
    .filter((record) => record.status === 'suspended' && record.date >= snapshot.period.from && record.date <= snapshot.period.to)
    .sort((left, right) => left.date.localeCompare(right.date) || left.shift.localeCompare(right.shift));
  if (paused.length === 0) return prose('本期没有因停工停产（停业）暂停的日管控检查。');
  return [
    ...prose(`本期因停工停产（停业）暂停日管控检查 ${paused.length} 次：`),
    dataTable(
      [{ header: '日期', weight: 1 }, { header: '班次', weight: 0.8 }, { header: '质量安全员', weight: 1 }, { header: '原因', weight: 2.5 }],
      paused.map((record) => [record.date, record.shift === '' ? '全天' : record.shift, record.officerName, record.suspensionReason ?? '—']),
    ),
  ];
}

/** 停工停产（停业）: the rhythm may pause, but the pause must be recorded truthfully and kept for inspection (Q&A). */
export async function renderSuspensionsDocx(snapshot: ArchiveOverview): Promise<Buffer> {
  const suspensions = suspensionsOfPeriod(snapshot);
  return renderDocx(SUSPENSIONS_TITLE, [
    ...titleBlock(SUSPENSIONS_TITLE, false),
    ...archiveDocumentHeader(snapshot),
    sectionHeading(1, '停工停产（停业）期间'),
    ...(suspensions.length === 0
      ? prose('本期没有停工停产（停业）。')
      : [
        dataTable(
          [{ header: '起始日期', weight: 1 }, { header: '结束日期', weight: 1 }, { header: '天数', weight: 0.6 }, { header: '原因', weight: 3 }],
          suspensions.map((suspension) => [
            suspension.startDate,
            suspension.endDate,
            String(daysBetweenInclusive(suspension.startDate, suspension.endDate).length),
            suspension.reason,
          ]),
        ),
      ]),
    sectionHeading(2, '暂停的日管控检查'),
    ...pausedChecks(snapshot),
    ...prose('停工停产（停业）期间可暂不执行日管控、周排查、月调度，但相关情况应如实记录、存档备查。'),
  ]);
}
