/**
 * The SDK logs each level with one array argument; this folds it into one pino line. The SDK's own error lines for
 * a failed token fetch include the request body, so the app secret is blanked out before anything is written.
 */
export function sdkLogger(logger, secrets) {
    const line = (parts) => secrets
        .filter((secret) => secret.length > 0)
        .reduce((text, secret) => text.split(secret).join('***'), parts.flat().map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' '));
    return {
        error: (...parts) => logger.error({ source: 'lark-sdk' }, line(parts)),
        warn: (...parts) => logger.warn({ source: 'lark-sdk' }, line(parts)),
        info: (...parts) => logger.debug({ source: 'lark-sdk' }, line(parts)),
        debug: (...parts) => logger.trace({ source: 'lark-sdk' }, line(parts)),
        trace: (...parts) => logger.trace({ source: 'lark-sdk' }, line(parts)),
    };
}
//# sourceMappingURL=sdk-logger.js.map