import { PageBreak, Paragraph } from 'docx';
import { DUTY_STATEMENT_TITLES } from "../../domain/archive/archive-snapshot.js";
import { versionsInForce } from "../../domain/archive/versions-in-force.js";
import { labelledLine, prose, renderDocx, titleBlock } from "../document-parts.js";
import { archiveDocumentHeader } from "./archive-document-header.js";
import { nextVersionOf, versionInForceText } from "./version-in-force-text.js";
const KINDS = ['director-duties', 'officer-code'];
function statementBlocks(snapshot, kind) {
    const statements = snapshot.dutyStatements.filter((statement) => statement.kind === kind);
    const versions = versionsInForce(statements, snapshot.period, snapshot.unit.timeZone);
    // A unit may name its own document differently (Q&A on Orders 75/76); the latest name in force heads it.
    const title = versions[versions.length - 1]?.document.title ?? DUTY_STATEMENT_TITLES[kind];
    const heading = [...titleBlock(title, false), ...archiveDocumentHeader(snapshot)];
    if (versions.length === 0)
        return [...heading, ...prose(`本单位本期没有存档的《${title}》。`)];
    return [
        ...heading,
        ...versions.flatMap(({ document, from, until }) => [
            labelledLine('版本', `第 ${document.version} 版（${versionInForceText(from, until, nextVersionOf(statements, document.version))}）`),
            ...prose(document.text),
        ]),
    ];
}
/** Art. 7, 8, 13: the unit's own 《质量安全总监职责》 and 《质量安全员守则》 as in force during the period, each on its own pages. */
export async function renderDutyStatementsDocx(snapshot) {
    const titles = KINDS.map((kind) => `《${DUTY_STATEMENT_TITLES[kind]}》`).join('');
    return renderDocx(titles, KINDS.flatMap((kind, index) => [
        ...(index === 0 ? [] : [new Paragraph({ children: [new PageBreak()] })]),
        ...statementBlocks(snapshot, kind),
    ]));
}
//# sourceMappingURL=duty-statements-document.js.map