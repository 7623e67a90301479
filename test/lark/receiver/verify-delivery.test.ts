import { describe, expect, it } from 'vitest';
import { computeLarkSignature, encryptLarkPayload } from '../../../src/lark/receiver/lark-crypto.ts';
import { verifyDelivery, type DeliveryToVerify } from '../../../src/lark/receiver/verify-delivery.ts';
import {
  cardActionEnvelope,
  encryptedDelivery,
  ENCRYPT_KEY,
  messageEnvelope,
  NOW_SECONDS,
  plainDelivery,
  urlVerification,
  VERIFICATION_TOKEN,
  type Delivery,
} from './lark-deliveries.ts';

function verify(delivery: Pick<DeliveryToVerify, 'rawBody' | 'headers'>, settings: Partial<DeliveryToVerify> = {}) {
  return verifyDelivery({ ...delivery, nowSeconds: NOW_SECONDS, ...settings });
}

function signed(rawBody: Buffer, encryptKey = ENCRYPT_KEY): Delivery {
  const timestamp = String(NOW_SECONDS);
  const nonce = 'n-42';
  return {
    rawBody,
    headers: {
      'x-lark-request-timestamp': timestamp,
      'x-lark-request-nonce': nonce,
      'x-lark-signature': computeLarkSignature(timestamp, nonce, encryptKey, rawBody),
    },
  };
}

describe('verifyDelivery without LARK_ENCRYPT_KEY', () => {
  it('accepts a plain event and hands back its envelope', () => {
    const envelope = messageEnvelope('全部正常');
    expect(verify(plainDelivery(envelope))).toEqual({ ok: true, kind: 'event', envelope });
  });

  it('answers a plain url_verification with its challenge', () => {
    expect(verify(plainDelivery(urlVerification()))).toEqual({
      ok: true,
      kind: 'url_verification',
      challenge: 'ajls384kdjx98XX',
    });
  });

  it('refuses a body that is not JSON with 400', () => {
    const result = verify({ rawBody: Buffer.from('challenge=abc'), headers: {} });
    expect(result).toMatchObject({ ok: false, status: 400, code: 'invalid_json' });
  });

  it('refuses JSON that is not an object with 400', () => {
    expect(verify(plainDelivery([1, 2]))).toMatchObject({ ok: false, status: 400, code: 'not_an_object' });
    expect(verify(plainDelivery(null))).toMatchObject({ ok: false, status: 400, code: 'not_an_object' });
  });

  it('refuses an encrypted delivery with 400, telling the operator that LARK_ENCRYPT_KEY is unset', () => {
    const result = verify(encryptedDelivery(messageEnvelope('全部正常')));
    expect(result).toMatchObject({ ok: false, status: 400, code: 'encrypt_key_unset' });
    expect(result.ok === false && result.reason).toContain('LARK_ENCRYPT_KEY');
  });

  it('treats an empty LARK_ENCRYPT_KEY as unset', () => {
    const envelope = messageEnvelope('全部正常');
    expect(verify(plainDelivery(envelope), { encryptKey: '' })).toEqual({ ok: true, kind: 'event', envelope });
  });
});

describe('verifyDelivery with LARK_VERIFICATION_TOKEN', () => {
  it('accepts an event whose header.token matches', () => {
    const result = verify(plainDelivery(messageEnvelope('全部正常')), { verificationToken: VERIFICATION_TOKEN });
    expect(result).toMatchObject({ ok: true, kind: 'event' });
  });

  it('refuses an event whose header.token differs with 401, naming LARK_VERIFICATION_TOKEN', () => {
    const result = verify(plainDelivery(messageEnvelope('全部正常', { token: 'forged' })), {
      verificationToken: VERIFICATION_TOKEN,
    });
    expect(result).toMatchObject({ ok: false, status: 401, code: 'token_mismatch' });
    expect(result.ok === false && result.reason).toContain('LARK_VERIFICATION_TOKEN');
  });

  it('refuses an event that carries no token at all with 401', () => {
    const envelope = messageEnvelope('全部正常');
    delete (envelope.header as Record<string, unknown>).token;
    expect(verify(plainDelivery(envelope), { verificationToken: VERIFICATION_TOKEN })).toMatchObject({
      ok: false,
      status: 401,
      code: 'token_mismatch',
    });
  });

  it('checks the header token of a card callback, not the card’s own c-… update token', () => {
    const envelope = cardActionEnvelope({ tag: 'button', value: { action: 'all_ok' } });
    expect(verify(plainDelivery(envelope), { verificationToken: VERIFICATION_TOKEN })).toMatchObject({ ok: true });
    const forged = cardActionEnvelope({ tag: 'button', value: { action: 'all_ok' } }, 'c-295ee57216a5dc9de90fefd0aadb4b1d7d6c8b');
    expect(verify(plainDelivery(forged), { verificationToken: VERIFICATION_TOKEN })).toMatchObject({
      ok: false,
      code: 'token_mismatch',
    });
  });

  it('checks the top-level token of a url_verification', () => {
    expect(verify(plainDelivery(urlVerification()), { verificationToken: VERIFICATION_TOKEN })).toMatchObject({
      ok: true,
      kind: 'url_verification',
    });
    expect(verify(plainDelivery(urlVerification('other')), { verificationToken: VERIFICATION_TOKEN })).toMatchObject({
      ok: false,
      status: 401,
      code: 'token_mismatch',
    });
  });

  it('refuses a url_verification without a challenge with 400', () => {
    expect(verify(plainDelivery({ type: 'url_verification', token: VERIFICATION_TOKEN }))).toMatchObject({
      ok: false,
      status: 400,
      code: 'invalid_challenge',
    });
  });
});

