import * as lark from '@larksuiteoapi/node-sdk';
import type { Logger } from '../logging/logger.ts';

export interface LarkAppCredentials {
  appId: string;
  appSecret: string;
  domain: string;
}

/** The SDK's logger calls each level with one array argument; this folds it into one pino line. */
export function sdkLogger(logger: Logger) {
  const line = (parts: unknown[]) => parts.flat().map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' ');
  return {
    error: (...parts: unknown[]) => logger.error({ source: 'lark-sdk' }, line(parts)),
    warn: (...parts: unknown[]) => logger.warn({ source: 'lark-sdk' }, line(parts)),
    info: (...parts: unknown[]) => logger.debug({ source: 'lark-sdk' }, line(parts)),
    debug: (...parts: unknown[]) => logger.trace({ source: 'lark-sdk' }, line(parts)),
    trace: (...parts: unknown[]) => logger.trace({ source: 'lark-sdk' }, line(parts)),
  };
}

export function createLarkClient(credentials: LarkAppCredentials, logger: Logger, cache: lark.Cache = new lark.DefaultCache()): lark.Client {
  return new lark.Client({
    appId: credentials.appId,
    appSecret: credentials.appSecret,
    domain: credentials.domain,
    // The SDK's default token cache is shared by every Client in the process; each client gets its own.
    cache,
    logger: sdkLogger(logger),
    loggerLevel: lark.LoggerLevel.warn,
  });
}
