// Lark reads `<at user_id="all"></at>`, `<b>` and the like inside a plain text message as markup. The bot never
// writes a tag itself, so any `<` that opens one came from someone's words (a suggestion, a file name) and is shown
// as the full-width ＜ instead: the reader sees what was written, and nobody is @-mentioned by a quotation.
const TAG_OPENING = /<(?=\/?[a-z])/gi;
/** The `content` of a plain text message carrying `text` exactly as written, never as markup. */
export function plainTextContent(text) {
    return JSON.stringify({ text: text.replace(TAG_OPENING, '＜') });
}
//# sourceMappingURL=plain-text.js.map