/** The words a quality manager reads for each stage of 隐患排查治理. */
export const HAZARD_STATUS_LABELS = {
    reported: '已上报待整改',
    assigned: '整改中',
    rectified: '已整改待验证',
    closed: '已验证关闭',
    escalated: '已上报升级',
};
export function hazardStatusLabel(status) {
    return HAZARD_STATUS_LABELS[status];
}
/** A rectified hazard stays open until someone has verified the rectification: only verification closes it. */
export function isOpenHazard(status) {
    return status !== 'closed';
}
/** Rectification has been carried out, whether or not it has been verified yet. */
export function isRectifiedHazard(status) {
    return status === 'rectified' || status === 'closed';
}
//# sourceMappingURL=hazard-status.js.map