describe('verifyDelivery with LARK_ENCRYPT_KEY', () => {
  const withKey = { encryptKey: ENCRYPT_KEY, verificationToken: VERIFICATION_TOKEN };

  it('accepts a signed, encrypted event and hands back the decrypted envelope', () => {
    const envelope = messageEnvelope('异常 3 灭火器过期');
    expect(verify(encryptedDelivery(envelope), withKey)).toEqual({ ok: true, kind: 'event', envelope });
  });

  it('accepts an encrypted url_verification that Lark sends unsigned', () => {
    const result = verify(encryptedDelivery(urlVerification(), { signed: false }), withKey);
    expect(result).toEqual({ ok: true, kind: 'url_verification', challenge: 'ajls384kdjx98XX' });
  });

  it('also accepts the url_verification when it does come signed', () => {
    expect(verify(encryptedDelivery(urlVerification()), withKey)).toMatchObject({ ok: true, kind: 'url_verification' });
  });

  it('refuses an unsigned url_verification whose token differs with 401', () => {
    const result = verify(encryptedDelivery(urlVerification('other'), { signed: false }), withKey);
    expect(result).toMatchObject({ ok: false, status: 401, code: 'token_mismatch' });
  });

  it('refuses a url_verification encrypted with another key with 401, saying the keys differ', () => {
    const result = verify(encryptedDelivery(urlVerification(), { signed: false, encryptKey: 'another key' }), withKey);
    expect(result).toMatchObject({ ok: false, status: 401, code: 'wrong_encrypt_key' });
    expect(result.ok === false && result.reason).toMatch(/LARK_ENCRYPT_KEY.*Encrypt Key 不一致/);
  });

  it('refuses an encrypted event without signature headers with 401, naming the missing headers', () => {
    const result = verify(encryptedDelivery(messageEnvelope('全部正常'), { signed: false }), withKey);
    expect(result).toMatchObject({ ok: false, status: 401, code: 'missing_signature' });
    expect(result.ok === false && result.reason).toContain('X-Lark-Signature');
  });

  it('treats an event with only some of the three headers as unsigned', () => {
    const delivery = encryptedDelivery(messageEnvelope('全部正常'));
    delete delivery.headers['x-lark-request-nonce'];
    const result = verify(delivery, withKey);
    expect(result).toMatchObject({ ok: false, status: 401, code: 'missing_signature' });
    expect(result.ok === false && result.reason).toContain('X-Lark-Request-Nonce');
    expect(result.ok === false && result.reason).not.toContain('X-Lark-Signature');
  });

  it('refuses a delivery whose signature does not match with 401', () => {
    const delivery = encryptedDelivery(messageEnvelope('全部正常'));
    delivery.headers['x-lark-signature'] = 'f'.repeat(64);
    expect(verify(delivery, withKey)).toMatchObject({ ok: false, status: 401, code: 'bad_signature' });
  });

  it('refuses a delivery signed and encrypted with a different Encrypt Key with 401 naming LARK_ENCRYPT_KEY', () => {
    const result = verify(encryptedDelivery(messageEnvelope('全部正常'), { encryptKey: 'console key' }), withKey);
    expect(result).toMatchObject({ ok: false, status: 401, code: 'bad_signature' });
    expect(result.ok === false && result.reason).toContain('LARK_ENCRYPT_KEY');
  });

  it('refuses a body altered after signing, even if it is the same JSON with a space added', () => {
    const delivery = encryptedDelivery(messageEnvelope('全部正常'));
    const respaced = Buffer.from(delivery.rawBody.toString('utf8').replace('":"', '": "'));
    expect(JSON.parse(respaced.toString('utf8'))).toEqual(JSON.parse(delivery.rawBody.toString('utf8')));
    expect(verify({ ...delivery, rawBody: respaced }, withKey)).toMatchObject({ ok: false, code: 'bad_signature' });
  });

  it('accepts a correctly signed body that is not compact JSON (the signature covers the raw bytes)', () => {
    const envelope = messageEnvelope('全部正常');
    const rawBody = Buffer.from(`{ "encrypt" : "${encryptLarkPayload(ENCRYPT_KEY, JSON.stringify(envelope))}" }\n`);
    expect(verify(signed(rawBody), withKey)).toEqual({ ok: true, kind: 'event', envelope });
  });

  it('reads the headers whatever their case, and single-value arrays', () => {
    const delivery = encryptedDelivery(messageEnvelope('全部正常'));
    const headers = {
      'X-Lark-Request-Timestamp': delivery.headers['x-lark-request-timestamp'],
      'X-Lark-Request-Nonce': [delivery.headers['x-lark-request-nonce'] ?? ''],
      'X-Lark-Signature': delivery.headers['x-lark-signature'],
    };
    expect(verify({ rawBody: delivery.rawBody, headers }, withKey)).toMatchObject({ ok: true, kind: 'event' });
  });

  it('refuses a plain body with 401 when an Encrypt Key is set, even a url_verification', () => {
    const result = verify(plainDelivery(messageEnvelope('全部正常')), withKey);
    expect(result).toMatchObject({ ok: false, status: 401, code: 'not_encrypted' });
    expect(result.ok === false && result.reason).toContain('LARK_ENCRYPT_KEY');
    expect(verify(plainDelivery(urlVerification()), withKey)).toMatchObject({ ok: false, code: 'not_encrypted' });
  });

  it('refuses an encrypt field that is not Lark ciphertext with 400', () => {
    expect(verify(signed(Buffer.from('{"encrypt":42}')), withKey)).toMatchObject({
      ok: false,
      status: 400,
      code: 'malformed_encrypt',
    });
    expect(verify(signed(Buffer.from('{"encrypt":"abc"}')), withKey)).toMatchObject({
      ok: false,
      status: 400,
      code: 'malformed_encrypt',
    });
  });

  it('still checks the Verification Token inside a correctly signed delivery', () => {
    const result = verify(encryptedDelivery(messageEnvelope('全部正常', { token: 'forged' })), withKey);
    expect(result).toMatchObject({ ok: false, status: 401, code: 'token_mismatch' });
  });
});

