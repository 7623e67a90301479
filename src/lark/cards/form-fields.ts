import type { CardActionValue } from './card-action-values.ts';
import {
  callbackButton,
  plainText,
  type ButtonElement,
  type ButtonType,
  type FormElement,
  type InputElement,
  type NestedElement,
} from './card-json.ts';

/** Lark's ceiling for an input's `max_length`. */
export const MAX_INPUT_LENGTH = 1000;

/**
 * An input that opens with what the person saved last. Lark's input component documents `default_value`;
 * the shared InputElement type leaves it out because the daily check's forms always open empty.
 */
export type PrefilledInput = InputElement & { default_value?: string };

export interface InputField {
  name: string;
  label: string;
  placeholder: string;
  required: boolean;
  rows: number;
  maxLength?: number;
  defaultValue?: string;
}

export function formInput(field: InputField): PrefilledInput {
  const input: PrefilledInput = {
    tag: 'input',
    name: field.name,
    required: field.required,
    max_length: field.maxLength ?? MAX_INPUT_LENGTH,
    input_type: 'multiline_text',
    rows: field.rows,
    label: plainText(field.label),
    placeholder: plainText(field.placeholder),
  };
  if (field.defaultValue?.trim()) input.default_value = field.defaultValue;
  return input;
}

/**
 * Whether a saved text fits the input that would show it. A longer text cannot be put into the input whole, and
 * submitting a cut copy would silently shorten the record, so a card offers such a text for editing only in chat.
 */
export function fitsInput(text: string, maxLength: number = MAX_INPUT_LENGTH): boolean {
  return text.length <= maxLength;
}

/** Inside a form every button must submit it and carry a name that is unique in the card. */
export function submitButton(label: string, value: CardActionValue, type: ButtonType, name: string): ButtonElement {
  const button = callbackButton(label, value, type);
  button.name = name;
  button.form_action_type = 'submit';
  return button;
}

export function form(name: string, elements: NestedElement[]): FormElement {
  return { tag: 'form', name, elements };
}
