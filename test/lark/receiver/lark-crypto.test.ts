import { describe, expect, it } from 'vitest';
import {
  computeLarkSignature,
  decryptLarkPayload,
  encryptLarkPayload,
  LarkDecryptionError,
} from '../../../src/lark/receiver/lark-crypto.ts';

const FIXED_IV = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');

function decryptionFailure(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof LarkDecryptionError ? error.failure : 'other error';
  }
  return undefined;
}

describe('decryptLarkPayload', () => {
  it('decrypts the official sample from the Feishu documentation', () => {
    expect(decryptLarkPayload('test key', 'P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk=')).toBe('hello world');
  });

  it('reads back a Chinese envelope encrypted the way Lark does', () => {
    const envelope = JSON.stringify({ event: { message: { content: '{"text":"异常 3 灭火器过期"}' } } });
    expect(decryptLarkPayload('控制台里的密钥', encryptLarkPayload('控制台里的密钥', envelope))).toBe(envelope);
  });

  it('reports a different Encrypt Key as wrong-key', () => {
    const encrypt = encryptLarkPayload('the right key', '{"type":"url_verification"}', FIXED_IV);
    expect(decryptionFailure(() => decryptLarkPayload('a wrong key', encrypt))).toBe('wrong-key');
  });

  it('reports text that cannot be Lark ciphertext as malformed rather than as a wrong key', () => {
    expect(decryptionFailure(() => decryptLarkPayload('test key', 'not base64 at all!'))).toBe('malformed');
    expect(decryptionFailure(() => decryptLarkPayload('test key', ''))).toBe('malformed');
    // 16 bytes: an IV with no ciphertext after it.
    expect(decryptionFailure(() => decryptLarkPayload('test key', FIXED_IV.toString('base64')))).toBe('malformed');
    // 16 + 10 bytes: not a whole number of AES blocks.
    const ragged = Buffer.concat([FIXED_IV, Buffer.alloc(10)]).toString('base64');
    expect(decryptionFailure(() => decryptLarkPayload('test key', ragged))).toBe('malformed');
  });
});

describe('encryptLarkPayload', () => {
  it('puts the IV in front of the ciphertext, so the same IV gives the same bytes', () => {
    const encrypt = encryptLarkPayload('test key', 'hello world', FIXED_IV);
    expect(Buffer.from(encrypt, 'base64').subarray(0, 16)).toEqual(FIXED_IV);
    expect(encryptLarkPayload('test key', 'hello world', FIXED_IV)).toBe(encrypt);
  });

  it('uses a fresh IV each time by default', () => {
    expect(encryptLarkPayload('test key', 'hello world')).not.toBe(encryptLarkPayload('test key', 'hello world'));
  });
});

describe('computeLarkSignature', () => {
  const rawBody = Buffer.from('{"encrypt":"P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk="}');

  it('is the plain sha256 of timestamp, nonce, key and body, in lowercase hex (value computed with Python hashlib)', () => {
    expect(computeLarkSignature('1700000000', 'nonce123', 'test key', rawBody)).toBe(
      '669e3ed5328644f71370e3249f96af0fd17e5ed4d7b178c44f11f7997339e344',
    );
  });

  it('covers the exact bytes: the same JSON with one extra space signs differently', () => {
    const spaced = Buffer.from('{"encrypt": "P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk="}');
    expect(computeLarkSignature('1700000000', 'nonce123', 'test key', spaced)).not.toBe(
      computeLarkSignature('1700000000', 'nonce123', 'test key', rawBody),
    );
  });
});

describe('agreement with the official Node SDK', () => {
  it('what we encrypt, the SDK’s own AESCipher decrypts', async () => {
    const { AESCipher } = await import('@larksuiteoapi/node-sdk');
    const envelope = JSON.stringify({ schema: '2.0', event: { text: '全部正常' } });
    expect(new AESCipher('test key').decrypt(encryptLarkPayload('test key', envelope))).toBe(envelope);
  });
});
