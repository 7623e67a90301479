import { describe, expect, it } from 'vitest';
import { parseDelivery } from '../../../src/lark/receiver/delivery-schemas.ts';
import { cardActionEnvelope, messageEnvelope } from './lark-deliveries.ts';

const BOT = { key: '@_user_1', name: '质安助手', openId: 'ou_bot' };

function textOf(envelope: unknown): string | undefined {
  const parsed = parseDelivery(envelope);
  return parsed.type === 'message' ? parsed.text : undefined;
}

describe('parseDelivery: text messages', () => {
  it('gives who said what, where, and when', () => {
    const envelope = messageEnvelope('全部正常');
    expect(parseDelivery(envelope)).toEqual({
      type: 'message',
      eventId: '5e3702a84e847582be8db7fb73283c02',
      messageId: 'om_5ce6d572455d361153b7cb51da133945',
      senderOpenId: 'ou_c3',
      senderType: 'user',
      chatId: 'oc_5ad11d72b830411d72b836c20',
      chatType: 'p2p',
      messageType: 'text',
      sentAtMilliseconds: 1_767_599_999_000,
      text: '全部正常',
      content: { text: '全部正常' },
      raw: envelope.event,
    });
  });

  it('drops the @bot mention in front of a group message', () => {
    const envelope = messageEnvelope('@_user_1 全部正常', { chatType: 'group', mentions: [BOT] });
    expect(textOf(envelope)).toBe('全部正常');
  });

  it('drops a mention typed after the command, and surrounding spaces', () => {
    expect(textOf(messageEnvelope('  确认周报 @_user_1 ', { mentions: [BOT] }))).toBe('确认周报');
  });

  it('keeps a person mentioned inside the sentence, by name', () => {
    const mentions = [BOT, { key: '@_user_2', name: '王五', openId: 'ou_c3' }];
    const envelope = messageEnvelope('@_user_1 异常 3 @_user_2 负责的灭火器过期', { mentions });
    expect(textOf(envelope)).toBe('异常 3 @王五 负责的灭火器过期');
  });

  it('writes @all inside a sentence as @所有人', () => {
    expect(textOf(messageEnvelope('建议 @_all 都来参加培训'))).toBe('建议 @所有人 都来参加培训');
  });

  it('refuses a text message whose content has no text with 400 naming the field', () => {
    const envelope = messageEnvelope('', { content: { words: '全部正常' } });
    expect(parseDelivery(envelope)).toMatchObject({ type: 'invalid', status: 400, field: 'event.message.content' });
  });

  it('refuses content that is not a JSON string with 400 naming the field', () => {
    const envelope = messageEnvelope('全部正常');
    const message = (envelope.event as { message: Record<string, unknown> }).message;
    message.content = '全部正常';
    expect(parseDelivery(envelope)).toMatchObject({ type: 'invalid', status: 400, field: 'event.message.content' });
  });
});

describe('parseDelivery: rich-text (post) messages', () => {
  const paragraphs = [
    [
      { tag: 'at', user_id: '@_user_1', user_name: '质安助手' },
      { tag: 'text', text: ' 异常 3 ', style: [] },
      { tag: 'a', text: '灭火器过期', href: 'https://example.cn' },
    ],
    [{ tag: 'img', image_key: 'img_v2_1' }],
    [{ tag: 'text', text: '措施：已下架', style: ['bold'] }],
  ];

  it('reads the text of every text and link element, one line per paragraph', () => {
    const envelope = messageEnvelope('', { messageType: 'post', content: { title: '', content: paragraphs } });
    expect(textOf(envelope)).toBe('异常 3 灭火器过期\n\n措施：已下架');
  });

  it('reads a post wrapped in a locale key the same way', () => {
    const wrapped = { zh_cn: { title: '今日检查', content: paragraphs } };
    expect(textOf(messageEnvelope('', { messageType: 'post', content: wrapped }))).toBe('异常 3 灭火器过期\n\n措施：已下架');
    const english = { en_us: { title: '', content: [[{ tag: 'text', text: 'help' }]] } };
    expect(textOf(messageEnvelope('', { messageType: 'post', content: english }))).toBe('help');
  });

  it('gives empty text for a post with no text in it', () => {
    const content = { title: '', content: [[{ tag: 'img', image_key: 'img_v2_1' }]] };
    expect(textOf(messageEnvelope('', { messageType: 'post', content }))).toBe('');
  });
});

