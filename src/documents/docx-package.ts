import { type Block, renderDocx } from './document-parts.ts';
import { type CompressedPart, compressPart, packZip, readZipParts } from './zip-parts.ts';

const DOCUMENT_PART = 'word/document.xml';
const CORE_PROPERTIES_PART = 'docProps/core.xml';
const BODY_START = '<w:body>';
const SECTION_PROPERTIES = '<w:sectPr';
const CORE_DATES = /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g;

/**
 * A Word package of one title, whose body is filled in per document: the styles, footer, theme and the rest are
 * those `renderDocx` writes, compressed once, so a document costs only its own body. Used where documents of one kind
 * are written by the hundred thousand (a year's daily records), where building each through the docx library would
 * take hours.
 */
export interface DocxPackage {
  /** A complete .docx whose body is `bodyXml` (WordprocessingML paragraphs and tables), dated `now`. */
  document(bodyXml: string, now: Date): Buffer;
}

async function buildPackage(title: string): Promise<DocxPackage> {
  const parts = readZipParts(await renderDocx(title, [] as Block[]));
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
