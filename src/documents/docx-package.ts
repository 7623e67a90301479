import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { type CompressedPart, compressPart, packZip, readZipParts } from './zip-parts.ts';

/**
 * The look every document shares, so a daily record, a weekly report and the minutes read as one unit's set of
 * records when an inspector lays them side by side: A4, 宋体 小四 body, 黑体 title and headings, 五号 tables.
 */
const BODY_FONT = { eastAsia: '宋体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
const HEADING_FONT = { eastAsia: '黑体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
const BODY_SIZE = 24;
const TABLE_SIZE = 21;
export const SMALL_SIZE = 16;
const TITLE_SIZE = 36;
const HEADING_SIZE = 28;

const PAGE_WIDTH = 11906;
const PAGE_MARGIN = 1418;
export const TEXT_WIDTH = PAGE_WIDTH - 2 * PAGE_MARGIN;

const DOCUMENT_PART = 'word/document.xml';
const CORE_PROPERTIES_PART = 'docProps/core.xml';
const BODY_START = '<w:body>';
const SECTION_PROPERTIES = '<w:sectPr';
const CORE_DATES = /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g;

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

/** An empty document of this title with the shared styles, page and footer, as the docx library packs it. */
function emptyDocument(title: string): Promise<Buffer> {
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
        children: [],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/**
 * A Word package of one title, whose body is filled in per document: the styles, footer, theme and the rest are what
 * the docx library writes for an empty document, compressed once, so a document costs only its own body. Building
 * each document through the docx library's object model took milliseconds per table row — a year's archive holds
 * some two hundred thousand daily records and weekly reports of hundreds of rows.
 */
export interface DocxPackage {
  /** A complete .docx whose body is `bodyXml` (WordprocessingML paragraphs and tables), dated `now`. */
  document(bodyXml: string, now: Date): Buffer;
}

async function buildPackage(title: string): Promise<DocxPackage> {
  const parts = readZipParts(await emptyDocument(title));
  const documentXml = parts.get(DOCUMENT_PART)?.toString('utf8');
  const coreXml = parts.get(CORE_PROPERTIES_PART)?.toString('utf8');
  if (documentXml === undefined || coreXml === undefined) throw new Error(`the docx library wrote no ${DOCUMENT_PART} or ${CORE_PROPERTIES_PART}`);
  const bodyStart = documentXml.indexOf(BODY_START) + BODY_START.length;
  const bodyEnd = documentXml.indexOf(SECTION_PROPERTIES, bodyStart);
  if (bodyStart < BODY_START.length || bodyEnd < 0) throw new Error(`the docx library's ${DOCUMENT_PART} has no body to fill`);
  const before = documentXml.slice(0, bodyStart);
  const after = documentXml.slice(bodyEnd);
  const fixed = new Map<string, CompressedPart>(
    [...parts].filter(([path]) => path !== DOCUMENT_PART && path !== CORE_PROPERTIES_PART).map(([path, content]) => [path, compressPart(path, content)]),
  );
  const paths = [...parts.keys()];
  // An export dates all its documents alike: the dated part is compressed once per date, not once per document.
  let dated: { at: number; part: CompressedPart } | undefined;
  const coreProperties = (now: Date): CompressedPart => {
    if (dated?.at !== now.getTime()) dated = { at: now.getTime(), part: compressPart(CORE_PROPERTIES_PART, Buffer.from(coreXml.replace(CORE_DATES, `$1${now.toISOString()}$2`), 'utf8')) };
    return dated.part;
  };
  return {
    document(bodyXml, now) {
      return packZip(
        paths.map((path) => {
          if (path === DOCUMENT_PART) return compressPart(path, Buffer.from(before + bodyXml + after, 'utf8'));
          if (path === CORE_PROPERTIES_PART) return coreProperties(now);
          return fixed.get(path)!;
        }),
      );
    },
  };
}

const packages = new Map<string, Promise<DocxPackage>>();

/** The package for documents titled `title`, built on first use. */
export function docxPackage(title: string): Promise<DocxPackage> {
  let built = packages.get(title);
  if (!built) {
    built = buildPackage(title);
    packages.set(title, built);
  }
  return built;
}
