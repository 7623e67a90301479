import { createHash, timingSafeEqual } from 'node:crypto';
/**
 * Compares a secret without leaking through timing how much of it was right: hashing first makes both sides the
 * same length, so the comparison is constant-time whatever was given.
 */
export function sameSecret(given, expected) {
    const digest = (text) => createHash('sha256').update(text, 'utf8').digest();
    return timingSafeEqual(digest(given), digest(expected));
}
//# sourceMappingURL=same-secret.js.map