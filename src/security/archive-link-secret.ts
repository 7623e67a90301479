import { createHmac, randomBytes } from 'node:crypto';

const DERIVATION_LABEL = '质安助手 archive link v1';

/**
 * The key archive links are signed with. Derived from the app secret when none is set, so every instance of one
 * deployment accepts the links another gave out; without either, a key of this process alone, whose links die with it.
 */
export function archiveLinkSecret(configured: { secret?: string; appSecret?: string }): { secret: Buffer; source: 'configured' | 'derived' | 'random' } {
  if (configured.secret) return { secret: Buffer.from(configured.secret, 'utf8'), source: 'configured' };
  if (configured.appSecret) return { secret: createHmac('sha256', configured.appSecret).update(DERIVATION_LABEL, 'utf8').digest(), source: 'derived' };
  return { secret: randomBytes(32), source: 'random' };
}
