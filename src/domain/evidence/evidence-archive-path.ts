const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/bmp': 'bmp',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'application/pdf': 'pdf',
};

/**
 * Where an evidence file sits in an exported archive: `evidence/<sha256>.<ext>`, the extension from its media type or
 * its name, so an inspector's computer opens it; the hash alone names it, so the same bytes are there once.
 */
export function evidenceArchivePath(evidence: { sha256: string; mediaType: string; fileName: string }): string {
  const fromName = /\.([A-Za-z0-9]{1,8})$/.exec(evidence.fileName)?.[1]?.toLowerCase();
  const extension = EXTENSIONS[evidence.mediaType] ?? fromName ?? 'bin';
  return `evidence/${evidence.sha256}.${extension}`;
}
