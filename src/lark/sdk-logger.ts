import type { Logger } from '../logging/logger.ts';

/**
 * The SDK logs each level with one array argument; this folds it into one pino line. The SDK's own error lines for
 * a failed token fetch include the request body, so the app secret is blanked out before anything is written.
 */
export function sdkLogger(logger: Logger, secrets: readonly string[]) {
  const line = (parts: unknown[]) =>
    secrets
      .filter((secret) => secret.length > 0)
      .reduce((text, secret) => text.split(secret).join('***'), parts.flat().map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' '));
  return {
    error: (...parts: unknown[]) => logger.error({ source: 'lark-sdk' }, line(parts)),
    warn: (...parts: unknown[]) => logger.warn({ source: 'lark-sdk' }, line(parts)),
    info: (...parts: unknown[]) => logger.debug({ source: 'lark-sdk' }, line(parts)),
    debug: (...parts: unknown[]) => logger.trace({ source: 'lark-sdk' }, line(parts)),
    trace: (...parts: unknown[]) => logger.trace({ source: 'lark-sdk' }, line(parts)),
  };
}
