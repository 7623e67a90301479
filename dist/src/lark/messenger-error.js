export class MessengerError extends Error {
    kind;
    larkCode;
    /** How long Lark asked us to wait (`x-ogw-ratelimit-reset`), when it said. */
    retryAfterMs;
    constructor(message, kind, larkCode, retryAfterMs) {
        super(message);
        this.name = 'MessengerError';
        this.kind = kind;
        this.larkCode = larkCode;
        this.retryAfterMs = retryAfterMs;
    }
    get retryable() {
        return this.kind !== 'permanent';
    }
}
const appRateLimitCode = 99991400;
// 230020: more than 5 sends a second into one chat, or 5 updates a second of one card; 11232: the tenant's message limit.
const recipientRateLimitCodes = new Set([230020, 11232]);
// The token was missing or Lark stopped accepting it before its stated expiry.
export const tokenCodes = new Set([99991661, 99991663]);
function kindOf(status, code) {
    if (code === appRateLimitCode || status === 429)
        return 'app-rate-limit';
    if (code !== undefined && recipientRateLimitCodes.has(code))
        return 'recipient-rate-limit';
    if (code !== undefined && tokenCodes.has(code))
        return 'token';
    // No answer at all (refused, reset, timed out) or a server-side fault: the same request may well succeed later.
    if (status === undefined || status >= 500)
        return 'transient';
    return 'permanent';
}
function describe(action, status, code, text) {
    if (status === undefined)
        return `${action}失败：未收到飞书的应答（${text}）`;
    return `${action}失败：HTTP ${status}${code === undefined ? '' : `，飞书错误码 ${code}`}（${text}）`;
}
/** A thrown SDK call: an axios error with Lark's `{code,msg}` body, a network failure, or the SDK's own token error. */
export function classifyLarkFailure(error, action) {
    if (error instanceof MessengerError)
        return error;
    const failure = (error ?? {});
    const status = failure.response?.status;
    const body = (failure.response?.data ?? {});
    const code = typeof body.code === 'number' ? body.code : undefined;
    const text = typeof body.msg === 'string' ? body.msg : (failure.message ?? String(error));
    const reset = Number(failure.response?.headers?.['x-ogw-ratelimit-reset']);
    const retryAfterMs = Number.isFinite(reset) && reset > 0 ? reset * 1000 : undefined;
    return new MessengerError(describe(action, status, code, text), kindOf(status, code), code, retryAfterMs);
}
/** An HTTP 200 whose body says the call failed (`code` ≠ 0), or lacks what a success must carry. */
export function failureFromBody(body, action) {
    const code = body?.code;
    return new MessengerError(describe(action, 200, code, body?.msg ?? '应答中没有内容'), kindOf(200, code), code);
}
//# sourceMappingURL=messenger-error.js.map