import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
const INITIALIZATION_VECTOR_BYTES = 16;
const BLOCK_BYTES = 16;
const STANDARD_BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
export class LarkDecryptionError extends Error {
    failure;
    constructor(failure, message) {
        super(message);
        this.name = 'LarkDecryptionError';
        this.failure = failure;
    }
}
function aesKey(encryptKey) {
    return createHash('sha256').update(encryptKey, 'utf8').digest();
}
/** Lark's `{"encrypt":"…"}` value: base64(iv16 ‖ AES-256-CBC ciphertext), key = sha256(encryptKey), PKCS#7 padding. */
export function decryptLarkPayload(encryptKey, encrypt) {
    // Buffer.from(…, 'base64') silently skips bad characters, so the text is checked before decoding.
    if (encrypt.length % 4 !== 0 || !STANDARD_BASE64.test(encrypt)) {
        throw new LarkDecryptionError('malformed', 'encrypt 不是合法的 base64 文本');
    }
    const bytes = Buffer.from(encrypt, 'base64');
    const ciphertextBytes = bytes.length - INITIALIZATION_VECTOR_BYTES;
    if (ciphertextBytes < BLOCK_BYTES || ciphertextBytes % BLOCK_BYTES !== 0) {
        throw new LarkDecryptionError('malformed', `encrypt 解码后长度为 ${bytes.length} 字节，不是“16 字节 IV + 整数个 16 字节分组”`);
    }
    const decipher = createDecipheriv('aes-256-cbc', aesKey(encryptKey), bytes.subarray(0, INITIALIZATION_VECTOR_BYTES));
    try {
        const plaintext = Buffer.concat([decipher.update(bytes.subarray(INITIALIZATION_VECTOR_BYTES)), decipher.final()]);
        return new TextDecoder('utf-8', { fatal: true }).decode(plaintext);
    }
    catch {
        throw new LarkDecryptionError('wrong-key', '密文无法用当前 Encrypt Key 解密');
    }
}
/**
 * The inverse of decryptLarkPayload, as Lark does it; a Lark stand-in needs it to send real encrypted deliveries.
 * The IV is a parameter so that a fixture can be reproduced byte for byte.
 */
export function encryptLarkPayload(encryptKey, plaintext, initializationVector = randomBytes(INITIALIZATION_VECTOR_BYTES)) {
    const cipher = createCipheriv('aes-256-cbc', aesKey(encryptKey), initializationVector);
    return Buffer.concat([initializationVector, cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
}
/**
 * X-Lark-Signature: lowercase hex sha256 over timestamp ‖ nonce ‖ encryptKey ‖ the raw body bytes.
 * A plain hash, not an HMAC, and over the bytes as received, never a re-serialisation of the parsed body.
 */
export function computeLarkSignature(timestamp, nonce, encryptKey, rawBody) {
    return createHash('sha256')
        .update(Buffer.from(timestamp + nonce + encryptKey, 'utf8'))
        .update(rawBody)
        .digest('hex');
}
//# sourceMappingURL=lark-crypto.js.map