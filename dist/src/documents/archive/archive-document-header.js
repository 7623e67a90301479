import { localDateTimeOf } from "../../domain/archive/archive-times.js";
import { UNIT_KIND_LABELS } from "../../domain/units/unit-kind.js";
import { labelledLine, periodText } from "../document-parts.js";
/** A to D as 38号文 附件1 names them (A 级主体); anything else as it was recorded. */
export function gradeText(grade) {
    return /^[A-D]$/.test(grade) ? `${grade} 级主体` : grade;
}
/** The lines every archived document opens with, so each page of the export says whose records and which period. */
export function archiveDocumentHeader(snapshot) {
    return [
        labelledLine('单位', `${snapshot.unit.name}（${UNIT_KIND_LABELS[snapshot.unit.kind]}）`),
        labelledLine('记录期间', periodText(snapshot.period.from, snapshot.period.to)),
        labelledLine('导出时间', localDateTimeOf(snapshot.generatedAt, snapshot.unit.timeZone) ?? ''),
    ];
}
//# sourceMappingURL=archive-document-header.js.map