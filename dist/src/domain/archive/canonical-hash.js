import { createHash } from 'node:crypto';
/** JSON with keys sorted at every level, so the same content always hashes the same whatever built it. */
export function canonicalJson(value) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value ?? null);
    if (value instanceof Date)
        return JSON.stringify(value.toISOString());
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    const entries = Object.entries(value)
        .filter(([, entry]) => entry !== undefined)
        .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
}
export function sha256Hex(text) {
    return createHash('sha256').update(text, 'utf8').digest('hex');
}
export function contentHash(value) {
    return sha256Hex(canonicalJson(value));
}
//# sourceMappingURL=canonical-hash.js.map