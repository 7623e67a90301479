/**
 * For a producer: the unit's products are under production-licence or CCC management (Order 75 Art. 5).
 * For a seller: the unit sells products under that management (Order 76 Art. 5) — the seller holds no licence
 * itself, but the same flag decides whether a director is required.
 */
export const LICENCES = ['production-licence', 'ccc'];
export const LICENCE_LABELS = {
    'production-licence': '工业产品生产许可证',
    ccc: '强制性产品认证（CCC）',
};
//# sourceMappingURL=licence.js.map