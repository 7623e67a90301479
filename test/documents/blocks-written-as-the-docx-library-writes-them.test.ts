import { describe, expect, it } from 'vitest';
import { contentHashLine, dataTable, labelledLine, numberedLines, pageBreak, prose, sectionHeading, signatureLine, sourceLine, subheading, titleBlock } from '../../src/documents/document-parts.ts';
import { bodyWrittenByTheDocxLibrary, libraryBlocks as library } from '../support/docx-library-blocks.ts';

const awkward = `A&B <标签> "引号" 'apostrophe'\u0001`;
const columns = [{ header: '序号', weight: 0.6 }, { header: '检查项目', weight: 2.8 }, { header: '问题描述', weight: 2 }];
const rows = [['1', awkward, ''], ['2', '两行\n说明', '—']];

describe('documents written straight as WordprocessingML look exactly as the docx library wrote them', () => {
  it('every block, with text XML must escape, empty values and several lines', async () => {
    const expected = await bodyWrittenByTheDocxLibrary([
      ...library.titleBlock('每日记录', false),
      ...library.titleBlock('每日记录', true),
      library.sourceLine(`依据：${awkward}`),
      library.labelledLine('单位', awkward),
      library.labelledLine('班次', ''),
      library.sectionHeading(2, '逐项检查结果'),
      library.sectionHeading(12, '其他'),
      library.subheading(`第 1 版 ${awkward}`),
      ...library.prose(`第一行\n${awkward}`),
      ...library.numberedLines(['甲', awkward]),
      library.pageBreak(),
      library.dataTable(columns, rows),
      library.signatureLine(`检查人：${awkward}`),
      ...library.contentHashLine('ab'.repeat(32)),
      ...library.contentHashLine(undefined),
    ]);
    const written = [
      ...titleBlock('每日记录', false),
      ...titleBlock('每日记录', true),
      sourceLine(`依据：${awkward}`),
      labelledLine('单位', awkward),
      labelledLine('班次', ''),
      sectionHeading(2, '逐项检查结果'),
      sectionHeading(12, '其他'),
      subheading(`第 1 版 ${awkward}`),
      ...prose(`第一行\n${awkward}`),
      ...numberedLines(['甲', awkward]),
      pageBreak(),
      dataTable(columns, rows),
      signatureLine(`检查人：${awkward}`),
      ...contentHashLine('ab'.repeat(32)),
      ...contentHashLine(undefined),
    ].join('');
    expect(written).toBe(expected);
  });
});
