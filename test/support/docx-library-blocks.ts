import { AlignmentType, Document, HeadingLevel, Packer, PageBreak, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { readZipParts } from '../../src/documents/zip-parts.ts';

/**
 * The blocks of src/documents/document-parts.ts as they were built with the docx library's objects, before the
 * documents were written as WordprocessingML directly: the reference that keeps the two writing the same XML.
 */
const TEXT_WIDTH = 11906 - 2 * 1418;
const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function orDash(text: string | undefined): string {
  return text === undefined || text.trim() === '' ? '—' : text;
}

export type LibraryBlock = Paragraph | Table;

export const libraryBlocks = {
  titleBlock(title: string, draft: boolean): Paragraph[] {
    const titleParagraph = new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(`《${title}》`)] });
    if (!draft) return [titleParagraph];
    return [titleParagraph, new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '（草稿，尚未确认）', color: 'C00000' })] })];
  },
  sourceLine: (text: string) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, size: 21 })] }),
  labelledLine: (label: string, value: string) => new Paragraph({ children: [new TextRun({ text: `${label}：`, bold: true }), new TextRun(orDash(value))] }),
  sectionHeading: (position: number, text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`${CHINESE_NUMERALS[position - 1] ?? String(position)}、${text}`)] }),
  subheading: (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] }),
  prose: (text: string) => text.split('\n').map((line) => new Paragraph({ indent: { firstLine: 480 }, children: [new TextRun(line)] })),
  numberedLines: (lines: readonly string[]) => lines.map((line, index) => new Paragraph({ indent: { firstLine: 480 }, children: [new TextRun(`${index + 1}. ${line}`)] })),
  pageBreak: () => new Paragraph({ children: [new PageBreak()] }),
  dataTable(columns: ReadonlyArray<{ header: string; weight: number }>, rows: ReadonlyArray<readonly string[]>): Table {
    const totalWeight = columns.reduce((sum, column) => sum + column.weight, 0);
    const widths = columns.map((column) => Math.floor((TEXT_WIDTH * column.weight) / totalWeight));
    const cell = (text: string, width: number, header: boolean) =>
      new TableCell({
        width: { size: width, type: WidthType.DXA },
        verticalAlign: VerticalAlign.CENTER,
        ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' } } : {}),
        children: orDash(text).split('\n').map((line) => new Paragraph({ style: 'TableText', alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT, children: [new TextRun({ text: line, bold: header })] })),
      });
    return new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((column, index) => cell(column.header, widths[index] ?? 0, true)) }),
        ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, index) => cell(text, widths[index] ?? 0, false)) })),
      ],
    });
  },
  signatureLine: (text: string) => new Paragraph({ spacing: { before: 480 }, children: [new TextRun(text)] }),
  contentHashLine(contentHash: string | undefined): Paragraph[] {
    if (contentHash === undefined || contentHash === '') return [];
    return [new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: `内容摘要（SHA-256）：${contentHash}　确认后内容不可更改，可据此与存档记录核对。`, size: 16, color: '595959' })] })];
  },
};

/** The body of word/document.xml the docx library writes for these blocks. */
export async function bodyWrittenByTheDocxLibrary(blocks: readonly LibraryBlock[]): Promise<string> {
  const packed = await Packer.toBuffer(new Document({ sections: [{ children: [...blocks] }] }));
  const documentXml = readZipParts(packed).get('word/document.xml')!.toString('utf8');
  return documentXml.slice(documentXml.indexOf('<w:body>') + '<w:body>'.length, documentXml.indexOf('<w:sectPr'));
}
