import { describe, expect, it } from 'vitest';
import { deduplicationKey } from '../../../src/lark/receiver/deduplication-key.ts';
import { parseDelivery, type ParsedDelivery } from '../../../src/lark/receiver/delivery-schemas.ts';
import { cardActionEnvelope, messageEnvelope } from './lark-deliveries.ts';

function parsed(envelope: unknown): ParsedDelivery {
  const result = parseDelivery(envelope);
  if (result.type === 'invalid') throw new Error(result.reason);
  return result;
}

describe('deduplicationKey', () => {
  it('gives the same key to a message Lark pushes twice under different event ids', () => {
    const first = parsed(messageEnvelope('全部正常', { eventId: 'event-a', messageId: 'om_1' }));
    const again = parsed(messageEnvelope('全部正常', { eventId: 'event-b', messageId: 'om_1' }));
    expect(deduplicationKey(first)).toBe('message:om_1');
    expect(deduplicationKey(again)).toBe(deduplicationKey(first));
  });

  it('gives two different messages in the same event id different keys', () => {
    const first = parsed(messageEnvelope('全部正常', { eventId: 'event-a', messageId: 'om_1' }));
    const second = parsed(messageEnvelope('全部正常', { eventId: 'event-a', messageId: 'om_2' }));
    expect(deduplicationKey(second)).not.toBe(deduplicationKey(first));
  });

  it('keys a card click on its event id', () => {
    expect(deduplicationKey(parsed(cardActionEnvelope({ tag: 'button', value: {} })))).toBe(
      'event:f7984f25108f8137722bb63cee927e66',
    );
  });

  it('keys an ignored event on its event id, apart from any message id that happens to be equal', () => {
    const envelope = messageEnvelope('', { eventId: 'same' });
    (envelope.header as Record<string, unknown>).event_type = 'im.chat.member.bot.added_v1';
    const message = parsed(messageEnvelope('全部正常', { messageId: 'same' }));
    expect(deduplicationKey(parsed(envelope))).toBe('event:same');
    expect(deduplicationKey(message)).not.toBe(deduplicationKey(parsed(envelope)));
  });
});
