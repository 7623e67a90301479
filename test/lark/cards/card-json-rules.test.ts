import { describe, expect, it } from 'vitest';
import { cardJsonViolations } from './card-json-rules.ts';

const text = (content: string) => ({ tag: 'plain_text', content });
const callback = { behaviors: [{ type: 'callback', value: { action: 'daily.submit', checkId: 'c', revision: 1 } }] };
const submit = { tag: 'button', name: 'submit', text: text('提交'), form_action_type: 'submit', ...callback };
const input = (name: string) => ({ tag: 'input', name, required: true, max_length: 1000, placeholder: text('请输入') });

function cardWith(elements: unknown[]) {
  return { schema: '2.0', config: { update_multi: true }, header: { title: text('标题'), template: 'blue' }, body: { elements } };
}

describe('the Card JSON 2.0 rules the builders are held to', () => {
  it('accept a plain card with a well-formed form', () => {
    expect(cardJsonViolations(cardWith([{ tag: 'markdown', content: '内容' }, { tag: 'form', name: 'f', elements: [input('a'), submit] }]))).toEqual([]);
  });

  it('catch a form that is not in the body root', () => {
    const nested = { tag: 'column_set', flex_mode: 'none', columns: [{ tag: 'column', elements: [{ tag: 'form', name: 'f', elements: [submit] }] }] };
    expect(cardJsonViolations(cardWith([nested]))).toContainEqual(expect.stringContaining('may only sit in the body root'));
  });

  it('catch a form without a submit button, and a button in a form that neither submits nor resets', () => {
    const plainButton = { tag: 'button', name: 'x', text: text('取消'), ...callback };
    const violations = cardJsonViolations(cardWith([{ tag: 'form', name: 'f', elements: [input('a'), plainButton] }]));
    expect(violations).toContainEqual(expect.stringContaining('a form needs a button with form_action_type "submit"'));
    expect(violations).toContainEqual(expect.stringContaining('must submit or reset'));
  });

  it('catch unnamed or repeated names inside forms', () => {
    const violations = cardJsonViolations(cardWith([{ tag: 'form', name: 'f', elements: [input(''), input('a'), input('a'), submit] }]));
    expect(violations).toContainEqual(expect.stringContaining('inside a form needs a name'));
    expect(violations).toContainEqual(expect.stringContaining('"a" is used 2 times'));
  });

  it('catch more than 200 elements, nesting deeper than 5, and more than 30 KB', () => {
    const many = Array.from({ length: 200 }, () => ({ tag: 'markdown', content: '项' }));
    expect(cardJsonViolations(cardWith(many))).toContainEqual(expect.stringContaining('more than 200'));
    let deep: unknown = { tag: 'markdown', content: '深' };
    for (let level = 0; level < 3; level += 1) deep = { tag: 'column_set', flex_mode: 'none', columns: [{ tag: 'column', elements: [deep] }] };
    expect(cardJsonViolations(cardWith([deep]))).toContainEqual(expect.stringContaining('nested 7 deep'));
    expect(cardJsonViolations(cardWith([{ tag: 'markdown', content: '字'.repeat(11_000) }]))).toContainEqual(
      expect.stringContaining('bytes, more than 30720'),
    );
  });

  it('catch a card that is not schema 2.0 or not shared', () => {
    const violations = cardJsonViolations({ ...cardWith([]), schema: '1.0', config: {} });
    expect(violations).toEqual(expect.arrayContaining(['schema is not "2.0"', 'config.update_multi is not true']));
  });
});
