import type { CardActionValue } from './card-action-values.ts';

/**
 * The part of Lark's Card JSON 2.0 these builders use. Schema 2.0 rejects properties it does not know, so the
 * types admit only documented ones, and a `form` is only allowed in the body root (Lark refuses it elsewhere).
 */

export type HeaderTemplate = 'blue' | 'green' | 'orange' | 'red' | 'grey';

export type ButtonType = 'default' | 'primary' | 'danger' | 'primary_filled' | 'danger_filled';

export interface PlainText {
  tag: 'plain_text';
  content: string;
}

export interface MarkdownElement {
  tag: 'markdown';
  content: string;
  text_size?: 'notation';
}

export interface ButtonElement {
  tag: 'button';
  text: PlainText;
  type: ButtonType;
  size?: 'small';
  /** Only inside a form, where Lark needs a card-wide unique name on every interactive component. */
  name?: string;
  form_action_type?: 'submit';
  behaviors: [{ type: 'callback'; value: CardActionValue }];
}

export interface InputElement {
  tag: 'input';
  name: string;
  required: boolean;
  max_length: number;
  input_type: 'multiline_text';
  rows: number;
  label: PlainText;
  placeholder: PlainText;
}

export interface SelectElement {
  tag: 'select_static';
  name: string;
  initial_index: number;
  options: Array<{ text: PlainText; value: string }>;
}

export interface ColumnElement {
  tag: 'column';
  width: 'auto' | 'weighted';
  weight?: number;
  direction?: 'horizontal';
  vertical_align?: 'center';
  horizontal_spacing?: 'small';
  elements: NestedElement[];
}

export interface ColumnSetElement {
  tag: 'column_set';
  /** `stretch` stacks the columns on a phone, so an item's text is not squeezed beside its buttons. */
  flex_mode: 'none' | 'stretch';
  columns: ColumnElement[];
}

export interface FormElement {
  tag: 'form';
  name: string;
  elements: NestedElement[];
}

/** Any element except a form, which Lark accepts only in the body root. */
export type NestedElement = MarkdownElement | ButtonElement | InputElement | SelectElement | ColumnSetElement;

export type RootElement = NestedElement | FormElement;

export interface Card {
  schema: '2.0';
  config: { update_multi: true; summary: { content: string } };
  header: { title: PlainText; subtitle?: PlainText; template: HeaderTemplate };
  body: { elements: RootElement[] };
}

export function plainText(content: string): PlainText {
  return { tag: 'plain_text', content };
}

export function markdown(content: string): MarkdownElement {
  return { tag: 'markdown', content };
}

/** Small grey text, for guidance and footnotes. `content` must already be escaped Markdown. */
export function note(content: string): MarkdownElement {
  return { tag: 'markdown', content: `<font color='grey'>${content}</font>`, text_size: 'notation' };
}

export function callbackButton(
  label: string,
  value: CardActionValue,
  type: ButtonType,
  size?: 'small',
): ButtonElement {
  const button: ButtonElement = { tag: 'button', text: plainText(label), type, behaviors: [{ type: 'callback', value }] };
  if (size) button.size = size;
  return button;
}

/** Buttons side by side: one column laid out horizontally costs fewer elements than a column per button. */
export function buttonRow(buttons: ButtonElement[]): ColumnSetElement {
  return {
    tag: 'column_set',
    flex_mode: 'none',
    columns: [{ tag: 'column', width: 'auto', direction: 'horizontal', horizontal_spacing: 'small', elements: buttons }],
  };
}

export function card(parts: {
  title: string;
  subtitle?: string;
  template: HeaderTemplate;
  summary: string;
  elements: RootElement[];
}): Card {
  const header: Card['header'] = { title: plainText(parts.title), template: parts.template };
  if (parts.subtitle) header.subtitle = plainText(parts.subtitle);
  return {
    schema: '2.0',
    config: { update_multi: true, summary: { content: parts.summary } },
    header,
    body: { elements: parts.elements },
  };
}
