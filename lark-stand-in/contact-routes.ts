import { Router } from 'express';
import { z } from 'zod';
import { requireTenantToken } from './auth-routes.ts';
import { sendLarkData } from './lark-api-error.ts';
import { admitAppCall } from './rate-limiter.ts';
import { parseOrRefuse } from './request-parsing.ts';
import type { StandInContext } from './stand-in-context.ts';
import type { DirectoryEntry } from './user-directory.ts';

const UserIdTypeParameter = z.enum(['open_id', 'user_id', 'union_id']).default('open_id');

const BatchGetIdBody = z.object({
  mobiles: z.array(z.string()).max(50).optional(),
  emails: z.array(z.string()).max(50).optional(),
  include_resigned: z.boolean().optional(),
});

const activeStatus = { is_frozen: false, is_resigned: false, is_activated: true, is_exited: false, is_unjoin: false };

function idOfType(entry: DirectoryEntry, userIdType: 'open_id' | 'user_id' | 'union_id'): string | undefined {
  if (userIdType === 'open_id') return entry.openId;
  if (userIdType === 'union_id') return entry.unionId;
  return entry.userId;
}

/** `POST /open-apis/contact/v3/users/batch_get_id`: people not found come back without `user_id`, not as an error. */
export function contactRoutes(context: StandInContext): Router {
  const router = Router();
  router.post('/open-apis/contact/v3/users/batch_get_id', requireTenantToken(context), (request, response) => {
    admitAppCall(context.rateLimiter);
    const userIdType = parseOrRefuse(UserIdTypeParameter, request.query['user_id_type'], 'user_id_type');
    const body = parseOrRefuse(BatchGetIdBody, request.body ?? {}, 'body');
    const found = (entry: DirectoryEntry | undefined): Record<string, unknown> => {
      const userId = entry === undefined ? undefined : idOfType(entry, userIdType);
      return userId === undefined ? {} : { user_id: userId, status: activeStatus };
    };
    const userList = [
      ...(body.mobiles ?? []).map((mobile) => ({ ...found(context.users.byMobile(mobile)), mobile })),
      ...(body.emails ?? []).map((email) => ({ ...found(context.users.byEmail(email)), email })),
    ];
    sendLarkData(response, { user_list: userList });
  });
  return router;
}
