import type { Response } from 'express';

/** A failure answered the way Lark answers it: an HTTP status plus a numeric `code` and English `msg`. */
export class LarkApiError extends Error {
  readonly status: number;
  readonly code: number;
  readonly headers: Record<string, string>;

  constructor(status: number, code: number, msg: string, headers: Record<string, string> = {}) {
    super(msg);
    this.name = 'LarkApiError';
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

export const larkMessages = {
  missingToken: 'Missing access token for authorization. Please make a request with token attached.',
  invalidToken: 'Invalid access token for authorization. Please make a request with token attached.',
  gatewayRateLimit: 'request trigger frequency limit',
  recipientRateLimit: 'This operation triggers the frequency limit.',
  invalidParam: 'invalid param',
  fieldValidation: 'field validation failed',
  userNotInScope: 'Bot has NO availability to this user.',
  botNotInChat: 'Bot/User can NOT be out of the chat.',
} as const;

const defaultMessagesByCode: Record<number, string> = {
  99991661: larkMessages.missingToken,
  99991663: larkMessages.invalidToken,
  99991400: larkMessages.gatewayRateLimit,
  230020: larkMessages.recipientRateLimit,
  230013: larkMessages.userNotInScope,
  230002: larkMessages.botNotInChat,
  230001: 'Your request contains an invalid request parameter.',
  230099: 'Failed to create card content.',
};

export function defaultMessageFor(code: number): string {
  return defaultMessagesByCode[code] ?? 'internal error';
}

export function sendLarkError(response: Response, error: LarkApiError): void {
  const logId = String(response.locals['logId'] ?? '');
  for (const [name, value] of Object.entries(error.headers)) response.setHeader(name, value);
  response.status(error.status).json({
    code: error.code,
    msg: error.message,
    error: {
      log_id: logId,
      troubleshooter: `排查建议查看(Troubleshooting suggestions): https://open.feishu.cn/search?code=${error.code}&log_id=${logId}`,
    },
  });
}

export function sendLarkData(response: Response, data: unknown): void {
  response.status(200).json({ code: 0, msg: 'success', data });
}
