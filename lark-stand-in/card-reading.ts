/*
 * Reading a card the way a person does: finding a button by its label, and filling the form it submits by the
 * labels of the fields. The values sent are the ones the card itself carries (button values, option values, the
 * inputs' prefilled text), never values made up by whoever plays the person (the demo, a test).
 */
import { isJsonObject } from '../src/lark/json-object.ts';

export interface CardButton {
  label: string;
  value: unknown;
  /** The form the button submits, when it sits inside one. */
  form: Record<string, unknown> | undefined;
  /** `submit` for a form's submit button. */
  formActionType: unknown;
}

/** What a person writes into a form: inputs by their label, and options of a select by their visible text. */
export interface FormAnswers {
  fields?: Record<string, string>;
  /** The visible text of each option to pick; `王芳` also picks `王芳（质量安全员）`. */
  choose?: string[];
}

interface FormField {
  name: string;
  label: string;
  kind: 'input' | 'select';
  defaultValue: string | undefined;
  options: Array<{ text: string; value: string }>;
}

function textOf(text: unknown): string {
  return isJsonObject(text) && typeof text.content === 'string' ? text.content : '';
}

function collectButtons(node: unknown, form: Record<string, unknown> | undefined, found: CardButton[]): void {
  if (Array.isArray(node)) {
    for (const child of node) collectButtons(child, form, found);
    return;
  }
  if (!isJsonObject(node)) return;
  if (node.tag === 'button') {
    const behaviors: unknown[] = Array.isArray(node.behaviors) ? node.behaviors : [];
    const callback = behaviors.find((behavior) => isJsonObject(behavior) && behavior.type === 'callback');
    found.push({ label: textOf(node.text), value: isJsonObject(callback) ? callback.value : undefined, form, formActionType: node.form_action_type });
  }
  const enclosingForm = node.tag === 'form' ? node : form;
  for (const [key, child] of Object.entries(node)) {
    if (key !== 'behaviors') collectButtons(child, enclosingForm, found);
  }
}

export function buttonsOf(card: unknown): CardButton[] {
  const found: CardButton[] = [];
  collectButtons(card, undefined, found);
  return found;
}

function collectFields(node: unknown, found: FormField[]): void {
  if (Array.isArray(node)) {
    for (const child of node) collectFields(child, found);
    return;
  }
  if (!isJsonObject(node)) return;
  if (node.tag === 'input' && typeof node.name === 'string') {
    found.push({
      name: node.name,
      label: textOf(node.label),
      kind: 'input',
      defaultValue: typeof node.default_value === 'string' ? node.default_value : undefined,
      options: [],
    });
  }
  if (node.tag === 'select_static' && typeof node.name === 'string') {
    const options = (Array.isArray(node.options) ? node.options : [])
      .filter(isJsonObject)
      .map((option) => ({ text: textOf(option.text), value: String(option.value) }));
    // Lark counts initial_index from 1.
    const initial = typeof node.initial_index === 'number' ? options[node.initial_index - 1] : undefined;
    found.push({ name: node.name, label: '', kind: 'select', defaultValue: initial?.value, options });
  }
  for (const child of Object.values(node)) collectFields(child, found);
}

/** The inputs and selects of a form, with their labels and option texts. */
function fieldsOf(form: unknown): FormField[] {
  const found: FormField[] = [];
  collectFields(form, found);
  return found;
}

function picks(optionText: string, wanted: string): boolean {
  return optionText === wanted || optionText.startsWith(`${wanted}（`);
}

/** The `form_value` Lark sends when this form is submitted with these answers; untouched fields keep what they show. */
export function fillForm(form: Record<string, unknown>, answers: FormAnswers): Record<string, string> {
  const fields = fieldsOf(form);
  const formValue: Record<string, string> = {};
  const unusedLabels = new Set(Object.keys(answers.fields ?? {}));
  const unusedChoices = new Set(answers.choose ?? []);
  for (const field of fields) {
    if (field.kind === 'input') {
      const written = answers.fields?.[field.label];
      unusedLabels.delete(field.label);
      const value = written ?? field.defaultValue;
      if (value !== undefined) formValue[field.name] = value;
      continue;
    }
    const chosen = field.options.find((option) => [...unusedChoices].some((wanted) => picks(option.text, wanted)));
    if (chosen) {
      for (const wanted of unusedChoices) if (picks(chosen.text, wanted)) unusedChoices.delete(wanted);
      formValue[field.name] = chosen.value;
    } else if (field.defaultValue !== undefined) {
      formValue[field.name] = field.defaultValue;
    }
  }
  if (unusedLabels.size > 0 || unusedChoices.size > 0) {
    const offered = fields.map((field) => (field.kind === 'input' ? field.label : field.options.map((option) => option.text).join('/')));
    throw new Error(`the form has no field 「${[...unusedLabels, ...unusedChoices].join('、')}」; it offers ${offered.join('、')}`);
  }
  return formValue;
}

/** The visible texts of a submitted form, for the transcript: 「label：value」 per field, options by their text. */
export function describeFormValue(card: unknown, formValue: Record<string, unknown>): string[] {
  const fields = fieldsOf(card);
  return Object.entries(formValue).map(([name, value]) => {
    const field = fields.find((candidate) => candidate.name === name);
    const shown = String(value);
    if (!field) return `${name}：${shown}`;
    if (field.kind === 'select') return `选择：${field.options.find((option) => option.value === shown)?.text ?? shown}`;
    return `${field.label || name}：${shown}`;
  });
}