describe('parseDelivery: other message types', () => {
  it('passes a file message through with its decoded content and no text', () => {
    const content = { file_key: 'file_v2_abc', file_name: '整改照片.zip' };
    expect(parseDelivery(messageEnvelope('', { messageType: 'file', content }))).toMatchObject({
      type: 'message',
      messageType: 'file',
      text: '',
      content,
    });
  });
});

describe('parseDelivery: card callbacks', () => {
  it('gives who clicked what on which card', () => {
    const envelope = cardActionEnvelope({ tag: 'button', name: 'all_ok', value: { action: 'all_ok', recordId: 'r1' } });
    expect(parseDelivery(envelope)).toEqual({
      type: 'card_action',
      eventId: 'f7984f25108f8137722bb63cee927e66',
      operatorOpenId: 'ou_c3',
      pressedAtMilliseconds: 1767600000000,
      messageId: 'om_card_1',
      chatId: 'oc_5ad11d72b830411d72b836c20',
      value: { action: 'all_ok', recordId: 'r1' },
      formValue: undefined,
      tag: 'button',
      name: 'all_ok',
      inputValue: undefined,
      option: undefined,
      updateToken: 'c-295ee57216a5dc9de90fefd0aadb4b1d7d6c8b',
    });
  });

  it('carries the fields of a submitted form', () => {
    const envelope = cardActionEnvelope({
      tag: 'button',
      name: 'submit',
      value: { action: 'report_hazard' },
      form_value: { item: '3', description: '灭火器过期' },
    });
    expect(parseDelivery(envelope)).toMatchObject({
      type: 'card_action',
      value: { action: 'report_hazard' },
      formValue: { item: '3', description: '灭火器过期' },
    });
  });

  it('gives an empty value for a component that has none', () => {
    expect(parseDelivery(cardActionEnvelope({ tag: 'select_static', option: '3' }))).toMatchObject({
      type: 'card_action',
      value: {},
      option: '3',
    });
  });

  it('refuses a callback without the card’s message id with 400 naming the field', () => {
    const envelope = cardActionEnvelope({ tag: 'button', value: {} });
    (envelope.event as { context: Record<string, unknown> }).context = { open_chat_id: 'oc_1' };
    expect(parseDelivery(envelope)).toMatchObject({
      type: 'invalid',
      status: 400,
      field: 'event.context.open_message_id',
    });
  });
});

describe('parseDelivery: envelopes', () => {
  it('marks event types the bot does not handle as ignored, so they can be acknowledged', () => {
    const envelope = messageEnvelope('');
    (envelope.header as Record<string, unknown>).event_type = 'im.message.message_read_v1';
    expect(parseDelivery(envelope)).toEqual({
      type: 'ignored',
      eventId: '5e3702a84e847582be8db7fb73283c02',
      eventType: 'im.message.message_read_v1',
    });
  });

  it('names the missing field of a message event', () => {
    const envelope = messageEnvelope('全部正常');
    delete (envelope.event as { message: Record<string, unknown> }).message.chat_id;
    expect(parseDelivery(envelope)).toMatchObject({ type: 'invalid', status: 400, field: 'event.message.chat_id' });
  });

  it('names the missing event_id of the header', () => {
    const envelope = messageEnvelope('全部正常');
    delete (envelope.header as Record<string, unknown>).event_id;
    expect(parseDelivery(envelope)).toMatchObject({ type: 'invalid', field: 'header.event_id' });
  });

  it('refuses an envelope that is not schema 2.0, naming schema', () => {
    const legacy = { uuid: 'u1', token: 't', ts: '1', type: 'event_callback', event: { type: 'message' } };
    expect(parseDelivery(legacy)).toMatchObject({ type: 'invalid', status: 400, field: 'schema' });
  });

  it('tolerates header fields it does not use, and a numeric create_time', () => {
    const envelope = messageEnvelope('全部正常');
    Object.assign(envelope.header as Record<string, unknown>, { create_time: 1_767_600_000_000, extra: 'x' });
    expect(parseDelivery(envelope)).toMatchObject({ type: 'message', text: '全部正常' });
  });
});
