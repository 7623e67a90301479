/**
 * Text that people typed (hazard descriptions, names, checklist items) goes into Markdown elements. Lark reads
 * `*`, `<at …>`, `:EMOJI:`, `[…](…)` and the like as markup, so those characters are written as the numeric
 * HTML entities Lark's rich-text page prescribes; the card then shows exactly what was typed.
 */
const MARKUP_CHARACTERS = /[&<>*_~`[\]()#+\-!|\\$:]/g;
export function escapeMarkdown(text) {
    return text
        .trim()
        // Leading spaces would turn a line into a code block.
        .replace(/^[ \t]+/gm, '')
        .replace(MARKUP_CHARACTERS, (character) => `&#${character.codePointAt(0)};`);
}
/** Cuts text to at most `maxCharacters` characters (not UTF-16 units, so no emoji is split), marking the cut with …. */
export function shorten(text, maxCharacters) {
    const characters = Array.from(text.trim());
    if (characters.length <= maxCharacters)
        return text.trim();
    return `${characters.slice(0, Math.max(1, maxCharacters - 1)).join('')}…`;
}
//# sourceMappingURL=markdown-text.js.map