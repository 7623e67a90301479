import { describe, expect, it } from 'vitest';
import { type Block, contentHashLine, dataTable, labelledLine, prose, renderDocx, sectionHeading, signatureLine, subheading, titleBlock } from '../../src/documents/document-parts.ts';
import { contentHashLineXml, dataTableXml, labelledLineXml, proseXml, sectionHeadingXml, signatureLineXml, subheadingXml, titleBlockXml } from '../../src/documents/ooxml-blocks.ts';
import { readZipParts } from '../../src/documents/zip-parts.ts';

async function bodyWrittenByTheDocxLibrary(blocks: Block[]): Promise<string> {
  const documentXml = readZipParts(await renderDocx('标题', blocks)).get('word/document.xml')!.toString('utf8');
  return documentXml.slice(documentXml.indexOf('<w:body>') + '<w:body>'.length, documentXml.indexOf('<w:sectPr'));
}

const awkward = `A&B <标签> "引号" 'apostrophe'\u0001`;
const columns = [{ header: '序号', weight: 0.6 }, { header: '检查项目', weight: 2.8 }, { header: '问题描述', weight: 2 }];
const rows = [['1', awkward, ''], ['2', '两行\n说明', '—']];

describe('a daily record written straight as WordprocessingML looks exactly like one written by the docx library', () => {
  it('every block, with text XML must escape, empty values and several lines', async () => {
    const library = await bodyWrittenByTheDocxLibrary([
      ...titleBlock('每日记录', false),
      ...titleBlock('每日记录', true),
      labelledLine('单位', awkward),
      labelledLine('班次', ''),
      sectionHeading(2, '逐项检查结果'),
      subheading(`第 1 版 ${awkward}`),
      ...prose(`第一行\n${awkward}`),
      dataTable(columns, rows),
      signatureLine(`检查人：${awkward}`),
      ...contentHashLine('ab'.repeat(32)),
      ...contentHashLine(undefined),
    ]);
    const direct = [
      titleBlockXml('每日记录', false),
      titleBlockXml('每日记录', true),
      labelledLineXml('单位', awkward),
      labelledLineXml('班次', ''),
      sectionHeadingXml(2, '逐项检查结果'),
      subheadingXml(`第 1 版 ${awkward}`),
      proseXml(`第一行\n${awkward}`),
      dataTableXml(columns, rows),
      signatureLineXml(`检查人：${awkward}`),
      contentHashLineXml('ab'.repeat(32)),
      contentHashLineXml(undefined),
    ].join('');
    expect(direct).toBe(library);
  });
});
