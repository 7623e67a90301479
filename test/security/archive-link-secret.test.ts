import { describe, expect, it } from 'vitest';
import { archiveLinkSecret } from '../../src/security/archive-link-secret.ts';

describe('the key archive links are signed with', () => {
  it('is ARCHIVE_LINK_SECRET when set', () => {
    expect(archiveLinkSecret({ secret: 'shared', appSecret: 'app' })).toEqual({ secret: Buffer.from('shared'), source: 'configured' });
  });

  it('is derived from the app secret otherwise: every instance of a deployment signs alike, and not with the app secret itself', () => {
    const first = archiveLinkSecret({ appSecret: 'app' });
    expect(first.source).toBe('derived');
    expect(archiveLinkSecret({ appSecret: 'app' }).secret).toEqual(first.secret);
    expect(first.secret).not.toEqual(Buffer.from('app'));
    expect(archiveLinkSecret({ appSecret: 'another app' }).secret).not.toEqual(first.secret);
  });

  it('is a key of this process alone when neither is set', () => {
    const first = archiveLinkSecret({});
    expect(first.source).toBe('random');
    expect(archiveLinkSecret({}).secret).not.toEqual(first.secret);
  });
});
