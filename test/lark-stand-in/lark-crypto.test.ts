import { createHash } from 'node:crypto';
import * as lark from '@larksuiteoapi/node-sdk';
import { describe, expect, it } from 'vitest';
import { decryptLarkPayload, encryptLarkPayload, signLarkRequest } from '../../src/lark-stand-in/lark-crypto.ts';

describe('Lark encryption and signatures', () => {
  it('decrypts the official test vector to "hello world"', () => {
    expect(decryptLarkPayload('test key', 'P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk=')).toBe('hello world');
  });

  it('encrypts the official test vector’s plaintext to the official ciphertext when given the same IV', () => {
    const iv = Buffer.from('P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk=', 'base64').subarray(0, 16);
    expect(encryptLarkPayload('test key', 'hello world', iv)).toBe('P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk=');
  });

  it('produces ciphertext the SDK’s own AESCipher decrypts, with a fresh IV each time', () => {
    const envelope = JSON.stringify({ schema: '2.0', header: { event_type: 'im.message.receive_v1' }, event: { text: '全部正常' } });
    const first = encryptLarkPayload('质安-encrypt-key', envelope);
    const second = encryptLarkPayload('质安-encrypt-key', envelope);
    expect(first).not.toBe(second);
    expect(new lark.AESCipher('质安-encrypt-key').decrypt(first)).toBe(envelope);
  });

  it('signs as sha256 over timestamp, nonce, encrypt key and the raw body, in hex', () => {
    const body = '{"encrypt":"abc"}';
    const expected = createHash('sha256').update(`1700000000nonce-1key${body}`).digest('hex');
    expect(signLarkRequest('1700000000', 'nonce-1', 'key', body)).toBe(expected);
    expect(signLarkRequest('1700000000', 'nonce-1', 'key', Buffer.from(body))).toBe(expected);
  });
});
