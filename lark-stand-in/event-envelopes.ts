import { newEventId, unionIdFor } from './lark-ids.ts';

/** A schema 2.0 delivery as Lark builds it, before any encryption. */
export interface EventEnvelope {
  schema: '2.0';
  header: {
    event_id: string;
    event_type: string;
    create_time: string;
    token: string;
    app_id: string;
    tenant_key: string;
  };
  event: unknown;
}

export interface EnvelopeIdentity {
  appId: string;
  tenantKey: string;
  verificationToken: string;
}

export interface EnvelopeOverrides {
  eventId?: string;
  /** header.token; a different value forges a delivery that did not come from Lark. */
  token?: string;
  /** header.create_time in epoch milliseconds. */
  createTime?: number;
}

export function buildEnvelope(
  identity: EnvelopeIdentity,
  eventType: string,
  event: unknown,
  nowMs: number,
  overrides: EnvelopeOverrides = {},
): EventEnvelope {
  return {
    schema: '2.0',
    header: {
      event_id: overrides.eventId ?? newEventId(),
      event_type: eventType,
      create_time: String(overrides.createTime ?? nowMs),
      token: overrides.token ?? identity.verificationToken,
      app_id: identity.appId,
      tenant_key: identity.tenantKey,
    },
    event,
  };
}

export interface TextMessageEventInput {
  senderOpenId: string;
  text: string;
  messageId: string;
  chatId: string;
  chatType: 'p2p' | 'group';
  tenantKey: string;
  createTime: number;
}

/** The `im.message.receive_v1` event body: `content` is a JSON string, as Lark sends it. */
export function textMessageEvent(input: TextMessageEventInput): Record<string, unknown> {
  return {
    sender: {
      sender_id: { union_id: unionIdFor(input.senderOpenId), open_id: input.senderOpenId },
      sender_type: 'user',
      tenant_key: input.tenantKey,
    },
    message: {
      message_id: input.messageId,
      create_time: String(input.createTime),
      update_time: String(input.createTime),
      chat_id: input.chatId,
      chat_type: input.chatType,
      message_type: 'text',
      content: JSON.stringify({ text: input.text }),
    },
  };
}

export interface AttachmentMessageEventInput extends Omit<TextMessageEventInput, 'text'> {
  kind: 'image' | 'file';
  /** The image_key or file_key Lark gives what was sent. */
  key: string;
  fileName?: string;
  /** The message replied to, when the person replied to one (a card the bot sent). */
  parentMessageId?: string;
}

/** A photo (`image`, `{"image_key"}`) or file (`file`, `{"file_key","file_name"}`) a person sent, as Lark delivers it. */
export function attachmentMessageEvent(input: AttachmentMessageEventInput): Record<string, unknown> {
  const event = textMessageEvent({ ...input, text: '' });
  const message = event['message'] as Record<string, unknown>;
  message['message_type'] = input.kind;
  message['content'] = JSON.stringify(input.kind === 'image' ? { image_key: input.key } : { file_key: input.key, file_name: input.fileName ?? 'file' });
  if (input.parentMessageId !== undefined) {
    message['parent_id'] = input.parentMessageId;
    message['root_id'] = input.parentMessageId;
  }
  return event;
}

export interface CardActionEventInput {
  operatorOpenId: string;
  messageId: string;
  chatId: string;
  updateToken: string;
  tenantKey: string;
  value: unknown;
  formValue?: Record<string, unknown>;
  name?: string;
  tag?: string;
}

/** The `card.action.trigger` event body; a form submission is a button press carrying `form_value`. */
export function cardActionEvent(input: CardActionEventInput): Record<string, unknown> {
  return {
    operator: {
      tenant_key: input.tenantKey,
      open_id: input.operatorOpenId,
      union_id: unionIdFor(input.operatorOpenId),
    },
    token: input.updateToken,
    action: {
      value: input.value,
      tag: input.tag ?? 'button',
      ...(input.name === undefined ? {} : { name: input.name }),
      ...(input.formValue === undefined ? {} : { form_value: input.formValue }),
    },
    host: 'im_message',
    context: { open_message_id: input.messageId, open_chat_id: input.chatId },
  };
}
