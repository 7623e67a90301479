import { describe, expect, it } from 'vitest';
import { checkCard } from '../../lark-stand-in/card-validation.ts';
import { checklistCard } from './sdk-clients.ts';

function cardWith(elements: unknown[]): Record<string, unknown> {
  return { schema: '2.0', body: { elements } };
}

const submit = { tag: 'button', name: 'submit', form_action_type: 'submit', text: { tag: 'plain_text', content: '提交' } };

describe('card rules Lark enforces when building a card', () => {
  it('accepts a schema 2.0 checklist card with a form and a submit button', () => {
    expect(checkCard(checklistCard('每日检查'))).toEqual({ ok: true });
  });

  it('accepts a template card and a 1.0 card', () => {
    expect(checkCard({ type: 'template', data: { template_id: 'AAqk1x', template_variable: {} } })).toEqual({ ok: true });
    expect(checkCard({ config: { update_multi: true }, elements: [{ tag: 'div', text: { tag: 'lark_md', content: 'x' } }] })).toEqual({ ok: true });
  });

  it('refuses a 2.0 card without body.elements', () => {
    expect(checkCard({ schema: '2.0', header: {} })).toMatchObject({ ok: false });
  });

  it('refuses an element without a tag, also when nested in columns', () => {
    const nested = cardWith([{ tag: 'column_set', columns: [{ tag: 'column', elements: [{ content: 'no tag' }] }] }]);
    expect(checkCard(nested)).toMatchObject({ ok: false, reason: expect.stringContaining('columns[0].elements[0]') });
  });

  it('refuses a form without a submit button', () => {
    expect(checkCard(cardWith([{ tag: 'form', name: 'f', elements: [{ tag: 'input', name: 'a' }] }]))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('submit'),
    });
  });

  it('refuses a form field without a name, and two fields with the same name', () => {
    const unnamed = cardWith([{ tag: 'form', name: 'f', elements: [{ tag: 'input' }, submit] }]);
    const twice = cardWith([{ tag: 'form', name: 'f', elements: [{ tag: 'input', name: 'a' }, { tag: 'input', name: 'a' }, submit] }]);
    expect(checkCard(unnamed)).toMatchObject({ ok: false, reason: expect.stringContaining('needs a name') });
    expect(checkCard(twice)).toMatchObject({ ok: false, reason: expect.stringContaining('twice') });
  });

  it('refuses a form that is not in the body root', () => {
    const form = { tag: 'form', name: 'f', elements: [submit] };
    expect(checkCard(cardWith([{ tag: 'column_set', columns: [{ tag: 'column', elements: [form] }] }]))).toMatchObject({ ok: false });
  });

  it('counts nested elements against the limit of 200', () => {
    const column = (count: number) => ({ tag: 'column', elements: Array.from({ length: count }, () => ({ tag: 'markdown', content: '·' })) });
    // 1 column_set + 2 columns + 197 = 200 elements; one more is too many.
    expect(checkCard(cardWith([{ tag: 'column_set', columns: [column(100), column(97)] }]))).toEqual({ ok: true });
    expect(checkCard(cardWith([{ tag: 'column_set', columns: [column(100), column(98)] }]))).toMatchObject({ ok: false, subCode: 11310 });
  });
});
