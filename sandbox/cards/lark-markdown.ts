import MarkdownIt, { type StateInline } from 'markdown-it';

/*
 * Lark's card Markdown: CommonMark with tables, a single newline as a line break, and a few tags of Lark's own
 * (`<font color=…>`, `<text_tag color=…>`, `<at …></at>`, `<br>`). HTML is off, so anything else between angle
 * brackets is shown as typed; Lark's tags become spans whose colour is a class from a fixed pattern, never a style.
 */

const LARK_TAG = /^<(\/?)(font|text_tag|at|br)\b([^>]*)>/i;
const COLOUR_ATTRIBUTE = /color\s*=\s*['"]?([a-z]+(?:[-_][a-z0-9]+)*)['"]?/i;
const AT_TARGET = /(?:id|ids|user_id|open_id|email)\s*=\s*['"]?([^'"\s>]+)['"]?/i;
const AT_CLOSE = '</at>';

function colourClass(attributes: string, kind: 'font' | 'tag'): string {
  const colour = COLOUR_ATTRIBUTE.exec(attributes)?.[1]?.toLowerCase();
  return colour ? `lark-${kind} lark-colour-${colour}` : `lark-${kind}`;
}

/** What Lark shows for a mention: the name written inside the tag, or 所有人 for `id=all`. */
function mentionText(attributes: string, inner: string): string {
  if (inner.trim() !== '') return `@${inner.trim()}`;
  const target = AT_TARGET.exec(attributes)?.[1] ?? '';
  return target === 'all' ? '@所有人' : `@${target || '某人'}`;
}

function larkTags(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x3c) return false;
  const match = LARK_TAG.exec(state.src.slice(state.pos));
  if (!match) return false;
  const [whole, closing, name = '', attributes = ''] = match;
  const tagName = name.toLowerCase();
  if (tagName === 'at') {
    if (closing) return false;
    const innerStart = state.pos + whole.length;
    const closeAt = state.src.indexOf(AT_CLOSE, innerStart);
    const inner = closeAt === -1 ? '' : state.src.slice(innerStart, closeAt);
    if (!silent) {
      const open = state.push('lark_at_open', 'span', 1);
      open.attrSet('class', 'lark-at');
      state.push('text', '', 0).content = mentionText(attributes, inner);
      state.push('lark_at_close', 'span', -1);
    }
    state.pos = closeAt === -1 ? innerStart : closeAt + AT_CLOSE.length;
    return true;
  }
  if (!silent) {
    if (tagName === 'br') {
      state.push('hardbreak', 'br', 0);
    } else if (closing) {
      state.push(`lark_${tagName}_close`, 'span', -1);
    } else {
      const open = state.push(`lark_${tagName}_open`, 'span', 1);
      open.attrSet('class', colourClass(attributes, tagName === 'font' ? 'font' : 'tag'));
    }
  }
  state.pos += whole.length;
  return true;
}

const markdown = new MarkdownIt({ html: false, breaks: true, linkify: true });
markdown.inline.ruler.push('lark_tags', larkTags);

// Links in a card open outside the chat, as Lark opens them in the browser.
markdown.renderer.rules.link_open = (tokens, index, options, _environment, renderer) => {
  const token = tokens[index];
  token?.attrSet('target', '_blank');
  token?.attrSet('rel', 'noopener noreferrer');
  return renderer.renderToken(tokens, index, options);
};

/** HTML for a card's Markdown text; safe to insert, since markdown-it escapes everything and parses no HTML. */
export function larkMarkdownHtml(content: string): string {
  return markdown.render(content);
}
