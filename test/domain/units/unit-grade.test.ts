import { describe, expect, it } from 'vitest';
import { PlanFinding } from '../../../src/domain/organisation/plan-finding.ts';
import { gradeUnit, type UnitSize } from '../../../src/domain/units/unit-grade.ts';
import type { UnitKind } from '../../../src/domain/units/unit-kind.ts';

type Boundary = [kind: UnitKind, criterion: 'staff' | 'revenueWan', value: number, size: UnitSize];

// Each lower bound of 38号文 附件1, met exactly and missed by one.
const boundaries: Boundary[] = [
  ['producer', 'staff', 1000, 'large'],
  ['producer', 'staff', 999, 'medium'],
  ['producer', 'staff', 300, 'medium'],
  ['producer', 'staff', 299, 'small'],
  ['producer', 'staff', 20, 'small'],
  ['producer', 'staff', 19, 'micro'],
  ['producer', 'revenueWan', 40000, 'large'],
  ['producer', 'revenueWan', 39999, 'medium'],
  ['producer', 'revenueWan', 2000, 'medium'],
  ['producer', 'revenueWan', 1999, 'small'],
  ['producer', 'revenueWan', 300, 'small'],
  ['producer', 'revenueWan', 299, 'micro'],
  ['wholesaler', 'staff', 200, 'large'],
  ['wholesaler', 'staff', 199, 'medium'],
  ['wholesaler', 'staff', 20, 'medium'],
  ['wholesaler', 'staff', 19, 'small'],
  ['wholesaler', 'staff', 5, 'small'],
  ['wholesaler', 'staff', 4, 'micro'],
  ['wholesaler', 'revenueWan', 40000, 'large'],
  ['wholesaler', 'revenueWan', 39999, 'medium'],
  ['wholesaler', 'revenueWan', 5000, 'medium'],
  ['wholesaler', 'revenueWan', 4999, 'small'],
  ['wholesaler', 'revenueWan', 1000, 'small'],
  ['wholesaler', 'revenueWan', 999, 'micro'],
  ['retailer', 'staff', 300, 'large'],
  ['retailer', 'staff', 299, 'medium'],
  ['retailer', 'staff', 50, 'medium'],
  ['retailer', 'staff', 49, 'small'],
  ['retailer', 'staff', 10, 'small'],
  ['retailer', 'staff', 9, 'micro'],
  ['retailer', 'revenueWan', 20000, 'large'],
  ['retailer', 'revenueWan', 19999.5, 'medium'],
  ['retailer', 'revenueWan', 500, 'medium'],
  ['retailer', 'revenueWan', 499, 'small'],
  ['retailer', 'revenueWan', 100, 'small'],
  ['retailer', 'revenueWan', 99, 'micro'],
];

const gradeOfSize: Record<UnitSize, string> = { large: 'A', medium: 'B', small: 'C', micro: 'D' };
const labelOfSize: Record<UnitSize, string> = { large: '大型', medium: '中型', small: '小型', micro: '微型' };

describe('gradeUnit', () => {
  it.each(boundaries)('a %s with %s = %d is %s', (kind, criterion, value, size) => {
    const figures = { kind, staff: 0, revenueWan: 0, [criterion]: value };
    const grade = gradeUnit(figures);
    expect(grade.size).toBe(size);
    expect(grade.grade).toBe(gradeOfSize[size]);
    expect(grade.label).toBe(labelOfSize[size]);
  });

  it('takes the higher grade when staff and revenue point to different sizes', () => {
    const grade = gradeUnit({ kind: 'producer', staff: 10, revenueWan: 50000 });
    expect(grade.grade).toBe('A');
    expect(grade.reason).toContain('营业收入 50000 万元符合大型生产单位标准');
    expect(grade.reason).toContain('从业人员 10 人对应的微型标准');
    expect(grade.reason).toContain('按较高等级定为 A 级');
  });

  it('names staff as the deciding criterion when staff gives the higher size', () => {
    const grade = gradeUnit({ kind: 'wholesaler', staff: 25, revenueWan: 200 });
    expect(grade.size).toBe('medium');
    expect(grade.reason.startsWith('从业人员 25 人符合中型批发单位标准（20 人 ≤ X < 200 人）')).toBe(true);
  });

  it('says both criteria agree when they do', () => {
    const grade = gradeUnit({ kind: 'retailer', staff: 3, revenueWan: 50 });
    expect(grade).toMatchObject({ size: 'micro', grade: 'D', label: '微型' });
    expect(grade.reason).toBe(
      '从业人员 3 人（X < 10 人）和营业收入 50 万元（Y < 100 万元）均符合微型零售单位标准，定为 D 级。',
    );
  });

  it('refuses negative or non-numeric figures with a coded error', () => {
    expect(() => gradeUnit({ kind: 'producer', staff: -1, revenueWan: 0 })).toThrow(PlanFinding);
    expect(() => gradeUnit({ kind: 'producer', staff: 5, revenueWan: Number.NaN })).toThrow(
      expect.objectContaining({ code: 'UNIT_FIGURES_INVALID' }),
    );
  });
});
