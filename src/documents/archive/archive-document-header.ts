import type { Paragraph } from 'docx';
import type { ArchiveOverview } from '../../domain/archive/archive-snapshot.ts';
import { localDateTimeOf } from '../../domain/archive/archive-times.ts';
import { UNIT_KIND_LABELS } from '../../domain/units/unit-kind.ts';
import { labelledLine, periodText } from '../document-parts.ts';

/** A to D as 38号文 附件1 names them (A 级主体); anything else as it was recorded. */
export function gradeText(grade: string): string {
  return /^[A-D]$/.test(grade) ? `${grade} 级主体` : grade;
}

/** The lines every archived document opens with, so each page of the export says whose records and which period. */
export function archiveDocumentHeader(snapshot: Pick<ArchiveOverview, 'unit' | 'period' | 'generatedAt'>): Paragraph[] {
  return [
    labelledLine('单位', `${snapshot.unit.name}（${UNIT_KIND_LABELS[snapshot.unit.kind]}）`),
    labelledLine('记录期间', periodText(snapshot.period.from, snapshot.period.to)),
    labelledLine('导出时间', localDateTimeOf(snapshot.generatedAt, snapshot.unit.timeZone) ?? ''),
  ];
}
