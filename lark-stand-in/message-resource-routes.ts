import { Router } from 'express';
import { requireTenantToken } from './auth-routes.ts';
import { LarkApiError } from './lark-api-error.ts';
import { admitAppCall } from './rate-limiter.ts';
import type { StandInContext } from './stand-in-context.ts';

/**
 * `GET /open-apis/im/v1/messages/:message_id/resources/:file_key?type=image|file`: the bytes of a photo or file a
 * person sent, with its content type. Key and message must match; a resource inside a card the bot sent cannot be
 * fetched (234043), as at Lark.
 */
export function messageResourceRoutes(context: StandInContext): Router {
  const router = Router();
  router.get('/open-apis/im/v1/messages/:message_id/resources/:file_key', requireTenantToken(context), (request, response) => {
    admitAppCall(context.rateLimiter);
    const messageId = String(request.params['message_id']);
    const fileKey = String(request.params['file_key']);
    const type = request.query['type'];
    if (type !== 'image' && type !== 'file') throw new LarkApiError(400, 234001, 'Invalid request param. type must be image or file');
    const sent = context.records.findMessage(messageId);
    if (sent?.msgType === 'interactive') throw new LarkApiError(400, 234043, 'Unsupported message type: resources in cards and merged-forward messages cannot be fetched.');
    const resource = context.userResources.get(fileKey);
    if (!resource || resource.messageId !== messageId) throw new LarkApiError(400, 234003, 'File not in msg.');
    context.log(`resource ${fileKey} of ${messageId} (${resource.bytes.byteLength} bytes)`);
    response.status(200).setHeader('content-type', resource.mediaType);
    response.setHeader('content-length', String(resource.bytes.byteLength));
    response.end(Buffer.from(resource.bytes));
  });
  return router;
}
