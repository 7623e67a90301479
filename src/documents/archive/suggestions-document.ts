import type { ArchiveOverview, ArchiveSnapshot } from '../../domain/archive/archive-snapshot.ts';
import { localDateTimeOf } from '../../domain/archive/archive-times.ts';
import { type Block, dataTable, labelledLine, orDash, prose, renderDocx, sectionHeading, subheading, titleBlock } from '../document-parts.ts';
import { archiveDocumentHeader } from './archive-document-header.ts';

export const SUGGESTIONS_TITLE = '质量安全意见建议及否决处理记录';

type ArchivedSuggestion = ArchiveSnapshot['suggestions'][number];

function kindText(suggestion: ArchivedSuggestion): string {
  return suggestion.kind === 'veto' ? '否决建议' : '意见建议';
}

function decisionText(suggestion: ArchivedSuggestion): string {
  if (suggestion.decision === undefined) return '尚未答复';
  return suggestion.decision === 'adopted' ? '采纳' : '不采纳';
}

function proposedAt(suggestion: ArchivedSuggestion, timeZone: string): string {
  return localDateTimeOf(suggestion.createdAt, timeZone) ?? suggestion.createdDate;
}

function answeredAt(suggestion: ArchivedSuggestion, timeZone: string): string {
  return localDateTimeOf(suggestion.answeredAt, timeZone) ?? orDash(suggestion.answeredDate);
}

function overview(suggestions: readonly ArchivedSuggestion[], timeZone: string): Block[] {
  const vetoes = suggestions.filter((suggestion) => suggestion.kind === 'veto').length;
  const unanswered = suggestions.filter((suggestion) => suggestion.decision === undefined).length;
  return [
    ...prose(`共 ${suggestions.length} 项（其中否决建议 ${vetoes} 项），已答复 ${suggestions.length - unanswered} 项，尚未答复 ${unanswered} 项。`),
    dataTable(
      [
        { header: '编号', weight: 0.6 },
        { header: '类型', weight: 0.9 },
        { header: '提出人', weight: 1.4 },
        { header: '提出时间', weight: 1.4 },
        { header: '处理决定', weight: 0.9 },
        { header: '答复时间', weight: 1.4 },
      ],
      suggestions.map((suggestion) => [
        String(suggestion.number),
        kindText(suggestion),
        `${suggestion.proposerRole}\n${suggestion.proposerName}`,
        proposedAt(suggestion, timeZone),
        decisionText(suggestion),
        suggestion.decision === undefined ? '—' : answeredAt(suggestion, timeZone),
      ]),
    ),
  ];
}

function detail(suggestion: ArchivedSuggestion, timeZone: string): Block[] {
  const answered = suggestion.decision !== undefined;
  return [
    subheading(`第 ${suggestion.number} 号 ${kindText(suggestion)}`),
    labelledLine('提出人', `${suggestion.proposerRole} ${suggestion.proposerName}`),
    labelledLine('提出时间', proposedAt(suggestion, timeZone)),
    labelledLine('内容', suggestion.text),
    labelledLine('处理决定', decisionText(suggestion)),
    labelledLine('答复', answered ? orDash(suggestion.answer) : '—'),
    labelledLine('答复人', answered ? orDash(suggestion.answeredByName) : '—'),
    labelledLine('答复时间', answered ? answeredAt(suggestion, timeZone) : '—'),
  ];
}

/**
 * Art. 4, 13, 16: every opinion, suggestion and veto of the director and the officers, and what the unit answered.
 * It is the officer's proof of having done the duty, so it is printed whole and never edited.
 */
export async function renderSuggestionsDocx(snapshot: ArchiveOverview): Promise<Buffer> {
  const { timeZone } = snapshot.unit;
  const suggestions = [...snapshot.suggestions].sort((left, right) => left.number - right.number);
  const body: Block[] = suggestions.length === 0
    ? prose('本期没有质量安全总监、质量安全员提出的意见建议或否决建议。')
    : [
      sectionHeading(1, '一览'),
      ...overview(suggestions, timeZone),
      sectionHeading(2, '逐项记录'),
      ...suggestions.flatMap((suggestion) => detail(suggestion, timeZone)),
    ];
  return renderDocx(SUGGESTIONS_TITLE, [
    ...titleBlock(SUGGESTIONS_TITLE, false),
    ...archiveDocumentHeader(snapshot),
    ...body,
    sectionHeading(suggestions.length === 0 ? 1 : 3, '说明'),
    ...prose([
      '本记录由质安助手按提出和答复的先后自动记录，内容、人员和时间均按原样存档，任何人不能修改或删除。',
      '依据第十六条，单位及其主要负责人无正当理由未采纳质量安全总监和质量安全员依照第四条提出的意见或建议的，应当认为质量安全总监和质量安全员已经依法履职尽责。',
    ].join('\n')),
  ]);
}
