import { describe, expect, it } from 'vitest';
import { isDirectorRequired } from '../../../src/domain/units/director-requirement.ts';

describe('isDirectorRequired', () => {
  it('does not require a director of a small producer outside licence and CCC management', () => {
    const requirement = isDirectorRequired({ licences: [], size: 'small', kind: 'producer' });
    expect(requirement.required).toBe(false);
    expect(requirement.reasons[0]).toContain('不属于第五条必须配备质量安全总监的情形');
  });

  it('requires a director of a micro producer under production licence, citing Art. 5 (1)', () => {
    const requirement = isDirectorRequired({ licences: ['production-licence'], size: 'micro', kind: 'producer' });
    expect(requirement).toEqual({
      required: true,
      reasons: ['实施工业产品生产许可证管理的产品生产单位，应当配备质量安全总监（第五条第一项）'],
    });
  });

  it('requires a director of a micro retailer selling CCC goods, worded as the sellers’ rule words it', () => {
    const requirement = isDirectorRequired({ licences: ['ccc'], size: 'micro', kind: 'retailer' });
    expect(requirement.required).toBe(true);
    expect(requirement.reasons).toEqual(['销售强制性产品认证管理的产品的单位，应当配备质量安全总监（第五条第二项）']);
  });

  it('requires a director of a medium wholesaler without licensed goods (Art. 5 (3))', () => {
    const requirement = isDirectorRequired({ licences: [], size: 'medium', kind: 'wholesaler' });
    expect(requirement.required).toBe(true);
    expect(requirement.reasons).toEqual(['中型销售单位（大中型销售单位），应当配备质量安全总监（第五条第三项）']);
  });

  it('gives every matching case when several apply', () => {
    const requirement = isDirectorRequired({ licences: ['production-licence', 'ccc'], size: 'large', kind: 'producer' });
    expect(requirement.reasons).toHaveLength(3);
    expect(requirement.reasons[2]).toContain('大型生产单位');
  });

  it('does not require a director of a small seller of unlicensed goods', () => {
    expect(isDirectorRequired({ licences: [], size: 'small', kind: 'retailer' }).required).toBe(false);
  });
});
