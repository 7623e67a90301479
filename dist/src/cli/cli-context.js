/** A refusal the person running the command can fix; printed without a stack trace. */
export class CommandError extends Error {
    exitCode;
    constructor(message, exitCode = 1) {
        super(message);
        this.exitCode = exitCode;
        this.name = 'CommandError';
    }
}
//# sourceMappingURL=cli-context.js.map