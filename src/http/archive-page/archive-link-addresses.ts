import { archiveLinkSignature } from '../../domain/archive/archive-link-signature.ts';
import type { ArchiveLinks } from '../../ports/archive-links.ts';

/** The query parameters that prove who opens the page; every address within the page carries them on. */
export interface ArchiveCredentials {
  viewer?: string;
  expires?: string;
  signature?: string;
}

export const ARCHIVE_PATHS = { page: '/archive', document: '/archive/document', evidence: '/archive/evidence', stylesheet: '/archive/style.css' } as const;

function query(parameters: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) if (value !== undefined) search.set(name, value);
  return search.toString();
}

/** The addresses a page links to, relative to the service, for the unit and credentials it was opened with. */
export function archiveAddresses(credentials: ArchiveCredentials) {
  return {
    page: (unitId: string, month: string, page?: number) => `${ARCHIVE_PATHS.page}?${query({ unit: unitId, month, ...(page === undefined ? {} : { page: String(page) }), ...credentials })}`,
    document: (unitId: string, month: string, path: string) => `${ARCHIVE_PATHS.document}?${query({ unit: unitId, month, path, ...credentials })}`,
    evidence: (unitId: string, sha256: string) => `${ARCHIVE_PATHS.evidence}?${query({ unit: unitId, sha256, ...credentials })}`,
    stylesheet: ARCHIVE_PATHS.stylesheet,
  };
}

export type ArchiveAddresses = ReturnType<typeof archiveAddresses>;

/**
 * Signed links at the address people's browsers reach the service at. `baseUrl` is asked each time: without
 * PUBLIC_BASE_URL it is localhost at the port the service ended up listening on, known only after it started.
 */
export function signedArchiveLinks(options: { secret: Uint8Array; lifetimeHours: number; baseUrl: () => string }): ArchiveLinks {
  return {
    lifetimeHours: options.lifetimeHours,
    urlFor({ unitId, month, viewer, expiresAt }) {
      const expires = Math.floor(expiresAt.getTime() / 1000);
      const signature = archiveLinkSignature(options.secret, { viewer, expires });
      return `${options.baseUrl()}${archiveAddresses({ viewer, expires: String(expires), signature }).page(unitId, month)}`;
    },
  };
}
