export function plainText(content) {
    return { tag: 'plain_text', content };
}
export function markdown(content) {
    return { tag: 'markdown', content };
}
/** Small grey text, for guidance and footnotes. `content` must already be escaped Markdown. */
export function note(content) {
    return { tag: 'markdown', content: `<font color='grey'>${content}</font>`, text_size: 'notation' };
}
export function callbackButton(label, value, type, size) {
    const button = { tag: 'button', text: plainText(label), type, behaviors: [{ type: 'callback', value }] };
    if (size)
        button.size = size;
    return button;
}
/** Buttons side by side: one column laid out horizontally costs fewer elements than a column per button. */
export function buttonRow(buttons) {
    return {
        tag: 'column_set',
        flex_mode: 'none',
        columns: [{ tag: 'column', width: 'auto', direction: 'horizontal', horizontal_spacing: 'small', elements: buttons }],
    };
}
export function card(parts) {
    const header = { title: plainText(parts.title), template: parts.template };
    if (parts.subtitle)
        header.subtitle = plainText(parts.subtitle);
    return {
        schema: '2.0',
        config: { update_multi: true, summary: { content: parts.summary } },
        header,
        body: { elements: parts.elements },
    };
}
//# sourceMappingURL=card-json.js.map