import { checkCard } from './card-validation.ts';
import type { DeliveryObserver } from './event-delivery.ts';
import { p2pChatIdFor } from './lark-ids.ts';
import type { StandInContext } from './stand-in-context.ts';
import { isJsonObject } from '../src/lark/json-object.ts';


/** The card a callback answer shows instead of the pressed one: `{card:{type:'raw',data}}` or a template. */
function cardInAnswer(body: unknown): unknown {
  if (!isJsonObject(body) || !isJsonObject(body['card'])) return undefined;
  const { type, data } = body['card'];
  if (type === 'raw') return data;
  if (type === 'template') return { type: 'template', data };
  return undefined;
}

/** Connects a deliverer to the stand-in's records, so what people do and what the bot answers is seen together. */
export function observeDeliveries(context: StandInContext): DeliveryObserver {
  return {
    chatIdOf: (openId) => context.users.byOpenId(openId)?.chatId ?? p2pChatIdFor(context.appId, openId),

    userMessageSent(message) {
      context.records.recordUserMessage({
        messageId: message.messageId,
        chatId: message.chatId,
        chatType: message.chatType,
        senderOpenId: message.senderOpenId,
        msgType: 'text',
        content: { text: message.text },
        createTime: message.time,
      });
    },

    userAttachmentSent(message) {
      const { attachment } = message;
      context.userResources.set(message.key, { messageId: message.messageId, kind: attachment.kind, bytes: attachment.bytes, mediaType: attachment.mediaType });
      context.records.recordUserMessage({
        messageId: message.messageId,
        chatId: message.chatId,
        chatType: message.chatType,
        senderOpenId: message.senderOpenId,
        msgType: attachment.kind,
        content: attachment.kind === 'image' ? { image_key: message.key } : { file_key: message.key, file_name: attachment.fileName ?? 'file' },
        createTime: message.time,
      });
    },

    buttonPressed(press) {
      context.cardUpdateTokens.grant(press.updateToken, press.messageId);
    },

    buttonAnswered(answer) {
      const toast = isJsonObject(answer.body) ? answer.body['toast'] : undefined;
      const answeredCard = answer.status === 200 ? cardInAnswer(answer.body) : undefined;
      const message = context.records.findMessage(answer.messageId);
      // Lark shows the answered card only when it can build it, and only in place of the bot's own card.
      const applied =
        answeredCard !== undefined && checkCard(answeredCard).ok && message !== undefined && message.msgType === 'interactive';
      if (applied) {
        context.records.addVersion(message, {
          content: answeredCard,
          rawContent: JSON.stringify(answeredCard),
          time: context.now(),
          source: 'card_action_response',
        });
      }
      context.records.recordCardAction({
        messageId: answer.messageId,
        operatorOpenId: answer.operatorOpenId,
        value: answer.value,
        formValue: answer.formValue,
        updateToken: answer.updateToken,
        time: answer.time,
        status: answer.status,
        response: answer.body,
        toast,
        card: applied ? answeredCard : undefined,
      });
    },
  };
}
