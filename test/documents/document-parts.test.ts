import { describe, expect, it } from 'vitest';
import { percent } from '../../src/documents/document-parts.ts';

describe('rates as the documents print them', () => {
  it('one decimal, none for whole numbers', () => {
    expect(percent(6 / 7)).toBe('85.7%');
    expect(percent(1)).toBe('100%');
    expect(percent(0.5)).toBe('50%');
    expect(percent(0)).toBe('0%');
  });

  it('a rate just short of full never shows as 100%', () => {
    expect(percent(1999 / 2000)).toBe('99.9%');
  });
});
