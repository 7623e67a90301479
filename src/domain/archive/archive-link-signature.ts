import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A link to the archive page is signed over who it was given to and until when, nothing else: the chat identity is the
 * login, and which unit and month it opens is checked against that person's posts on every request.
 */
export interface ArchiveLinkGrant {
  /** The open id of the person it was given to, or `operator` for a link an operator asked for with ADMIN_TOKEN. */
  viewer: string;
  /** Unix seconds. */
  expires: number;
}

export type ArchiveLinkReading = { kind: 'granted'; viewer: string } | { kind: 'refused'; reason: 'invalid' | 'expired' };

export const OPERATOR_VIEWER = 'operator';

const SIGNATURE_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function archiveLinkSignature(secret: Uint8Array, grant: ArchiveLinkGrant): string {
  return createHmac('sha256', secret).update(`${grant.viewer}\n${grant.expires}`, 'utf8').digest('base64url');
}

/**
 * The signature is checked before the expiry, so a link whose expiry was moved reads as altered, not as expired. A
 * link is good until the second it names, not at it.
 */
export function readArchiveLink(secret: Uint8Array, link: { viewer?: string; expires?: string; signature?: string }, now: Date): ArchiveLinkReading {
  const { viewer, expires, signature } = link;
  if (!viewer || !expires || !signature || !/^\d{1,12}$/.test(expires) || !SIGNATURE_PATTERN.test(signature)) return { kind: 'refused', reason: 'invalid' };
  // Compared as text: base64url leaves spare bits in the last character, so two spellings can decode to one digest.
  const expected = Buffer.from(archiveLinkSignature(secret, { viewer, expires: Number(expires) }), 'latin1');
  if (!timingSafeEqual(Buffer.from(signature, 'latin1'), expected)) return { kind: 'refused', reason: 'invalid' };
  if (now.getTime() >= Number(expires) * 1000) return { kind: 'refused', reason: 'expired' };
  return { kind: 'granted', viewer };
}
