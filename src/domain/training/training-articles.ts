import { type UnitKind, isSeller } from '../units/unit-kind.ts';

/**
 * Where the unit's own published rule asks for training and assessment: Order 75 for producers, Order 76 for sellers.
 * Art. 6 numbers its items differently (Order 75 adds the producer's process knowledge as (三)), Art. 15 is the same.
 */
export interface TrainingArticles {
  order: string;
  /** Art. 6: 参加本单位组织的质量安全管理人员培训并通过考核. */
  competence: string;
  /** Art. 15: training and assessment recorded; no post after a failed assessment; the regulator's spot check. */
  recordKeeping: string;
}

export function trainingArticles(unitKind: UnitKind): TrainingArticles {
  return isSeller(unitKind)
    ? { order: '市场监管总局令第76号', competence: '第六条第三项', recordKeeping: '第十五条' }
    : { order: '市场监管总局令第75号', competence: '第六条第四项', recordKeeping: '第十五条' };
}
