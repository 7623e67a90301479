import type { ArchiveOverview } from '../../domain/archive/archive-snapshot.ts';
import { versionsInForce } from '../../domain/archive/versions-in-force.ts';
import { type Block, dataTable, labelledLine, prose, renderDocx, sectionHeading, titleBlock } from '../document-parts.ts';
import { archiveDocumentHeader } from './archive-document-header.ts';
import { nextVersionOf, versionInForceText } from './version-in-force-text.ts';

export const CHECKLIST_TITLE = '工业产品质量安全风险管控清单';

/** Art. 9, 13: every version of the checklist that applied during the period; each daily record names the one it used. */
export async function renderChecklistsDocx(snapshot: ArchiveOverview): Promise<Buffer> {
  const versions = versionsInForce(snapshot.checklists, snapshot.period, snapshot.unit.timeZone);
  const body: Block[] = versions.length === 0
    ? prose('本期没有存档的风险管控清单。')
    : [
      ...prose(`本期施行的风险管控清单共 ${versions.length} 个版本。每日检查记录注明了所依据的清单版本。`),
      ...versions.flatMap(({ document, from, until }, index) => [
        sectionHeading(index + 1, `第 ${document.version} 版`),
        labelledLine('施行期间', versionInForceText(from, until, nextVersionOf(snapshot.checklists, document.version))),
        ...(document.templateId === undefined ? [] : [labelledLine('依据模板', document.templateId)]),
        dataTable(
          [
            { header: '序号', weight: 0.6 },
            { header: '编号', weight: 0.7 },
            { header: '类别', weight: 1.1 },
            { header: '检查内容', weight: 2.6 },
            { header: '检查要点', weight: 2.6 },
          ],
          document.items.map((item) => [String(item.number), item.code, item.category, item.text, item.guidance]),
        ),
      ]),
    ];
  return renderDocx(CHECKLIST_TITLE, [...titleBlock(CHECKLIST_TITLE, false), ...archiveDocumentHeader(snapshot), ...body]);
}
