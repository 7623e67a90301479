import express, { type ErrorRequestHandler, type Express, type RequestHandler, type Router } from 'express';
import { authRoutes, bearerTokenOf } from './auth-routes.ts';
import { cardUpdateRoutes } from './card-update-routes.ts';
import { contactRoutes } from './contact-routes.ts';
import { fileRoutes } from './file-routes.ts';
import { defaultMessageFor, LarkApiError, sendLarkError } from './lark-api-error.ts';
import { newLogId } from './lark-ids.ts';
import { messageRoutes } from './message-routes.ts';
import { messageResourceRoutes } from './message-resource-routes.ts';
import type { StandInContext } from './stand-in-context.ts';

function answerDelayMs(context: StandInContext): number {
  const { fixedMs, jitterMs } = context.latency;
  return fixedMs + Math.random() * jitterMs;
}

/**
 * Gives every answer an `x-tt-logid` like Lark's, and records method, path, status and Lark code once it is sent. An
 * API call's answer travels back with the latency set: the call has taken effect (and counted against the rate
 * limits) on arrival, as at Lark, and the caller learns of it only after the delay.
 */
function recordRequests(context: StandInContext): RequestHandler {
  return (request, response, next) => {
    const logId = newLogId(context.now());
    response.locals['logId'] = logId;
    response.setHeader('x-tt-logid', logId);
    const originalJson = response.json.bind(response);
    response.json = (body: unknown) => {
      const code = (body as { code?: unknown } | null)?.code;
      if (typeof code === 'number') response.locals['larkCode'] = code;
      return originalJson(body);
    };
    // Recorded as the answer is handed over, not on 'finish', so a test reading `requests` right after the
    // client's call returns already sees it.
    const originalEnd = response.end.bind(response) as (...parts: unknown[]) => typeof response;
    response.end = ((...parts: unknown[]) => {
      const code = response.locals['larkCode'] as number | undefined;
      context.records.recordRequest({ method: request.method, path: request.path, status: response.statusCode, code, time: context.now() });
      context.log(`${request.method} ${request.path} → ${response.statusCode}${code === undefined ? '' : ` code ${code}`}`);
      const delayMs = request.path.startsWith('/open-apis/') ? answerDelayMs(context) : 0;
      if (delayMs <= 0) return originalEnd(...parts);
      setTimeout(() => originalEnd(...parts), delayMs);
      return response;
    }) as typeof response.end;
    next();
  };
}

function injectFailures(context: StandInContext): RequestHandler {
  return (request, _response, next) => {
    const failure = context.failures.take(request.method, request.path);
    if (failure === undefined) {
      next();
      return;
    }
    // An injected "invalid token" really invalidates the token, so a client must fetch a new one to recover.
    if (failure.code === 99991663) {
      const token = bearerTokenOf(request.headers.authorization);
      if (token !== undefined) context.tokens.revoke(token);
    }
    throw new LarkApiError(failure.status, failure.code, failure.msg ?? defaultMessageFor(failure.code), failure.headers);
  };
}

function answerLarkErrors(context: StandInContext): ErrorRequestHandler {
  return (error: unknown, request, response, _next) => {
    if (error instanceof LarkApiError) {
      sendLarkError(response, error);
      return;
    }
    if ((error as { type?: unknown }).type === 'entity.parse.failed') {
      sendLarkError(response, new LarkApiError(400, 9499, 'Bad Request'));
      return;
    }
    const detail = error instanceof Error ? error.message : String(error);
    context.log(`stand-in failure on ${request.method} ${request.path}: ${detail}`);
    sendLarkError(response, new LarkApiError(500, 1, `stand-in failure: ${detail}`));
  };
}

/**
 * The stand-in's HTTP app, without listening, so it can be mounted anywhere; `extraRoutes` lets the long connection
 * add its handshake endpoint to the same app.
 */
export function createLarkStandInApp(context: StandInContext, extraRoutes: Router[] = []): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(recordRequests(context));
  app.use(express.json({ limit: '10mb' }));
  app.use(injectFailures(context));
  app.use(authRoutes(context));
  app.use(messageRoutes(context));
  app.use(cardUpdateRoutes(context));
  app.use(fileRoutes(context));
  app.use(messageResourceRoutes(context));
  app.use(contactRoutes(context));
  for (const routes of extraRoutes) app.use(routes);
  // Lark's gateway answers unknown paths and wrong methods with a plain-text 404.
  app.use((_request, response) => {
    response.status(404).type('text/plain').send('404 page not found');
  });
  app.use(answerLarkErrors(context));
  return app;
}
