import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';

/**
 * The look every document shares, so a daily record, a weekly report and the minutes read as one unit's set of
 * records when an inspector lays them side by side: A4, 宋体 小四 body, 黑体 title and headings, 五号 tables.
 */
const BODY_FONT = { eastAsia: '宋体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
const HEADING_FONT = { eastAsia: '黑体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
const BODY_SIZE = 24;
const TABLE_SIZE = 21;
const SMALL_SIZE = 16;
const TITLE_SIZE = 36;
const HEADING_SIZE = 28;

const PAGE_WIDTH = 11906;
const PAGE_MARGIN = 1418;
const TEXT_WIDTH = PAGE_WIDTH - 2 * PAGE_MARGIN;

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export type Block = Paragraph | Table;

/** A blank or missing value shows as a dash, so an empty cell never looks like something was forgotten in printing. */
export function orDash(text: string | undefined): string {
  return text === undefined || text.trim() === '' ? '—' : text;
}

/** 0.857142… → 85.7%; a whole number keeps no decimal (100%). */
export function percent(rate: number): string {
  // A single missed check among thousands must not round up to a clean 100%.
  const tenths = rate < 1 ? Math.min(Math.round(rate * 1000), 999) : Math.round(rate * 1000);
  const text = (tenths / 10).toFixed(1);
  return `${text.endsWith('.0') ? text.slice(0, -2) : text}%`;
}

export function periodText(periodStart: string, periodEnd: string): string {
  return periodStart === periodEnd ? periodStart : `${periodStart} 至 ${periodEnd}`;
}

export function titleBlock(title: string, draft: boolean): Paragraph[] {
  const titleParagraph = new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(`《${title}》`)] });
  if (!draft) return [titleParagraph];
  return [
    titleParagraph,
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '（草稿，尚未确认）', color: 'C00000' })] }),
  ];
}

export function labelledLine(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}：`, bold: true }), new TextRun(orDash(value))] });
}

export function sectionHeading(position: number, text: string): Paragraph {
  const numeral = CHINESE_NUMERALS[position - 1] ?? String(position);
  return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`${numeral}、${text}`)] });
}

export function subheading(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });
}

/** Body text indented by two characters, as Chinese prose is; each line of the text becomes its own paragraph. */
export function prose(text: string): Paragraph[] {
  return text.split('\n').map((line) => new Paragraph({ indent: { firstLine: 480 }, children: [new TextRun(line)] }));
}

export function numberedLines(lines: readonly string[]): Paragraph[] {
  return lines.map((line, index) => new Paragraph({ indent: { firstLine: 480 }, children: [new TextRun(`${index + 1}. ${line}`)] }));
}

export interface Column {
  header: string;
  /** Share of the text width, relative to the other columns. */
  weight: number;
}

function cell(text: string, width: number, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' } } : {}),
    children: orDash(text).split('\n').map((line) => new Paragraph({
      style: 'TableText',
      alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
      children: [new TextRun({ text: line, bold: header })],
    })),
  });
}

/** A bordered table whose header row repeats on every page it runs onto. */
export function dataTable(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>): Table {
  const totalWeight = columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = columns.map((column) => Math.floor((TEXT_WIDTH * column.weight) / totalWeight));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((column, index) => cell(column.header, widths[index] ?? 0, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, index) => cell(text, widths[index] ?? 0, false)) })),
    ],
  });
}

/** The signature block: who compiled the document and who confirmed it, or that nobody has yet. */
export function signatureBlock(compiledAt: string, confirmation: { label: string; signer: string; at?: string; confirmed: boolean }): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 480 }, children: [new TextRun(`编制：质安助手（自动汇总）　编制时间：${orDash(compiledAt)}`)] }),
    labelledLine(confirmation.label, confirmation.confirmed ? `${orDash(confirmation.signer)}　${orDash(confirmation.at)}` : '草稿，尚未确认'),
  ];
}

/** Printed on a confirmed document so a paper copy can be matched against the archive (有记录、可核实). */
export function contentHashLine(contentHash: string | undefined): Paragraph[] {
  if (contentHash === undefined || contentHash === '') return [];
  return [
    new Paragraph({
      spacing: { before: 240 },
      children: [new TextRun({ text: `内容摘要（SHA-256）：${contentHash}　确认后内容不可更改，可据此与存档记录核对。`, size: SMALL_SIZE, color: '595959' })],
    }),
  ];
}

function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ size: SMALL_SIZE, children: ['第 ', PageNumber.CURRENT, ' 页　共 ', PageNumber.TOTAL_PAGES, ' 页'] })],
      }),
    ],
  });
}

export async function renderDocx(title: string, children: readonly Block[]): Promise<Buffer> {
  const document = new Document({
    title,
    creator: '质安助手',
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: BODY_SIZE }, paragraph: { spacing: { line: 360 } } },
        title: {
          run: { font: HEADING_FONT, size: TITLE_SIZE, bold: true, color: '000000' },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } },
        },
        heading1: {
          run: { font: HEADING_FONT, size: HEADING_SIZE, bold: false, color: '000000' },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { font: HEADING_FONT, size: BODY_SIZE, bold: false, color: '000000' },
          paragraph: { spacing: { before: 120, after: 60 }, keepNext: true },
        },
      },
      paragraphStyles: [
        { id: 'TableText', name: '表格文字', basedOn: 'Normal', run: { size: TABLE_SIZE }, paragraph: { spacing: { line: 276 } } },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE_WIDTH, height: 16838 }, margin: { top: 1440, bottom: 1440, left: PAGE_MARGIN, right: PAGE_MARGIN } } },
        footers: { default: pageFooter() },
        children: [...children],
      },
    ],
  });
  return Packer.toBuffer(document);
}
