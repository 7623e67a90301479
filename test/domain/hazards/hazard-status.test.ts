import { describe, expect, it } from 'vitest';
import { hazardStatusLabel, isOpenHazard, isRectifiedHazard } from '../../../src/domain/hazards/hazard-status.ts';

describe('hazard status as a quality manager reads it', () => {
  it('each stage has its Chinese name', () => {
    expect(hazardStatusLabel('reported')).toBe('已上报待整改');
    expect(hazardStatusLabel('assigned')).toBe('整改中');
    expect(hazardStatusLabel('rectified')).toBe('已整改待验证');
    expect(hazardStatusLabel('closed')).toBe('已验证关闭');
    expect(hazardStatusLabel('escalated')).toBe('已上报升级');
  });

  it('a hazard stays open until its rectification is verified', () => {
    expect(isOpenHazard('reported')).toBe(true);
    expect(isOpenHazard('assigned')).toBe(true);
    expect(isOpenHazard('escalated')).toBe(true);
    expect(isOpenHazard('rectified')).toBe(true);
    expect(isOpenHazard('closed')).toBe(false);
  });

  it('rectified covers both rectified-awaiting-verification and closed', () => {
    expect(isRectifiedHazard('rectified')).toBe(true);
    expect(isRectifiedHazard('closed')).toBe(true);
    expect(isRectifiedHazard('assigned')).toBe(false);
  });
});
