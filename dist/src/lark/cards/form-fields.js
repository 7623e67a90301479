import { callbackButton, plainText, } from "./card-json.js";
/** Lark's ceiling for an input's `max_length`. */
export const MAX_INPUT_LENGTH = 1000;
export function formInput(field) {
    const input = {
        tag: 'input',
        name: field.name,
        required: field.required,
        max_length: field.maxLength ?? MAX_INPUT_LENGTH,
        input_type: 'multiline_text',
        rows: field.rows,
        label: plainText(field.label),
        placeholder: plainText(field.placeholder),
    };
    if (field.defaultValue?.trim())
        input.default_value = field.defaultValue;
    return input;
}
/**
 * Whether a saved text fits the input that would show it. A longer text cannot be put into the input whole, and
 * submitting a cut copy would silently shorten the record, so a card offers such a text for editing only in chat.
 */
export function fitsInput(text, maxLength = MAX_INPUT_LENGTH) {
    return text.length <= maxLength;
}
/** Inside a form every button must submit it and carry a name that is unique in the card. */
export function submitButton(label, value, type, name) {
    const button = callbackButton(label, value, type);
    button.name = name;
    button.form_action_type = 'submit';
    return button;
}
export function form(name, elements) {
    return { tag: 'form', name, elements };
}
//# sourceMappingURL=form-fields.js.map