import { type CardNode, isCardNode, keyword, stringOf, textOf } from './card-nodes.ts';
import { larkMarkdownHtml } from './lark-markdown.ts';

/** A markdown element; `text_size: notation` is Lark's small grey footnote. */
export function MarkdownElement({ node }: { node: CardNode }) {
  const size = keyword(node.text_size) ?? 'normal';
  const align = keyword(node.text_align) ?? 'left';
  // markdown-it with `html: false` escapes every character a person typed; this is its output, nothing else.
  return <div className={`card-markdown text-size-${size} text-align-${align}`} dangerouslySetInnerHTML={{ __html: larkMarkdownHtml(stringOf(node.content) ?? '') }} />;
}

/** A `div` with plain or Markdown text. */
export function TextElement({ node }: { node: CardNode }) {
  const text = node.text;
  if (isCardNode(text) && text.tag === 'lark_md') {
    return <div className="card-markdown" dangerouslySetInnerHTML={{ __html: larkMarkdownHtml(textOf(text)) }} />;
  }
  return <div className="card-text">{textOf(text)}</div>;
}

export function DividerElement() {
  return <hr className="card-divider" />;
}

/** An image the bot uploaded, served from the stand-in's files by its key. */
export function ImageElement({ node }: { node: CardNode }) {
  const key = stringOf(node.img_key) ?? '';
  return <img className="card-image" src={`/files/${encodeURIComponent(key)}`} alt={textOf(node.alt) || '图片'} />;
}
