import { Router, type RequestHandler } from 'express';
import { LarkApiError, larkMessages } from './lark-api-error.ts';
import type { StandInContext } from './stand-in-context.ts';

export const tenantTokenPath = '/open-apis/auth/v3/tenant_access_token/internal';

export function bearerTokenOf(authorization: string | undefined): string | undefined {
  const match = /^Bearer (\S+)$/.exec(authorization ?? '');
  return match?.[1];
}

export function authRoutes(context: StandInContext): Router {
  const router = Router();
  router.post(tenantTokenPath, (request, response) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    // Lark answers bad credentials with HTTP 200 and a non-zero code, unlike every other endpoint.
    if (body['app_id'] !== context.appId || body['app_secret'] !== context.appSecret) {
      response.status(200).json({ code: 10003, data: {}, msg: larkMessages.invalidParam });
      return;
    }
    const issued = context.tokens.issue();
    response.status(200).json({ code: 0, msg: 'ok', tenant_access_token: issued.token, expire: issued.expireSeconds });
  });
  return router;
}

/** Refuses a call without a live tenant token the way Lark does: 99991661 when missing, 99991663 when not valid. */
export function requireTenantToken(context: StandInContext): RequestHandler {
  return (request, _response, next) => {
    const token = bearerTokenOf(request.headers.authorization);
    if (token === undefined) throw new LarkApiError(400, 99991661, larkMessages.missingToken);
    if (!context.tokens.isValid(token)) throw new LarkApiError(400, 99991663, larkMessages.invalidToken);
    next();
  };
}
