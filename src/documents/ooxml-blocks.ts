import { type Column, columnWidths, contentHashText, DRAFT_MARK, orDash, sectionHeadingText, SMALL_SIZE, TEXT_WIDTH } from './document-parts.ts';

/**
 * The blocks of `document-parts.ts` written straight as WordprocessingML, byte for byte as the docx library writes
 * them (a test holds the two together), for documents written by the hundred thousand through `docx-package.ts`.
 */

const UNSAFE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Escaped as the docx library escapes text; characters XML cannot hold are dropped, as it drops them. */
function escaped(text: string): string {
  return text.replace(UNSAFE, (character) => ENTITIES[character] ?? '');
}

function run(text: string, properties = ''): string {
  return `<w:r>${properties === '' ? '' : `<w:rPr>${properties}</w:rPr>`}<w:t xml:space="preserve">${escaped(text)}</w:t></w:r>`;
}

function paragraph(properties: string, runs: string): string {
  return `<w:p>${properties === '' ? '' : `<w:pPr>${properties}</w:pPr>`}${runs}</w:p>`;
}

const BOLD = '<w:b/><w:bCs/>';
const NOT_BOLD = '<w:b w:val="false"/><w:bCs w:val="false"/>';
const BORDER = 'w:val="single" w:color="auto" w:sz="4"';

export function titleBlockXml(title: string, draft: boolean): string {
  const titleParagraph = paragraph('<w:pStyle w:val="Title"/>', run(`《${title}》`));
  return draft ? titleParagraph + paragraph('<w:jc w:val="center"/>', run(DRAFT_MARK, '<w:color w:val="C00000"/>')) : titleParagraph;
}

export function labelledLineXml(label: string, value: string): string {
  return paragraph('', run(`${label}：`, BOLD) + run(orDash(value)));
}

export function sectionHeadingXml(position: number, text: string): string {
  return paragraph('<w:pStyle w:val="Heading1"/>', run(sectionHeadingText(position, text)));
}

export function subheadingXml(text: string): string {
  return paragraph('<w:pStyle w:val="Heading2"/>', run(text));
}

export function proseXml(text: string): string {
  return text.split('\n').map((line) => paragraph('<w:ind w:firstLine="480"/>', run(line))).join('');
}

export function signatureLineXml(text: string): string {
  return paragraph('<w:spacing w:before="480"/>', run(text));
}

export function contentHashLineXml(contentHash: string | undefined): string {
  if (contentHash === undefined || contentHash === '') return '';
  return paragraph('<w:spacing w:before="240"/>', run(contentHashText(contentHash), `<w:color w:val="595959"/><w:sz w:val="${SMALL_SIZE}"/><w:szCs w:val="${SMALL_SIZE}"/>`));
}

function cellXml(text: string, width: number, header: boolean): string {
  const shading = header ? '<w:shd w:fill="D9D9D9" w:color="auto" w:val="clear"/>' : '';
  const lines = orDash(text)
    .split('\n')
    .map((line) => paragraph(`<w:pStyle w:val="TableText"/><w:jc w:val="${header ? 'center' : 'left'}"/>`, run(line, header ? BOLD : NOT_BOLD)))
    .join('');
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${shading}<w:vAlign w:val="center"/></w:tcPr>${lines}</w:tc>`;
}

export function dataTableXml(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = columnWidths(columns);
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${BORDER}/>`).join('');
  const header = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${columns.map((column, index) => cellXml(column.header, widths[index] ?? 0, true)).join('')}</w:tr>`;
  const body = rows.map((row) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${row.map((text, index) => cellXml(text, widths[index] ?? 0, false)).join('')}</w:tr>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${TEXT_WIDTH}"/><w:tblBorders>${borders}</w:tblBorders></w:tblPr><w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>${header}${body}</w:tbl>`;
}
