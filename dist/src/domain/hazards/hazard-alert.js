function holding(members, role) {
    return members.filter((member) => member.roles.includes(role));
}
/**
 * Who answers for a unit's quality safety day to day: its directors, or its principal where no director is
 * appointed (Art. 10 lets a hazard be reported to either).
 */
export function unitDeciders(members) {
    const directors = holding(members, 'director');
    return directors.length > 0 ? directors : holding(members, 'principal');
}
/**
 * Who is told of a hazard at once (Art. 10): the director; the principal too when the hazard is serious or the unit
 * has no director. Each person once, however many roles they hold.
 */
export function hazardAlertRecipients(members, serious) {
    const directors = holding(members, 'director');
    const recipients = [...directors, ...(serious || directors.length === 0 ? holding(members, 'principal') : [])];
    return [...new Set(recipients)];
}
//# sourceMappingURL=hazard-alert.js.map