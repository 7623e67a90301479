export const UNIT_KINDS = ['producer', 'wholesaler', 'retailer'];
export const UNIT_KIND_LABELS = {
    producer: '生产单位',
    wholesaler: '批发单位',
    retailer: '零售单位',
};
/** Wholesalers and retailers fall under Order 76 (销售单位); producers under Order 75. */
export function isSeller(kind) {
    return kind !== 'producer';
}
//# sourceMappingURL=unit-kind.js.map