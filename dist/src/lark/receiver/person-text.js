// C0 controls other than tab and line breaks, and DEL: no keyboard produces them, PostgreSQL refuses NUL in text,
// and XML 1.0 (every .docx) cannot hold them.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
// U+FFFE, U+FFFF and the other noncharacters are not for interchange; Word refuses a document that holds one.
const NONCHARACTERS = /\p{Noncharacter_Code_Point}/gu;
/**
 * What a person typed, made safe to store, hash, render and send on: a lone surrogate (a broken emoji from a
 * truncated paste) becomes U+FFFD, so its UTF-8 and therefore its hash are stable, and characters that no document
 * or database can hold are dropped. Everything a person can see is kept.
 */
export function normalizePersonText(text) {
    return text.toWellFormed().replace(CONTROL_CHARACTERS, '').replace(NONCHARACTERS, '');
}
/** The same for a card form's values: strings and lists of strings (a multi-select) are what a person wrote. */
export function normalizeFormValues(values) {
    if (values === undefined)
        return undefined;
    return Object.fromEntries(Object.entries(values).map(([name, value]) => [
        name,
        typeof value === 'string' ? normalizePersonText(value) : Array.isArray(value) ? value.map((entry) => (typeof entry === 'string' ? normalizePersonText(entry) : entry)) : value,
    ]));
}
//# sourceMappingURL=person-text.js.map