/**
 * A problem found in an organisation file or a checklist before anything is stored: `code` is stable (tests assert
 * it), `message` is the Simplified Chinese sentence the operator reads in the import report, `details` carries the
 * path into the file so the command line can point at the YAML line.
 */
export class PlanFinding extends Error {
    code;
    details;
    constructor(code, message, details) {
        super(message);
        this.name = 'PlanFinding';
        this.code = code;
        if (details !== undefined)
            this.details = details;
    }
}
export function planFinding(code, message, details) {
    return new PlanFinding(code, message, details);
}
//# sourceMappingURL=plan-finding.js.map