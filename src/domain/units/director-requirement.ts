import type { Licence } from './licence.ts';
import type { UnitSize } from './unit-grade.ts';
import { UNIT_SIZE_LABELS } from './unit-grade.ts';
import { isSeller, type UnitKind } from './unit-kind.ts';

export interface DirectorRequirement {
  required: boolean;
  /** Why a director is required (one line per matching case of Art. 5), or why not. */
  reasons: string[];
}

export interface DirectorRequirementInput {
  licences: readonly Licence[];
  size: UnitSize;
  /** Only changes the wording: the cases are the same for producers and sellers (see below). */
  kind?: UnitKind;
}

/**
 * Art. 5 of both rules lists the same three cases; for sellers they are worded by what the unit sells.
 * Order 76 Art. 5 as published, echoed by its Q&A (seed 001):
 *   （一）销售工业产品生产许可证管理产品的单位；
 *   （二）销售强制性产品认证管理产品的单位；
 *   （三）其他涉及人身健康和生命财产安全并有强制性国家标准要求的工业产品大中型销售单位。
 * So a small seller of CCC goods needs a director just as a small CCC producer does; size only matters when
 * neither licence applies. Every unit the bot manages is in the rules' scope (Art. 2), so case (3) reduces to
 * "large or medium".
 */
export function isDirectorRequired(input: DirectorRequirementInput): DirectorRequirement {
  const seller = input.kind !== undefined && isSeller(input.kind);
  const reasons: string[] = [];
  if (input.licences.includes('production-licence')) {
    reasons.push(
      seller
        ? '销售工业产品生产许可证管理的产品的单位，应当配备质量安全总监（第五条第一项）'
        : '实施工业产品生产许可证管理的产品生产单位，应当配备质量安全总监（第五条第一项）',
    );
  }
  if (input.licences.includes('ccc')) {
    reasons.push(
      seller
        ? '销售强制性产品认证管理的产品的单位，应当配备质量安全总监（第五条第二项）'
        : '实施强制性产品认证管理的产品生产单位，应当配备质量安全总监（第五条第二项）',
    );
  }
  if (input.size === 'large' || input.size === 'medium') {
    const sizeName = UNIT_SIZE_LABELS[input.size];
    reasons.push(
      seller
        ? `${sizeName}销售单位（大中型销售单位），应当配备质量安全总监（第五条第三项）`
        : `${sizeName}生产单位（大中型生产单位），应当配备质量安全总监（第五条第三项）`,
    );
  }
  if (reasons.length > 0) return { required: true, reasons };
  return {
    required: false,
    reasons: [
      `${UNIT_SIZE_LABELS[input.size]}单位，且不涉及生产许可证或强制性产品认证管理的产品，` +
        '不属于第五条必须配备质量安全总监的情形；仍须配备质量安全员',
    ],
  };
}
