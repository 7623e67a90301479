import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from '../logging/logger.ts';
import type { DeliveryPipeline } from '../lark/receiver/delivery-pipeline.ts';
import { sameSecret } from '../security/same-secret.ts';
import { type ArchivePageActions, archiveRoutes } from './archive-page/archive-routes.tsx';

export interface HttpAppDependencies {
  pipeline: DeliveryPipeline | undefined;
  isDatabaseReachable: () => Promise<boolean>;
  adminToken: string | undefined;
  operationalStatus: () => Promise<unknown>;
  logger: Logger;
  /** The archive page and the operators' links to it; absent, neither is served. */
  archivePages?: ArchivePageActions;
}


/** The express app without `listen`, so tests mount it on port 0. */
export function createHttpApp(dependencies: HttpAppDependencies): express.Express {
  const app = express();
  app.disable('x-powered-by');

  app.get('/healthz', async (_request, response) => {
    const reachable = await dependencies.isDatabaseReachable().catch(() => false);
    response.status(reachable ? 200 : 503).json({ ok: reachable });
  });

  // The raw bytes are kept: Lark signs the exact body, and re-serialising it would break the signature.
  app.post('/lark/events', express.raw({ type: () => true, limit: '1mb' }), async (request, response) => {
    if (!dependencies.pipeline) {
      response.status(503).json({ error: 'events are received over the long connection (LARK_EVENT_MODE=ws)' });
      return;
    }
    const rawBody = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const answer = await dependencies.pipeline.receiveHttp(rawBody, request.headers);
    response.status(answer.status).json(answer.body);
  });

  const archive = dependencies.archivePages ? archiveRoutes(dependencies.archivePages) : undefined;
  if (archive) app.use(archive.pages);

  app.use('/admin', (request, response, next) => {
    const expected = dependencies.adminToken;
    if (!expected || !sameSecret(request.headers.authorization ?? '', `Bearer ${expected}`)) {
      response.status(expected ? 401 : 403).json({ error: expected ? 'bad or missing bearer token' : 'ADMIN_TOKEN is not set: /admin is disabled' });
      return;
    }
    next();
  });

  app.get('/admin/status', async (_request, response) => {
    response.json(await dependencies.operationalStatus());
  });
  if (archive) app.use('/admin', archive.admin);

  app.use((_request, response) => {
    response.status(404).json({ error: 'not found' });
  });

  app.use((error: unknown, _request: Request, response: Response, _next: NextFunction) => {
    const refused = clientErrorOf(error);
    if (refused) {
      // The sender's fault (a body over the limit, a request cut off): say so, and keep it out of the error log.
      dependencies.logger.warn({ status: refused.status, type: refused.type }, 'request refused');
      response.status(refused.status).json({ error: refused.type });
      return;
    }
    dependencies.logger.error({ err: error }, 'request failed');
    response.status(500).json({ error: 'internal error' });
  });
  return app;
}

/** body-parser marks what the client got wrong with a 4xx `status` and a `type` such as 'entity.too.large'. */
function clientErrorOf(error: unknown): { status: number; type: string } | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, type } = error as { status?: unknown; type?: unknown };
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  return { status, type: typeof type === 'string' ? type : 'bad request' };
}
