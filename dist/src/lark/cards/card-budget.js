/**
 * Lark refuses a card over 30 KB. Builders aim at 24 KB, so that the ids, names and numbers a real record brings
 * (longer than a test's) still fit.
 */
export const CARD_BYTE_TARGET = 24 * 1024;
export function cardByteLength(built) {
    return new TextEncoder().encode(JSON.stringify(built)).length;
}
/**
 * Builds the card with each budget in turn, most generous first, and returns the first one within the target,
 * or the one built with the last (smallest) budget.
 */
export function withinByteTarget(budgets, build) {
    let built = build(budgets[0]);
    for (const smallerBudget of budgets.slice(1)) {
        if (cardByteLength(built) <= CARD_BYTE_TARGET)
            break;
        built = build(smallerBudget);
    }
    return built;
}
//# sourceMappingURL=card-budget.js.map