import { Router } from 'express';
import { z } from 'zod';
import { requireTenantToken } from './auth-routes.ts';
import { LarkApiError, larkMessages, sendLarkData } from './lark-api-error.ts';
import { newMessageId } from './lark-ids.ts';
import { mentionsInText, parseMessageContent } from './message-content.ts';
import { parseOrRefuse } from './request-parsing.ts';
import { admitAppCall, admitCardUpdate, admitSendToChat } from './rate-limiter.ts';
import type { RecordedMessage } from './recording-store.ts';
import type { StandInContext } from './stand-in-context.ts';
import type { ReceiveIdType } from './user-directory.ts';

const ReceiveIdTypeParameter = z.enum(['open_id', 'user_id', 'union_id', 'email', 'chat_id']);

const SendMessageBody = z.object({
  receive_id: z.string().min(1),
  msg_type: z.string().min(1),
  content: z.unknown(),
  uuid: z.string().min(1).max(50).optional(),
});

const ReplyMessageBody = z.object({
  msg_type: z.string().min(1),
  content: z.unknown(),
  reply_in_thread: z.boolean().optional(),
  uuid: z.string().min(1).max(50).optional(),
});

const PatchMessageBody = z.object({ content: z.unknown() });

const UrgentBody = z.object({ user_id_list: z.array(z.string().min(1)).min(1) });
const UrgentUserIdType = z.literal('open_id');

// Lark refuses card updates on messages older than this.
const patchWindowMs = 14 * 24 * 60 * 60 * 1000;

function invalidMessageId(messageId: string): LarkApiError {
  return new LarkApiError(400, 230001, `Your request contains an invalid request parameter, ext=message_id ${messageId} not found`);
}

function messageObject(context: StandInContext, message: RecordedMessage): Record<string, unknown> {
  const latest = message.history.at(-1);
  const mentions = message.msgType === 'text' ? mentionsInText(message.current, context.tenantKey) : [];
  return {
    message_id: message.messageId,
    ...(message.parentId === undefined ? {} : { root_id: message.rootId, parent_id: message.parentId }),
    msg_type: message.msgType,
    create_time: String(message.createTime),
    update_time: String(latest?.time ?? message.createTime),
    deleted: false,
    updated: message.history.length > 1,
    chat_id: message.chatId,
    sender: { id: context.appId, id_type: 'app_id', sender_type: 'app', tenant_key: context.tenantKey },
    body: { content: latest?.rawContent ?? message.rawContent },
    ...(mentions.length === 0 ? {} : { mentions }),
  };
}

interface AcceptedMessage {
  kind: RecordedMessage['kind'];
  receiveId: string;
  receiveIdType: ReceiveIdType;
  chatId: string;
  recipientOpenId: string | undefined;
  msgType: string;
  content: unknown;
  uuid: string | undefined;
  parentId?: string;
  rootId?: string;
}

/** Validates the content, applies uuid dedup, and records the message; answers the message object. */
function acceptMessage(context: StandInContext, accepted: AcceptedMessage): Record<string, unknown> {
  const content = parseMessageContent(accepted.msgType, accepted.content, {
    fileExists: (fileKey) => context.records.findFile(fileKey) !== undefined,
  });
  const now = context.now();
  if (accepted.uuid !== undefined) {
    const original = context.records.messageWithUuid(accepted.uuid, now);
    if (original !== undefined) return messageObject(context, original);
  }
  const rawContent = accepted.content as string;
  const message: RecordedMessage = {
    messageId: newMessageId(),
    kind: accepted.kind,
    receiveId: accepted.receiveId,
    receiveIdType: accepted.receiveIdType,
    chatId: accepted.chatId,
    recipientOpenId: accepted.recipientOpenId,
    msgType: accepted.msgType,
    content,
    rawContent,
    uuid: accepted.uuid,
    createTime: now,
    parentId: accepted.parentId,
    rootId: accepted.rootId,
    history: [{ content, rawContent, time: now, source: accepted.kind }],
    current: content,
  };
  context.records.recordMessage(message);
  context.log(`${message.kind} ${message.msgType} ${message.messageId} → ${message.recipientOpenId ?? message.chatId}`);
  return messageObject(context, message);
}

/** The chat a reply lands in, and the person in it, found from the message being replied to. */
function replyTarget(context: StandInContext, parentId: string): { chatId: string; recipientOpenId: string | undefined; rootId: string } {
  const botMessage = context.records.findMessage(parentId);
  if (botMessage !== undefined) {
    return { chatId: botMessage.chatId, recipientOpenId: botMessage.recipientOpenId, rootId: botMessage.rootId ?? parentId };
  }
  const userMessage = context.records.findUserMessage(parentId);
  if (userMessage !== undefined) {
    const recipientOpenId = userMessage.chatType === 'p2p' ? userMessage.senderOpenId : undefined;
    return { chatId: userMessage.chatId, recipientOpenId, rootId: parentId };
  }
  throw invalidMessageId(parentId);
}

