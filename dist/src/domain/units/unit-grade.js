import { planFinding } from "../organisation/plan-finding.js";
import { UNIT_KIND_LABELS } from "./unit-kind.js";
/** Lower bounds of each size, from 国市监质监发〔2023〕38号 附件1; each size runs up to the next one's bound. */
const LOWER_BOUNDS = {
    producer: {
        large: { staff: 1000, revenueWan: 40000 },
        medium: { staff: 300, revenueWan: 2000 },
        small: { staff: 20, revenueWan: 300 },
    },
    wholesaler: {
        large: { staff: 200, revenueWan: 40000 },
        medium: { staff: 20, revenueWan: 5000 },
        small: { staff: 5, revenueWan: 1000 },
    },
    retailer: {
        large: { staff: 300, revenueWan: 20000 },
        medium: { staff: 50, revenueWan: 500 },
        small: { staff: 10, revenueWan: 100 },
    },
};
const SIZES_LARGEST_FIRST = ['large', 'medium', 'small', 'micro'];
const GRADE_OF_SIZE = {
    large: 'A',
    medium: 'B',
    small: 'C',
    micro: 'D',
};
export const UNIT_SIZE_LABELS = {
    large: '大型',
    medium: '中型',
    small: '小型',
    micro: '微型',
};
const CRITERION_UNITS = {
    staff: { symbol: 'X', name: '从业人员', unit: '人' },
    revenueWan: { symbol: 'Y', name: '营业收入', unit: '万元' },
};
function sizeBy(kind, criterion, value) {
    const bounds = LOWER_BOUNDS[kind];
    if (value >= bounds.large[criterion])
        return 'large';
    if (value >= bounds.medium[criterion])
        return 'medium';
    if (value >= bounds.small[criterion])
        return 'small';
    return 'micro';
}
function rangeText(kind, criterion, size) {
    const { symbol, unit } = CRITERION_UNITS[criterion];
    const bounds = LOWER_BOUNDS[kind];
    switch (size) {
        case 'large':
            return `${symbol} ≥ ${bounds.large[criterion]} ${unit}`;
        case 'medium':
            return `${bounds.medium[criterion]} ${unit} ≤ ${symbol} < ${bounds.large[criterion]} ${unit}`;
        case 'small':
            return `${bounds.small[criterion]} ${unit} ≤ ${symbol} < ${bounds.medium[criterion]} ${unit}`;
        case 'micro':
            return `${symbol} < ${bounds.small[criterion]} ${unit}`;
    }
}
function figureText(criterion, value) {
    const { name, unit } = CRITERION_UNITS[criterion];
    return `${name} ${value} ${unit}`;
}
function isValidFigure(value) {
    return Number.isFinite(value) && value >= 0;
}
/**
 * Grades a unit A/B/C/D by 38号文 附件1. Each criterion gives a size on its own; when they disagree the higher
 * one wins (附件1 说明 3), so a unit is micro only when both staff and revenue are in the micro range.
 * Figures are checked by the organisation file schema; a negative or non-numeric figure here is a caller's bug.
 */
export function gradeUnit(figures) {
    const { kind, staff, revenueWan } = figures;
    if (!isValidFigure(staff) || !isValidFigure(revenueWan)) {
        throw planFinding('UNIT_FIGURES_INVALID', `从业人员和营业收入须为不小于 0 的数字（收到 ${staff}、${revenueWan}）`, {
            staff,
            revenueWan,
        });
    }
    const sizeByStaff = sizeBy(kind, 'staff', staff);
    const sizeByRevenue = sizeBy(kind, 'revenueWan', revenueWan);
    const staffRank = SIZES_LARGEST_FIRST.indexOf(sizeByStaff);
    const revenueRank = SIZES_LARGEST_FIRST.indexOf(sizeByRevenue);
    const size = staffRank <= revenueRank ? sizeByStaff : sizeByRevenue;
    const grade = GRADE_OF_SIZE[size];
    const sizeName = `${UNIT_SIZE_LABELS[size]}${UNIT_KIND_LABELS[kind]}`;
    let reason;
    if (sizeByStaff === sizeByRevenue) {
        reason =
            `${figureText('staff', staff)}（${rangeText(kind, 'staff', size)}）和` +
                `${figureText('revenueWan', revenueWan)}（${rangeText(kind, 'revenueWan', size)}）` +
                `均符合${sizeName}标准，定为 ${grade} 级。`;
    }
    else {
        const deciding = staffRank < revenueRank ? 'staff' : 'revenueWan';
        const other = deciding === 'staff' ? 'revenueWan' : 'staff';
        const otherSize = deciding === 'staff' ? sizeByRevenue : sizeByStaff;
        reason =
            `${figureText(deciding, figures[deciding])}符合${sizeName}标准（${rangeText(kind, deciding, size)}），` +
                `高于${figureText(other, figures[other])}对应的${UNIT_SIZE_LABELS[otherSize]}标准` +
                `（${rangeText(kind, other, otherSize)}），按较高等级定为 ${grade} 级。`;
    }
    return { size, grade, label: UNIT_SIZE_LABELS[size], reason };
}
//# sourceMappingURL=unit-grade.js.map