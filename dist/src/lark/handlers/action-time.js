const allowedClockSkewMs = 5 * 60_000;
/**
 * When the person acted, as Lark stamped it: a delivery retried hours later still belongs to the moment (and the
 * day) it was made. A stamp from the future is not believed.
 */
export function actionTime(stampedMilliseconds, now) {
    if (stampedMilliseconds === undefined || !Number.isFinite(stampedMilliseconds) || stampedMilliseconds <= 0)
        return now;
    return stampedMilliseconds > now.getTime() + allowedClockSkewMs ? now : new Date(stampedMilliseconds);
}
//# sourceMappingURL=action-time.js.map