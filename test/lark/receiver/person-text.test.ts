import { describe, expect, it } from 'vitest';
import { parseDelivery } from '../../../src/lark/receiver/delivery-schemas.ts';
import { normalizePersonText } from '../../../src/lark/receiver/person-text.ts';
import { cardActionEnvelope, messageEnvelope } from './lark-deliveries.ts';

describe('what people type is made safe to store, hash and render', () => {
  it('drops NUL and other control characters, keeping tabs and line breaks', () => {
    expect(normalizePersonText('灭火\u0000器\u0007过期\t\n已更换\u007f')).toBe('灭火器过期\t\n已更换');
  });

  it('drops noncharacters that Word refuses (U+FFFE, U+FFFF, U+FDD0 …)', () => {
    expect(normalizePersonText('标签\ufffe缺失\uffff\ufdd0')).toBe('标签缺失');
  });

  it('replaces a lone surrogate with U+FFFD and keeps whole emoji', () => {
    expect(normalizePersonText('破损\ud83d 😀')).toBe('破损\ufffd 😀');
  });

  it('a chat message and a card form arrive normalized', () => {
    const message = parseDelivery(messageEnvelope('异常 3 灭火\u0000器过期\ufffe'));
    expect(message.type === 'message' && message.text).toBe('异常 3 灭火器过期');
    const envelope = cardActionEnvelope({ tag: 'button', value: { action: 'daily.report-hazard' }, form_value: { description: '破\u0000损\ud800', serious: ['yes\uffff'] } });
    const action = parseDelivery(envelope);
    expect(action.type === 'card_action' && action.formValue).toEqual({ description: '破损\ufffd', serious: ['yes'] });
  });
});
