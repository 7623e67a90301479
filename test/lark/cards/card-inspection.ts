/** Reading the form fields of a built card, as Lark would report them in `form_value`. */

import { isJsonObject, type JsonObject } from '../../../src/lark/json-object.ts';

export interface FormField {
  tag: string;
  name: string;
  required: unknown;
  maxLength: unknown;
  defaultValue: unknown;
  placeholder: string;
  options: Array<{ text: string; value: unknown }>;
  initialIndex: unknown;
}

/** The inputs and selects of one form, wherever they sit inside it: the names `form_value` is keyed by. */
export function formFields(form: JsonObject): FormField[] {
  const fields: FormField[] = [];
  const visit = (element: unknown) => {
    if (!isJsonObject(element)) return;
    if (element.tag === 'input' || element.tag === 'select_static') {
      fields.push({
        tag: element.tag,
        name: String(element.name),
        required: element.required,
        maxLength: element.max_length,
        defaultValue: element.default_value,
        placeholder: textOf(element.placeholder),
        options: arrayOf(element, 'options').map((option) => ({
          text: isJsonObject(option) ? textOf(option.text) : '',
          value: isJsonObject(option) ? option.value : undefined,
        })),
        initialIndex: element.initial_index,
      });
    }
    for (const child of [...arrayOf(element, 'elements'), ...arrayOf(element, 'columns')]) visit(child);
  };
  for (const child of arrayOf(form, 'elements')) visit(child);
  return fields;
}

function arrayOf(value: JsonObject, key: string): unknown[] {
  const entry = value[key];
  return Array.isArray(entry) ? entry : [];
}

function textOf(text: unknown): string {
  return isJsonObject(text) && typeof text.content === 'string' ? text.content : '';
}
