import { isJsonObject } from '../../src/lark/json-object.ts';
import { type CardNode, keyword, nodesOf, numberOf, stringOf, textOf } from './card-nodes.ts';

/** Where a press goes: the person's press route and the message it is on. */
export interface PressTarget {
  pressUrl: string;
  messageId: string;
}

/** The name under which a card field's value is posted; the part after the prefix is the card's own field name. */
export const FIELD_PREFIX = 'field:';

/** Unique in the page, which shows many cards with the same field names. */
function fieldId(target: PressTarget, name: string): string {
  return `field-${target.messageId}-${name}`;
}

export function MessageIdField({ target }: { target: PressTarget }) {
  return <input type="hidden" name="messageId" value={target.messageId} />;
}

function linkOf(node: CardNode): string | undefined {
  const behavior = nodesOf(node.behaviors).find((candidate) => candidate.type === 'open_url');
  const url = behavior === undefined ? undefined : stringOf(behavior.default_url);
  return url !== undefined && /^https?:\/\//.test(url) ? url : undefined;
}

/**
 * A card button. Inside a card form it submits that form; elsewhere it is a form of its own carrying the message and
 * the button's position, since the server takes what the button sends from the card as recorded, never from here.
 */
export function ButtonElement({ node, position, target, inForm }: { node: CardNode; position: number; target: PressTarget; inForm: boolean }) {
  const label = textOf(node.text);
  const className = `card-button button-${keyword(node.type) ?? 'default'}${node.size === 'small' ? ' button-small' : ''}`;
  const disabled = node.disabled === true;
  const link = linkOf(node);
  if (link !== undefined && !disabled) {
    return (
      <a className={className} href={link} target="_blank" rel="noopener noreferrer">
        {label}
      </a>
    );
  }
  const button = (
    <button type="submit" className={className} name="button" value={String(position)} disabled={disabled} title={disabled ? textOf(node.disabled_tips) || undefined : undefined}>
      {label}
    </button>
  );
  if (inForm) return button;
  return (
    <form method="post" action={target.pressUrl} className="card-button-form">
      <MessageIdField target={target} />
      {button}
    </form>
  );
}

/** A card input with its label (its placeholder when it has none); multi-line inputs are text areas. */
export function InputElement({ node, target, inForm }: { node: CardNode; target: PressTarget; inForm: boolean }) {
  const name = stringOf(node.name) ?? '';
  const label = textOf(node.label) || textOf(node.placeholder) || name;
  const id = fieldId(target, name);
  const common = {
    id,
    name: inForm ? `${FIELD_PREFIX}${name}` : undefined,
    placeholder: textOf(node.placeholder) || undefined,
    required: node.required === true,
    maxLength: numberOf(node.max_length),
    disabled: node.disabled === true,
    defaultValue: stringOf(node.default_value),
  };
  return (
    <div className="card-field">
      <label htmlFor={id}>{label}</label>
      {node.input_type === 'multiline_text' ? <textarea rows={numberOf(node.rows) ?? 3} {...common} /> : <input type="text" {...common} />}
    </div>
  );
}

/** A single-choice select, opening on `initial_index` (counted from 1, as Lark does). */
export function SelectElement({ node, label, target, inForm }: { node: CardNode; label: string; target: PressTarget; inForm: boolean }) {
  const name = stringOf(node.name) ?? '';
  const id = fieldId(target, name);
  const options = nodesOf(node.options).map((option) => ({ text: textOf(option.text), value: String(option.value ?? '') }));
  const initialIndex = numberOf(node.initial_index);
  const initial = initialIndex === undefined ? stringOf(node.initial_option) : options[initialIndex - 1]?.value;
  return (
    <div className="card-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={inForm ? `${FIELD_PREFIX}${name}` : undefined} defaultValue={initial} disabled={node.disabled === true} required={node.required === true}>
        {initial === undefined ? <option value="">{textOf(node.placeholder) || '请选择'}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** What labels a select: its placeholder or label; otherwise 选择, numbered from the second unlabelled one in a card. */
export function selectLabels(card: unknown): Map<object, string> {
  const labels = new Map<object, string>();
  let unlabelled = 0;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child);
      return;
    }
    if (!isJsonObject(node)) return;
    if (node.tag === 'select_static') {
      const own = textOf(node.placeholder) || textOf(node.label);
      if (own) labels.set(node, own);
      else {
        unlabelled += 1;
        labels.set(node, unlabelled === 1 ? '选择' : `选择 ${unlabelled}`);
      }
    }
    for (const child of Object.values(node)) walk(child);
  };
  walk(card);
  return labels;
}
