/** A refusal that still carries its sentence; features move to typed refusals (domain-error.ts) one by one. */
export class WordedRefusal extends Error {
  readonly code: string;
  readonly details?: Record<string, unknown>;

  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'WordedRefusal';
    this.code = code;
    if (details !== undefined) this.details = details;
  }
}
