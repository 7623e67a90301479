import { isJsonObject } from '../src/lark/json-object.ts';

/**
 * The `form_value` Lark sends when a card form is submitted, from what the page posted: each input's text, and for
 * each select the posted option when the card offers it, else the option it opened on — as `fillForm`
 * (lark-stand-in/card-reading.ts) fills it. Fields the card does not have are not sent.
 */
export function formValueFrom(form: unknown, posted: ReadonlyMap<string, string>): Record<string, string> {
  const formValue: Record<string, string> = {};
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child);
      return;
    }
    if (!isJsonObject(node)) return;
    const name = typeof node.name === 'string' ? node.name : undefined;
    if (name !== undefined && node.tag === 'input') {
      const written = posted.get(name) ?? (typeof node.default_value === 'string' ? node.default_value : undefined);
      if (written !== undefined) formValue[name] = written;
    }
    if (name !== undefined && node.tag === 'select_static') {
      const values = (Array.isArray(node.options) ? node.options : []).filter(isJsonObject).map((option) => String(option.value));
      const chosen = posted.get(name);
      // Lark counts initial_index from 1.
      const initial = typeof node.initial_index === 'number' ? values[node.initial_index - 1] : undefined;
      const value = chosen !== undefined && values.includes(chosen) ? chosen : initial;
      if (value !== undefined) formValue[name] = value;
    }
    for (const child of Object.values(node)) walk(child);
  };
  walk(form);
  return formValue;
}
