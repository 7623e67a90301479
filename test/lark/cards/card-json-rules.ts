/**
 * What Lark refuses in a Card JSON 2.0 card (LARK.md §2.4 and the component pages), checked offline: every
 * builder's output must come back with no violations. The rules Lark applies when a card is sent (forms in the body
 * root with a submit button and named fields) are the stand-in's own `checkCard`, so the two can never disagree;
 * what is added here is stricter, for the bot's own cards.
 */

import { buttonsOf as buttonsOnCard } from '../../../lark-stand-in/card-reading.ts';
import { isJsonObject, type JsonObject } from '../../../src/lark/json-object.ts';
import { checkCard } from '../../../lark-stand-in/card-validation.ts';

export const MAX_ELEMENTS = 200;
export const MAX_DEPTH = 5;
export const MAX_CARD_BYTES = 30 * 1024;

const ELEMENT_TAGS = new Set(['markdown', 'div', 'hr', 'button', 'input', 'select_static', 'checker', 'column_set', 'form']);
const HEADER_TEMPLATES = new Set([
  'blue', 'wathet', 'turquoise', 'green', 'yellow', 'orange', 'red', 'carmine', 'violet', 'purple', 'indigo', 'grey', 'default',
]);

export interface CardButton {
  label: string;
  value: unknown;
  inForm: boolean;
  formActionType: unknown;
}

export function cardBytes(card: unknown): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}

/** Every object carrying a `tag`, nested ones included: Lark counts the text of a button as an element too. */
export function countElements(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, entry) => sum + countElements(entry), 0);
  if (!isJsonObject(value)) return 0;
  const own = typeof value.tag === 'string' ? 1 : 0;
  return own + Object.values(value).reduce((sum: number, entry) => sum + countElements(entry), 0);
}

/** Depth of the deepest component: body-root elements are 1, a column inside a column set 2, its contents 3. */
export function nestingDepth(card: unknown): number {
  const depthOf = (element: unknown, depth: number): number => {
    if (!isJsonObject(element)) return 0;
    const children = [...arrayOf(element, 'elements'), ...arrayOf(element, 'columns')];
    return Math.max(depth, ...children.map((child) => depthOf(child, depth + 1)));
  };
  return Math.max(0, ...bodyElements(card).map((element) => depthOf(element, 1)));
}

/** The buttons a person sees, with whether they submit a form: read by the stand-in, as the demo and e2e tests read them. */
export function buttonsOf(card: unknown): CardButton[] {
  return buttonsOnCard(card).map((button) => ({ label: button.label, value: button.value, inForm: button.form !== undefined, formActionType: button.formActionType }));
}

export function formsOf(card: unknown): JsonObject[] {
  return bodyElements(card).filter((element): element is JsonObject => isJsonObject(element) && element.tag === 'form');
}

