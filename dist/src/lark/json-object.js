/** A JSON object, as opposed to an array, null or a scalar: what every envelope, card and payload from Lark is. */
export function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
//# sourceMappingURL=json-object.js.map