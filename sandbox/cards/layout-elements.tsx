import type { ReactNode } from 'react';
import { type CardNode, keyword, numberOf } from './card-nodes.ts';
import { MessageIdField, type PressTarget } from './interactive-elements.tsx';

/** Columns side by side; `flex_mode: stretch` stacks them on a narrow screen, as Lark does on a phone. */
export function ColumnSetElement({ node, children }: { node: CardNode; children: ReactNode }) {
  return <div className={`card-column-set flex-${keyword(node.flex_mode) ?? 'none'}`}>{children}</div>;
}

export function ColumnElement({ node, children }: { node: CardNode; children: ReactNode }) {
  const weighted = node.width === 'weighted';
  // A class per weight rather than an inline style, so the page's content security policy can forbid inline styles.
  const weight = weighted ? ` weight-${Math.min(Math.max(Math.round(numberOf(node.weight) ?? 1), 1), 9)}` : '';
  const direction = node.direction === 'horizontal' ? ' column-horizontal' : '';
  const align = keyword(node.vertical_align) ?? 'top';
  return (
    <div className={`card-column width-${weighted ? 'weighted' : 'auto'}${weight} align-${align}${direction}`}>
      {children}
    </div>
  );
}

/** A card form: one HTML form posting the message, the button pressed and every field inside it. */
export function FormElement({ target, children }: { target: PressTarget; children: ReactNode }) {
  return (
    <form method="post" action={target.pressUrl} className="card-form">
      <MessageIdField target={target} />
      {children}
    </form>
  );
}