export function messageRoutes(context: StandInContext): Router {
  const router = Router();
  const authorized = requireTenantToken(context);

  router.post('/open-apis/im/v1/messages', authorized, (request, response) => {
    admitAppCall(context.rateLimiter);
    const receiveIdType = parseOrRefuse(ReceiveIdTypeParameter, request.query['receive_id_type'], 'receive_id_type');
    const body = parseOrRefuse(SendMessageBody, request.body, 'body');
    const person = context.users.resolve(receiveIdType, body.receive_id);
    if (person === undefined) {
      if (receiveIdType === 'chat_id') throw new LarkApiError(400, 230002, larkMessages.botNotInChat);
      throw new LarkApiError(400, 230013, larkMessages.userNotInScope);
    }
    admitSendToChat(context.rateLimiter, person.chatId);
    sendLarkData(
      response,
      acceptMessage(context, {
        kind: 'send',
        receiveId: body.receive_id,
        receiveIdType,
        chatId: person.chatId,
        recipientOpenId: person.openId,
        msgType: body.msg_type,
        content: body.content,
        uuid: body.uuid,
      }),
    );
  });

  router.post('/open-apis/im/v1/messages/:message_id/reply', authorized, (request, response) => {
    admitAppCall(context.rateLimiter);
    const parentId = String(request.params['message_id']);
    const body = parseOrRefuse(ReplyMessageBody, request.body, 'body');
    const target = replyTarget(context, parentId);
    admitSendToChat(context.rateLimiter, target.chatId);
    sendLarkData(
      response,
      acceptMessage(context, {
        kind: 'reply',
        receiveId: target.chatId,
        receiveIdType: 'chat_id',
        chatId: target.chatId,
        recipientOpenId: target.recipientOpenId,
        msgType: body.msg_type,
        content: body.content,
        uuid: body.uuid,
        parentId,
        rootId: target.rootId,
      }),
    );
  });

  router.patch('/open-apis/im/v1/messages/:message_id', authorized, (request, response) => {
    admitAppCall(context.rateLimiter);
    const messageId = String(request.params['message_id']);
    const body = parseOrRefuse(PatchMessageBody, request.body, 'body');
    const message = context.records.findMessage(messageId);
    if (message === undefined) {
      if (context.records.findUserMessage(messageId) !== undefined) {
        throw new LarkApiError(400, 230001, 'Your request contains an invalid request parameter, ext=only messages sent by this app can be updated');
      }
      throw invalidMessageId(messageId);
    }
    if (message.msgType !== 'interactive') {
      throw new LarkApiError(400, 230001, 'Your request contains an invalid request parameter, ext=the message is not a card');
    }
    const now = context.now();
    if (now - message.createTime > patchWindowMs) {
      throw new LarkApiError(400, 230031, 'The message has been sent for more than 14 days and cannot be updated.');
    }
    admitCardUpdate(context.rateLimiter, messageId);
    const content = parseMessageContent('interactive', body.content, { fileExists: () => false });
    context.records.addVersion(message, { content, rawContent: body.content as string, time: now, source: 'patch' });
    context.log(`patch ${messageId}`);
    sendLarkData(response, {});
  });

  // 加急: only on a message this app sent, and only its recipient can be buzzed in a one-to-one chat.
  for (const channel of ['app', 'sms', 'phone'] as const) {
    router.patch(`/open-apis/im/v1/messages/:message_id/urgent_${channel}`, authorized, (request, response) => {
      admitAppCall(context.rateLimiter);
      parseOrRefuse(UrgentUserIdType, request.query['user_id_type'], 'user_id_type');
      const body = parseOrRefuse(UrgentBody, request.body, 'body');
      const messageId = String(request.params['message_id']);
      const message = context.records.findMessage(messageId);
      if (message === undefined) throw invalidMessageId(messageId);
      const invalid = body.user_id_list.filter((openId) => openId !== message.recipientOpenId);
      const buzzed = body.user_id_list.filter((openId) => openId === message.recipientOpenId);
      context.records.recordUrgentCall({ messageId, channel, openIds: buzzed, time: context.now() });
      context.log(`urgent_${channel} ${messageId} → ${buzzed.join(', ')}`);
      sendLarkData(response, { invalid_user_id_list: invalid });
    });
  }

  return router;
}