describe('verifyDelivery and the delivery timestamp', () => {
  const withKey = { encryptKey: ENCRYPT_KEY };
  const sixHoursAgo = String(NOW_SECONDS - 6 * 3600);

  it('accepts an old timestamp by default, since a redelivery may arrive hours later', () => {
    const delivery = encryptedDelivery(messageEnvelope('全部正常'), { timestamp: sixHoursAgo });
    expect(verify(delivery, withKey)).toMatchObject({ ok: true, kind: 'event' });
  });

  it('refuses a timestamp outside maxSkewSeconds with 401 when a window is given', () => {
    const delivery = encryptedDelivery(messageEnvelope('全部正常'), { timestamp: sixHoursAgo });
    const result = verify(delivery, { ...withKey, maxSkewSeconds: 300 });
    expect(result).toMatchObject({ ok: false, status: 401, code: 'timestamp_out_of_range' });
  });

  it('accepts a timestamp inside maxSkewSeconds, before or after now', () => {
    const before = encryptedDelivery(messageEnvelope('全部正常'), { timestamp: String(NOW_SECONDS - 299) });
    const after = encryptedDelivery(messageEnvelope('全部正常'), { timestamp: String(NOW_SECONDS + 299) });
    expect(verify(before, { ...withKey, maxSkewSeconds: 300 })).toMatchObject({ ok: true });
    expect(verify(after, { ...withKey, maxSkewSeconds: 300 })).toMatchObject({ ok: true });
  });

  it('refuses a timestamp that is not a number of seconds when a window is given', () => {
    const delivery = encryptedDelivery(messageEnvelope('全部正常'), { timestamp: 'yesterday' });
    expect(verify(delivery, { ...withKey, maxSkewSeconds: 300 })).toMatchObject({
      ok: false,
      code: 'timestamp_out_of_range',
    });
  });
});
