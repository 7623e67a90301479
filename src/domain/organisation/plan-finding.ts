/**
 * A problem found in an organisation file or a checklist before anything is stored: `code` is stable (tests assert
 * it), `message` is the Simplified Chinese sentence the operator reads in the import report, `details` carries the
 * path into the file so the command line can point at the YAML line.
 */
export class PlanFinding extends Error {
  readonly code: string;
  readonly details?: Record<string, unknown>;

  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'PlanFinding';
    this.code = code;
    if (details !== undefined) this.details = details;
  }
}

export function planFinding(code: string, message: string, details?: Record<string, unknown>): PlanFinding {
  return new PlanFinding(code, message, details);
}
