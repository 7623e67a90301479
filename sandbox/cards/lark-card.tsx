import { buttonPositions } from './button-positions.ts';
import { bodyElementsOf, type CardNode, headerOf, isCardNode, nodesOf, stringOf, textOf } from './card-nodes.ts';
import { ButtonElement, InputElement, type PressTarget, SelectElement, selectLabels } from './interactive-elements.tsx';
import { ColumnElement, ColumnSetElement, FormElement } from './layout-elements.tsx';
import { TableElement } from './table-element.tsx';
import { DividerElement, ImageElement, MarkdownElement, TextElement } from './text-elements.tsx';
import { UnknownElement } from './unknown-element.tsx';

interface CardContext {
  positions: Map<object, number>;
  selectLabels: Map<object, string>;
  target: PressTarget;
  inForm: boolean;
}

function CardElements({ nodes, context }: { nodes: CardNode[]; context: CardContext }) {
  return (
    <>
      {nodes.map((node, index) => (
        <CardElement key={index} node={node} context={context} />
      ))}
    </>
  );
}

function CardElement({ node, context }: { node: CardNode; context: CardContext }) {
  const tag = stringOf(node.tag) ?? '';
  switch (tag) {
    case 'markdown':
      return <MarkdownElement node={node} />;
    case 'div':
      return <TextElement node={node} />;
    case 'hr':
      return <DividerElement />;
    case 'img':
      return <ImageElement node={node} />;
    case 'table':
      return <TableElement node={node} />;
    case 'note':
      return (
        <div className="card-note">
          <CardElements nodes={nodesOf(node.elements)} context={context} />
        </div>
      );
    case 'plain_text':
    case 'lark_md':
      return <span className="card-text">{textOf(node) || stringOf(node.content)}</span>;
    case 'column_set':
      return (
        <ColumnSetElement node={node}>
          {nodesOf(node.columns).map((column, index) => (
            <ColumnElement key={index} node={column}>
              <CardElements nodes={nodesOf(column.elements)} context={context} />
            </ColumnElement>
          ))}
        </ColumnSetElement>
      );
    case 'form':
      return (
        <FormElement target={context.target}>
          <CardElements nodes={nodesOf(node.elements)} context={{ ...context, inForm: true }} />
        </FormElement>
      );
    case 'button':
      return <ButtonElement node={node} position={context.positions.get(node) ?? -1} target={context.target} inForm={context.inForm} />;
    case 'input':
      return <InputElement node={node} target={context.target} inForm={context.inForm} />;
    case 'select_static':
      return <SelectElement node={node} label={context.selectLabels.get(node) ?? '选择'} target={context.target} inForm={context.inForm} />;
    default:
      return <UnknownElement tag={tag} />;
  }
}

export interface LarkCardProps {
  card: unknown;
  target: PressTarget;
  /** The card was changed in place after it was sent. */
  updated: boolean;
}

/** A card as Lark shows it now: the coloured header, then its body, with every button and field usable. */
export function LarkCard({ card, target, updated }: LarkCardProps) {
  if (!isCardNode(card)) {
    return (
      <article className="lark-card" aria-label="卡片：（无法读取）" data-message-id={target.messageId}>
        <UnknownElement tag="card" />
      </article>
    );
  }
  const header = headerOf(card);
  const context: CardContext = { positions: buttonPositions(card), selectLabels: selectLabels(card), target, inForm: false };
  return (
    <article className="lark-card" aria-label={`卡片：${header?.title ?? ''}`} data-message-id={target.messageId}>
      {header ? (
        <header className={`card-header template-${header.template ?? 'default'}`}>
          <h3 className="card-title">{header.title}</h3>
          {header.subtitle ? <p className="card-subtitle">{header.subtitle}</p> : null}
        </header>
      ) : null}
      <div className="card-body">
        <CardElements nodes={bodyElementsOf(card)} context={context} />
      </div>
      {updated ? <p className="card-updated">已更新</p> : null}
    </article>
  );
}
