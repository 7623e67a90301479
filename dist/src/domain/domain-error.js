/**
 * A rule refused, as a value. Each feature declares its refusals as a closed map from code to the facts the
 * refusal is about (`interface DailyCheckRefusals { 'daily-check.item-not-found': { number: number; itemCount: number } }`),
 * and only the edges word them: the sentence a person reads depends on where they read it (chat, command line),
 * while the code and its facts are what the rule decided.
 */
export class DomainError extends Error {
    code;
    details;
    constructor(code, details) {
        super(code);
        this.name = 'DomainError';
        this.code = code;
        this.details = details;
    }
}
/** The typed `throw refuse('code', facts)` of one feature: the code must be one of its refusals, with its facts. */
export function refusalsOf() {
    return (code, details) => new DomainError(code, details);
}
export function isDomainError(value) {
    return value instanceof DomainError;
}
//# sourceMappingURL=domain-error.js.map