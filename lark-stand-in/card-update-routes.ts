import { Router } from 'express';
import { z } from 'zod';
import { requireTenantToken } from './auth-routes.ts';
import { checkCard, describeCardFailure } from './card-validation.ts';
import { LarkApiError } from './lark-api-error.ts';
import { admitAppCall, admitCardUpdate } from './rate-limiter.ts';
import { parseOrRefuse } from './request-parsing.ts';
import type { StandInContext } from './stand-in-context.ts';

const DelayedCardUpdateBody = z.object({
  token: z.string().min(1),
  card: z.record(z.string(), z.unknown()),
});

const tokenProblems = {
  unknown: 'the token was not issued by a card action of this app',
  expired: 'the token is older than 30 minutes',
  used_up: 'the token has already been used twice',
} as const;

/** `POST /open-apis/interactive/v1/card/update`: replaces a card after a button press, using the press's `c-…` token. */
export function cardUpdateRoutes(context: StandInContext): Router {
  const router = Router();
  router.post('/open-apis/interactive/v1/card/update', requireTenantToken(context), (request, response) => {
    admitAppCall(context.rateLimiter);
    const body = parseOrRefuse(DelayedCardUpdateBody, request.body, 'body');
    // open_ids chooses who sees the update; it is not part of what they see.
    const { open_ids: _audience, ...card } = body.card;
    const check = checkCard(card);
    if (!check.ok) throw new LarkApiError(400, 230099, describeCardFailure(check));
    const use = context.cardUpdateTokens.use(body.token);
    if (!use.ok) {
      throw new LarkApiError(400, 230001, `Your request contains an invalid request parameter, ext=${tokenProblems[use.reason]}`);
    }
    const message = context.records.findMessage(use.messageId);
    if (message === undefined) {
      throw new LarkApiError(400, 230001, 'Your request contains an invalid request parameter, ext=the card was not sent by this app');
    }
    admitCardUpdate(context.rateLimiter, message.messageId);
    context.records.addVersion(message, {
      content: card,
      rawContent: JSON.stringify(card),
      time: context.now(),
      source: 'delayed_update',
    });
    context.log(`delayed update ${message.messageId}`);
    response.status(200).json({ code: 0, msg: 'success' });
  });
  return router;
}
