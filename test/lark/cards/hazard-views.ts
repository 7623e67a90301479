import type { HazardCardView } from '../../../src/ports/notifications.ts';

/** A hazard card's view as the notifications carry it, reported and not yet acted on, with what a test changes. */
export function hazardView(overrides: Partial<HazardCardView> = {}): HazardCardView {
  return {
    hazardId: 'hazard-7f3a',
    hazardNumber: 12,
    unitName: '华东电器制造有限公司',
    itemNumber: 3,
    itemCode: 'R03',
    itemText: '消防器材是否在有效期内？',
    description: '二号车间灭火器压力表指针在红区',
    measures: '已停用并更换备用灭火器',
    serious: false,
    officerName: '王五',
    reportedAt: '2026-01-05 09:42',
    status: 'reported',
    history: [{ at: '2026-01-05 09:42', actorName: '王五', action: 'reported' }],
    actions: {},
    ...overrides,
  };
}
