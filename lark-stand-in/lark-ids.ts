import { createHash, randomBytes, randomUUID } from 'node:crypto';

// Ids follow the shapes Lark really issues, so code that checks prefixes or lengths behaves as in production.

function randomHex(length: number): string {
  return randomBytes(Math.ceil(length / 2)).toString('hex').slice(0, length);
}

function hashHex(seed: string, length: number): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, length);
}

export function newMessageId(): string {
  return `om_${randomHex(32)}`;
}

export function newFileKey(): string {
  return `file_v2_${randomUUID()}`;
}

export function newTenantAccessToken(): string {
  return `t-g${randomBytes(30).toString('base64url').slice(0, 38)}`;
}

export function newCardUpdateToken(): string {
  return `c-${randomHex(40)}`;
}

export function newEventId(): string {
  return randomHex(32);
}

export function newDeviceId(): string {
  return String(BigInt(`0x${randomHex(15)}`));
}

/** The request id Lark puts in `x-tt-logid` and `error.log_id`: a timestamp followed by hex. */
export function newLogId(nowMs: number): string {
  const stamp = new Date(nowMs).toISOString().replace(/[-:TZ.]/g, '').slice(0, 14);
  return `${stamp}${randomHex(20).toUpperCase()}`;
}

/** A stable `ou_…` open_id for a seed such as a person's name, for fixtures and the demo. */
export function openIdFor(seed: string): string {
  return `ou_${hashHex(`open_id:${seed}`, 32)}`;
}

export function unionIdFor(openId: string): string {
  return `on_${hashHex(`union_id:${openId}`, 32)}`;
}

/** Lark keeps one p2p chat per app and person, so the id is derived from both and never changes. */
export function p2pChatIdFor(appId: string, openId: string): string {
  return `oc_${hashHex(`p2p:${appId}:${openId}`, 32)}`;
}

export function tenantKeyFor(appId: string): string {
  return hashHex(`tenant:${appId}`, 16);
}
