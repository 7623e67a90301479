import { PageBreak, Paragraph } from 'docx';
import { type ArchiveOverview, DUTY_STATEMENT_TITLES, type DutyStatementKind } from '../../domain/archive/archive-snapshot.ts';
import { versionsInForce } from '../../domain/archive/versions-in-force.ts';
import { type Block, labelledLine, prose, renderDocx, titleBlock } from '../document-parts.ts';
import { archiveDocumentHeader } from './archive-document-header.ts';
import { nextVersionOf, versionInForceText } from './version-in-force-text.ts';

const KINDS: readonly DutyStatementKind[] = ['director-duties', 'officer-code'];

function statementBlocks(snapshot: ArchiveOverview, kind: DutyStatementKind): Block[] {
  const statements = snapshot.dutyStatements.filter((statement) => statement.kind === kind);
  const versions = versionsInForce(statements, snapshot.period, snapshot.unit.timeZone);
  // A unit may name its own document differently (Q&A on Orders 75/76); the latest name in force heads it.
  const title = versions[versions.length - 1]?.document.title ?? DUTY_STATEMENT_TITLES[kind];
  const heading = [...titleBlock(title, false), ...archiveDocumentHeader(snapshot)];
  if (versions.length === 0) return [...heading, ...prose(`本单位本期没有存档的《${title}》。`)];
  return [
    ...heading,
    ...versions.flatMap(({ document, from, until }) => [
      labelledLine('版本', `第 ${document.version} 版（${versionInForceText(from, until, nextVersionOf(statements, document.version))}）`),
      ...prose(document.text),
    ]),
  ];
}

/** Art. 7, 8, 13: the unit's own 《质量安全总监职责》 and 《质量安全员守则》 as in force during the period, each on its own pages. */
export async function renderDutyStatementsDocx(snapshot: ArchiveOverview): Promise<Buffer> {
  const titles = KINDS.map((kind) => `《${DUTY_STATEMENT_TITLES[kind]}》`).join('');
  return renderDocx(titles, KINDS.flatMap((kind, index) => [
    ...(index === 0 ? [] : [new Paragraph({ children: [new PageBreak()] })]),
    ...statementBlocks(snapshot, kind),
  ]));
}
