/** Lark failures sorted into what a retry can fix and what it cannot (LARK.md §4). */
export class MessengerError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly larkCode?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'MessengerError';
  }
}

const rateLimitCodes = new Set([99991400, 230020, 11232]);
const tokenCodes = new Set([99991663, 99991661]);

interface ErrorLike {
  message?: string;
  code?: string;
  response?: { status?: number; data?: { code?: number; msg?: string }; headers?: Record<string, unknown> };
}

export function classifyLarkFailure(error: unknown, action: string): MessengerError {
  if (error instanceof MessengerError) return error;
  const failure = (error ?? {}) as ErrorLike;
  const status = failure.response?.status;
  const code = failure.response?.data?.code;
  const text = failure.response?.data?.msg ?? failure.message ?? String(error);
  const description = `${action} failed: ${status ? `HTTP ${status}, ` : ''}${code !== undefined ? `code ${code}, ` : ''}${text}`;
  if (code !== undefined && rateLimitCodes.has(code)) {
    const reset = Number(failure.response?.headers?.['x-ogw-ratelimit-reset']);
    return new MessengerError(description, true, code, Number.isFinite(reset) && reset > 0 ? reset * 1000 : undefined);
  }
  if (status === 429) return new MessengerError(description, true, code);
  if (code !== undefined && tokenCodes.has(code)) return new MessengerError(description, true, code);
  if (status === undefined || status >= 500) return new MessengerError(description, true, code);
  return new MessengerError(description, false, code);
}

export function failureFromBody(body: { code?: number; msg?: string } | null | undefined, action: string): MessengerError {
  return new MessengerError(`${action} failed: code ${body?.code ?? 'unknown'}, ${body?.msg ?? 'no response body'}`, false, body?.code);
}