export function cardJsonViolations(card: unknown): string[] {
  const violations: string[] = [];
  const sentAsIs = checkCard(card);
  if (!sentAsIs.ok) violations.push(sentAsIs.reason);
  if (!isJsonObject(card)) return ['the card is not an object'];
  if (card.schema !== '2.0') violations.push('schema is not "2.0"');
  if (!isJsonObject(card.config) || card.config.update_multi !== true) violations.push('config.update_multi is not true');
  const header = isJsonObject(card.header) ? card.header : {};
  if (!isJsonObject(header.title) || header.title.tag !== 'plain_text' || !textOf(header.title)) {
    violations.push('header.title is not a non-empty plain_text');
  }
  if (typeof header.template !== 'string' || !HEADER_TEMPLATES.has(header.template)) {
    violations.push(`header.template ${String(header.template)} is not a Lark colour`);
  }
  if (!isJsonObject(card.body) || !Array.isArray(card.body.elements)) violations.push('body.elements is not an array');

  const names = new Map<string, number>();
  const checkElement = (element: unknown, where: string, inForm: boolean) => {
    if (!isJsonObject(element) || typeof element.tag !== 'string' || !ELEMENT_TAGS.has(element.tag)) {
      violations.push(`${where}: not a known element (${isJsonObject(element) ? String(element.tag) : typeof element})`);
      return;
    }
    const tag = element.tag;
    if (typeof element.name === 'string') names.set(element.name, (names.get(element.name) ?? 0) + 1);
    if (tag === 'form') checkForm(element, where);
    if (tag === 'button') checkButton(element, where, inForm);
    if (tag === 'input') checkInput(element, where, inForm);
    if (tag === 'select_static') checkSelect(element, where);
    if (tag === 'markdown' && (typeof element.content !== 'string' || element.content === '')) {
      violations.push(`${where}: markdown without content`);
    }
    if (tag === 'column_set') {
      arrayOf(element, 'columns').forEach((column, index) => {
        const columnWhere = `${where}.columns[${index}]`;
        if (!isJsonObject(column) || column.tag !== 'column') {
          violations.push(`${columnWhere}: a column set holds something other than a column`);
          return;
        }
        arrayOf(column, 'elements').forEach((child, childIndex) =>
          checkElement(child, `${columnWhere}.elements[${childIndex}]`, inForm),
        );
      });
    }
    if (tag === 'form') {
      arrayOf(element, 'elements').forEach((child, index) => checkElement(child, `${where}.elements[${index}]`, true));
    }
  };
  const checkForm = (form: JsonObject, where: string) => {
    if (typeof form.name !== 'string' || form.name === '') violations.push(`${where}: form without a name`);
  };
  const checkButton = (button: JsonObject, where: string, inForm: boolean) => {
    const label = textOf(button.text);
    if (label === '' || label.length > 100) violations.push(`${where}: button text must be 1–100 characters`);
    const callbacks = arrayOf(button, 'behaviors').filter((behavior) => isJsonObject(behavior) && behavior.type === 'callback');
    if (callbacks.length !== 1 || !isJsonObject((callbacks[0] as JsonObject).value)) {
      violations.push(`${where}: button "${label}" needs one callback behaviour whose value is an object`);
    }
    if (inForm && button.form_action_type !== 'submit' && button.form_action_type !== 'reset') {
      violations.push(`${where}: button "${label}" inside a form must submit or reset it`);
    }
    if (!inForm && button.form_action_type !== undefined) {
      violations.push(`${where}: button "${label}" outside a form has form_action_type`);
    }
  };
  const checkInput = (input: JsonObject, where: string, inForm: boolean) => {
    const maxLength = input.max_length;
    if (maxLength !== undefined && (!Number.isInteger(maxLength) || (maxLength as number) < 1 || (maxLength as number) > 1000)) {
      violations.push(`${where}: input max_length must be 1–1000`);
    }
    if (textOf(input.placeholder).length > 100) violations.push(`${where}: input placeholder longer than 100 characters`);
    if (!inForm && input.required !== undefined) violations.push(`${where}: required is allowed only inside a form`);
  };
  const checkSelect = (select: JsonObject, where: string) => {
    const values = arrayOf(select, 'options').map((option) => (isJsonObject(option) ? option.value : undefined));
    if (values.length === 0 || values.some((value) => typeof value !== 'string')) {
      violations.push(`${where}: select needs options with string values`);
    }
    if (new Set(values).size !== values.length) violations.push(`${where}: select option values repeat`);
  };

  bodyElements(card).forEach((element, index) => checkElement(element, `body.elements[${index}]`, false));
  for (const [name, count] of names) {
    if (count > 1) violations.push(`component name "${name}" is used ${count} times`);
  }
  const elements = countElements(card);
  if (elements > MAX_ELEMENTS) violations.push(`${elements} elements, more than ${MAX_ELEMENTS}`);
  const depth = nestingDepth(card);
  if (depth > MAX_DEPTH) violations.push(`components nested ${depth} deep, more than ${MAX_DEPTH}`);
  const bytes = cardBytes(card);
  if (bytes > MAX_CARD_BYTES) violations.push(`${bytes} bytes, more than ${MAX_CARD_BYTES}`);
  return violations;
}

function bodyElements(card: unknown): unknown[] {
  return isJsonObject(card) && isJsonObject(card.body) ? arrayOf(card.body, 'elements') : [];
}

function arrayOf(value: JsonObject, key: string): unknown[] {
  const entry = value[key];
  return Array.isArray(entry) ? entry : [];
}

function textOf(text: unknown): string {
  return isJsonObject(text) && typeof text.content === 'string' ? text.content : '';
}

