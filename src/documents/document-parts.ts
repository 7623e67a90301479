import { docxPackage, SMALL_SIZE, TEXT_WIDTH } from './docx-package.ts';

/**
 * The blocks every document is made of, written as WordprocessingML — byte for byte what the docx library writes for
 * the same paragraphs and tables (a test holds the two together) — and put into the shared package by `renderDocx`.
 */
export type Block = string;

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const UNSAFE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Escaped as the docx library escapes text; characters XML cannot hold are dropped, as it drops them. */
function escaped(text: string): string {
  return text.replace(UNSAFE, (character) => ENTITIES[character] ?? '');
}

function run(text: string, properties = ''): string {
  return `<w:r>${properties === '' ? '' : `<w:rPr>${properties}</w:rPr>`}<w:t xml:space="preserve">${escaped(text)}</w:t></w:r>`;
}

function paragraph(properties: string, runs: string): Block {
  return `<w:p>${properties === '' ? '' : `<w:pPr>${properties}</w:pPr>`}${runs}</w:p>`;
}

function size(halfPoints: number): string {
  return `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
}

const BOLD = '<w:b/><w:bCs/>';
const NOT_BOLD = '<w:b w:val="false"/><w:bCs w:val="false"/>';
const BORDER = 'w:val="single" w:color="auto" w:sz="4"';
const INDENTED = '<w:ind w:firstLine="480"/>';

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

export const DRAFT_MARK = '（草稿，尚未确认）';

export function titleBlock(title: string, draft: boolean): Block[] {
  const titleParagraph = paragraph('<w:pStyle w:val="Title"/>', run(`《${title}》`));
  if (!draft) return [titleParagraph];
  return [titleParagraph, paragraph('<w:jc w:val="center"/>', run(DRAFT_MARK, '<w:color w:val="C00000"/>'))];
}

/** A line under the title saying where the document's contents come from, in smaller type. */
export function sourceLine(text: string): Block {
  return paragraph('<w:jc w:val="center"/>', run(text, size(21)));
}

export function labelledLine(label: string, value: string): Block {
  return paragraph('', run(`${label}：`, BOLD) + run(orDash(value)));
}

export function sectionHeading(position: number, text: string): Block {
  const numeral = CHINESE_NUMERALS[position - 1] ?? String(position);
  return paragraph('<w:pStyle w:val="Heading1"/>', run(`${numeral}、${text}`));
}

export function subheading(text: string): Block {
  return paragraph('<w:pStyle w:val="Heading2"/>', run(text));
}

/** Body text indented by two characters, as Chinese prose is; each line of the text becomes its own paragraph. */
export function prose(text: string): Block[] {
  return text.split('\n').map((line) => paragraph(INDENTED, run(line)));
}

export function numberedLines(lines: readonly string[]): Block[] {
  return lines.map((line, index) => paragraph(INDENTED, run(`${index + 1}. ${line}`)));
}

/** What follows starts on a new page. */
export function pageBreak(): Block {
  return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
}

export interface Column {
  header: string;
  /** Share of the text width, relative to the other columns. */
  weight: number;
}

function cell(text: string, width: number, header: boolean): string {
  const shading = header ? '<w:shd w:fill="D9D9D9" w:color="auto" w:val="clear"/>' : '';
  const lines = orDash(text)
    .split('\n')
    .map((line) => paragraph(`<w:pStyle w:val="TableText"/><w:jc w:val="${header ? 'center' : 'left'}"/>`, run(line, header ? BOLD : NOT_BOLD)))
    .join('');
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${shading}<w:vAlign w:val="center"/></w:tcPr>${lines}</w:tc>`;
}

/** A bordered table whose header row repeats on every page it runs onto. */
export function dataTable(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>): Block {
  const totalWeight = columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = columns.map((column) => Math.floor((TEXT_WIDTH * column.weight) / totalWeight));
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${BORDER}/>`).join('');
  const header = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${columns.map((column, index) => cell(column.header, widths[index] ?? 0, true)).join('')}</w:tr>`;
  const body = rows.map((row) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${row.map((text, index) => cell(text, widths[index] ?? 0, false)).join('')}</w:tr>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${TEXT_WIDTH}"/><w:tblBorders>${borders}</w:tblBorders></w:tblPr><w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>${header}${body}</w:tbl>`;
}

/** A line set apart from what precedes it: who checked or compiled the document, and when. */
export function signatureLine(text: string): Block {
  return paragraph('<w:spacing w:before="480"/>', run(text));
}

/** The signature block: who compiled the document and who confirmed it, or that nobody has yet. */
export function signatureBlock(compiledAt: string, confirmation: { label: string; signer: string; at?: string; confirmed: boolean }): Block[] {
  return [
    signatureLine(`编制：质安助手（自动汇总）　编制时间：${orDash(compiledAt)}`),
    labelledLine(confirmation.label, confirmation.confirmed ? `${orDash(confirmation.signer)}　${orDash(confirmation.at)}` : '草稿，尚未确认'),
  ];
}

/** Printed on a confirmed document so a paper copy can be matched against the archive (有记录、可核实). */
export function contentHashLine(contentHash: string | undefined): Block[] {
  if (contentHash === undefined || contentHash === '') return [];
  return [paragraph('<w:spacing w:before="240"/>', run(`内容摘要（SHA-256）：${contentHash}　确认后内容不可更改，可据此与存档记录核对。`, `<w:color w:val="595959"/>${size(SMALL_SIZE)}`))];
}

/** `now`: the moment the document's properties say it was made. */
export async function renderDocx(title: string, children: readonly Block[], now = new Date()): Promise<Buffer> {
  return (await docxPackage(title)).document(children.join(''), now);
}
