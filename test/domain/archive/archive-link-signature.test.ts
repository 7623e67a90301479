import { describe, expect, it } from 'vitest';
import { archiveLinkSignature, readArchiveLink } from '../../../src/domain/archive/archive-link-signature.ts';

const secret = Buffer.from('archive-link-test-secret');
const now = new Date('2026-11-20T09:30:00+08:00');
const expires = Math.floor(now.getTime() / 1000) + 24 * 3600;
const viewer = 'ou_director';
const link = { viewer, expires: String(expires), signature: archiveLinkSignature(secret, { viewer, expires }) };

/** The same text with its last character changed, as someone tampering with an address would. */
function altered(text: string): string {
  return `${text.slice(0, -1)}${text.endsWith('A') ? 'B' : 'A'}`;
}

describe('a signed archive link', () => {
  it('opens for the person it was given to until it expires', () => {
    expect(readArchiveLink(secret, link, now)).toEqual({ kind: 'granted', viewer });
    expect(readArchiveLink(secret, link, new Date(expires * 1000 - 1000))).toEqual({ kind: 'granted', viewer });
  });

  it('is refused as invalid when the viewer, the expiry or the signature was altered', () => {
    expect(readArchiveLink(secret, { ...link, viewer: 'ou_someone_else' }, now)).toEqual({ kind: 'refused', reason: 'invalid' });
    expect(readArchiveLink(secret, { ...link, expires: String(expires + 3600) }, now)).toEqual({ kind: 'refused', reason: 'invalid' });
    expect(readArchiveLink(secret, { ...link, signature: altered(link.signature) }, now)).toEqual({ kind: 'refused', reason: 'invalid' });
    expect(readArchiveLink(Buffer.from('another deployment'), link, now)).toEqual({ kind: 'refused', reason: 'invalid' });
  });

  it('is refused as expired from the second it names', () => {
    expect(readArchiveLink(secret, link, new Date(expires * 1000))).toEqual({ kind: 'refused', reason: 'expired' });
    expect(readArchiveLink(secret, link, new Date(expires * 1000 + 1000))).toEqual({ kind: 'refused', reason: 'expired' });
  });

  it('is refused as invalid when a part is missing or malformed', () => {
    const { signature: _signature, ...unsigned } = link;
    expect(readArchiveLink(secret, unsigned, now)).toEqual({ kind: 'refused', reason: 'invalid' });
    expect(readArchiveLink(secret, { ...link, viewer: '' }, now)).toEqual({ kind: 'refused', reason: 'invalid' });
    for (const expiresText of ['', 'soon', '-1', '1.5', `${expires}0000000`]) {
      expect(readArchiveLink(secret, { ...link, expires: expiresText }, now), expiresText).toEqual({ kind: 'refused', reason: 'invalid' });
    }
    for (const signatureText of ['', 'short', `${link.signature}=`, link.signature.replace(/.$/, '+'), link.signature.slice(1)]) {
      expect(readArchiveLink(secret, { ...link, signature: signatureText }, now), signatureText).toEqual({ kind: 'refused', reason: 'invalid' });
    }
  });
});
