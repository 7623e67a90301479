import { sameSecret } from "../../security/same-secret.js";
import { computeLarkSignature, decryptLarkPayload, LarkDecryptionError } from "./lark-crypto.js";
import { isJsonObject } from "../json-object.js";
const TIMESTAMP_HEADER = 'x-lark-request-timestamp';
const NONCE_HEADER = 'x-lark-request-nonce';
const SIGNATURE_HEADER = 'x-lark-signature';
const WRONG_KEY_REASON = 'LARK_ENCRYPT_KEY 与开发者后台（事件与回调 → 加密策略）的 Encrypt Key 不一致：请复制后台的 Encrypt Key 填入 LARK_ENCRYPT_KEY';
function reject(status, code, reason) {
    return { ok: false, status, code, reason };
}
/** Node lower-cases header names, but callers outside Node may not; a repeated header counts as absent. */
function headerValue(headers, name) {
    for (const [key, value] of Object.entries(headers)) {
        if (key.toLowerCase() !== name)
            continue;
        if (Array.isArray(value))
            return value.length === 1 ? value[0] : undefined;
        return value;
    }
    return undefined;
}
function parseJson(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch {
        return { ok: false };
    }
}
function checkSignature(delivery, encryptKey) {
    const timestamp = headerValue(delivery.headers, TIMESTAMP_HEADER);
    const nonce = headerValue(delivery.headers, NONCE_HEADER);
    const signature = headerValue(delivery.headers, SIGNATURE_HEADER);
    if (timestamp === undefined || nonce === undefined || signature === undefined)
        return 'unsigned';
    const expected = computeLarkSignature(timestamp, nonce, encryptKey, delivery.rawBody);
    if (!sameSecret(signature.trim().toLowerCase(), expected)) {
        return reject(401, 'bad_signature', `X-Lark-Signature 与按 LARK_ENCRYPT_KEY 计算的签名不符：投递可能被篡改，或 ${WRONG_KEY_REASON}`);
    }
    if (delivery.maxSkewSeconds !== undefined) {
        const seconds = /^\d+$/.test(timestamp) ? Number(timestamp) : Number.NaN;
        if (!(Math.abs(delivery.nowSeconds - seconds) <= delivery.maxSkewSeconds)) {
            return reject(401, 'timestamp_out_of_range', `X-Lark-Request-Timestamp（${timestamp}）与本机时间相差超过 ${delivery.maxSkewSeconds} 秒：请检查服务器时钟`);
        }
    }
    return 'signed';
}
function missingSignatureHeaders(headers) {
    return ['X-Lark-Request-Timestamp', 'X-Lark-Request-Nonce', 'X-Lark-Signature']
        .filter((name) => headerValue(headers, name.toLowerCase()) === undefined)
        .join('、');
}
function decryptEnvelope(encryptKey, encrypt) {
    let plaintext;
    try {
        plaintext = decryptLarkPayload(encryptKey, encrypt);
    }
    catch (error) {
        if (error instanceof LarkDecryptionError && error.failure === 'malformed') {
            return reject(400, 'malformed_encrypt', `encrypt 字段不是飞书的密文格式：${error.message}`);
        }
        return reject(401, 'wrong_encrypt_key', `无法解密投递：${WRONG_KEY_REASON}`);
    }
    const parsed = parseJson(plaintext);
    // A wrong key passes the padding check about once in 256 tries and then yields garbage, not JSON.
    if (!parsed.ok || !isJsonObject(parsed.value)) {
        return reject(401, 'wrong_encrypt_key', `解密结果不是 JSON 对象：${WRONG_KEY_REASON}`);
    }
    return { ok: true, envelope: parsed.value };
}
/** Schema 2.0 carries the Verification Token in header.token; url_verification and schema 1.0 at the top level. */
function deliveredToken(envelope) {
    return isJsonObject(envelope.header) ? envelope.header.token : envelope.token;
}
function checkToken(envelope, verificationToken) {
    if (!verificationToken)
        return undefined;
    const token = deliveredToken(envelope);
    if (typeof token === 'string' && sameSecret(token, verificationToken))
        return undefined;
    return reject(401, 'token_mismatch', typeof token === 'string'
        ? 'Verification Token 不符：LARK_VERIFICATION_TOKEN 与开发者后台（事件与回调 → 加密策略）的 Verification Token 不一致'
        : '投递中没有 Verification Token，但已设置 LARK_VERIFICATION_TOKEN：请确认请求来自飞书开放平台');
}
function accept(envelope, verificationToken) {
    const tokenRejection = checkToken(envelope, verificationToken);
    if (tokenRejection)
        return tokenRejection;
    if (envelope.type === 'url_verification') {
        if (typeof envelope.challenge !== 'string') {
            return reject(400, 'invalid_challenge', 'url_verification 缺少字符串 challenge');
        }
        return { ok: true, kind: 'url_verification', challenge: envelope.challenge };
    }
    return { ok: true, kind: 'event', envelope };
}
/**
 * The door for everything Lark POSTs: decides on the raw bytes, before any schema, whether a delivery is
 * genuinely from Lark, and yields the plaintext envelope. Pure: time comes in as nowSeconds.
 *
 * With an Encrypt Key every delivery must be encrypted and signed, except url_verification, which Lark encrypts
 * but does not sign: it is let through when it decrypts and (if configured) carries the Verification Token.
 */
export function verifyDelivery(delivery) {
    const body = parseJson(delivery.rawBody.toString('utf8'));
    if (!body.ok)
        return reject(400, 'invalid_json', '请求体不是 JSON');
    if (!isJsonObject(body.value))
        return reject(400, 'not_an_object', '请求体不是 JSON 对象');
    const encrypted = 'encrypt' in body.value;
    const encryptKey = delivery.encryptKey || undefined;
    if (encryptKey === undefined) {
        if (encrypted) {
            return reject(400, 'encrypt_key_unset', '收到加密的投递，但未设置 LARK_ENCRYPT_KEY：请把开发者后台（事件与回调 → 加密策略）的 Encrypt Key 填入 LARK_ENCRYPT_KEY');
        }
        return accept(body.value, delivery.verificationToken);
    }
    if (!encrypted) {
        return reject(401, 'not_encrypted', '已设置 LARK_ENCRYPT_KEY，但投递未加密：请在开发者后台（事件与回调 → 加密策略）设置同一个 Encrypt Key，或清空 LARK_ENCRYPT_KEY');
    }
    if (typeof body.value.encrypt !== 'string') {
        return reject(400, 'malformed_encrypt', 'encrypt 字段不是字符串');
    }
    // When signed, the signature is checked before decrypting, so a forged body never reaches the cipher.
    const signature = checkSignature(delivery, encryptKey);
    if (typeof signature === 'object')
        return signature;
    const decrypted = decryptEnvelope(encryptKey, body.value.encrypt);
    if (!decrypted.ok)
        return decrypted;
    if (signature === 'unsigned' && decrypted.envelope.type !== 'url_verification') {
        return reject(401, 'missing_signature', `已设置 LARK_ENCRYPT_KEY，但投递缺少签名请求头 ${missingSignatureHeaders(delivery.headers)}：拒绝未签名的投递`);
    }
    return accept(decrypted.envelope, delivery.verificationToken);
}
//# sourceMappingURL=verify-delivery.js.map