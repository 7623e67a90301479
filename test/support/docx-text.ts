import mammoth from 'mammoth';

/** The text a reader sees in a .docx, read back by an independent parser rather than from our own model. */
export async function docxText(buffer: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer })).value;
}

export function isZip(buffer: Buffer): boolean {
  return buffer.subarray(0, 2).toString('latin1') === 'PK';
}
