import { isJsonObject } from "./json-object.js";
/**
 * Plain text of a Card JSON 2.0 card, as a person would read it: for chat transcripts and for test assertions.
 * Title as 【…】, then the subtitle, then each body element; a blank line between top-level elements, buttons that
 * sit side by side on one line as [按钮：…], form fields as [输入：…] and [选择：… / …].
 */
export function cardToText(card) {
    if (!isJsonObject(card))
        return '';
    const lines = [];
    const header = isJsonObject(card.header) ? card.header : {};
    const title = textContent(header.title);
    if (title)
        lines.push(`【${title}】`);
    const subtitle = textContent(header.subtitle);
    if (subtitle)
        lines.push(subtitle);
    const body = isJsonObject(card.body) ? card.body : {};
    const blocks = elementsOf(body, 'elements')
        .map((element) => joinPieces(render(element)))
        .filter((block) => block !== '');
    if (blocks.length > 0) {
        if (lines.length > 0)
            lines.push('');
        lines.push(blocks.join('\n\n'));
    }
    return lines.join('\n');
}
function render(element) {
    if (!isJsonObject(element))
        return [];
    switch (element.tag) {
        case 'markdown':
            return block(markdownToText(typeof element.content === 'string' ? element.content : ''));
        case 'div':
            return block(textContent(element.text));
        case 'hr':
            return block('---');
        case 'button':
            return [{ inline: true, text: `[按钮：${textContent(element.text)}]` }];
        case 'input': {
            const label = textContent(element.label);
            return block(`${label ? `${label}：` : ''}[输入：${textContent(element.placeholder)}]`);
        }
        case 'select_static': {
            const options = elementsOf(element, 'options').map((option) => (isJsonObject(option) ? textContent(option.text) : ''));
            return block(`[选择：${options.join(' / ')}]`);
        }
        case 'checker':
            return block(`[勾选：${textContent(element.text)}]`);
        case 'column_set':
            return elementsOf(element, 'columns').flatMap(render);
        default:
            return elementsOf(element, 'elements').flatMap(render);
    }
}
function block(text) {
    return text ? [{ inline: false, text }] : [];
}
function joinPieces(pieces) {
    const lines = [];
    let previousInline = false;
    for (const piece of pieces) {
        if (piece.inline && previousInline)
            lines[lines.length - 1] += ` ${piece.text}`;
        else
            lines.push(piece.text);
        previousInline = piece.inline;
    }
    return lines.join('\n');
}
const NAMED_ENTITIES = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    nbsp: ' ',
    ensp: ' ',
    emsp: '　',
    sim: '~',
};
/** Drops Lark's colour tags and bold markers, and turns escaped characters back into what the person typed. */
function markdownToText(content) {
    return content
        .replace(/<br\s*\/?>/gi, '\n')
        .replace(/<\/?(font|text_tag)\b[^>]*>/gi, '')
        .replace(/\*\*/g, '')
        // One pass, so an escaped & followed by text that looks like an entity stays what was typed.
        .replace(/&(#\d+|[a-z]+);/g, (entity, name) => name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (NAMED_ENTITIES[name] ?? entity));
}
function textContent(text) {
    if (!isJsonObject(text) || typeof text.content !== 'string')
        return '';
    return text.tag === 'lark_md' ? markdownToText(text.content) : text.content;
}
function elementsOf(container, key) {
    const value = container[key];
    return Array.isArray(value) ? value : [];
}
//# sourceMappingURL=card-to-text.js.map