/**
 * A rule the domain refuses, as a value: `code` is stable (edges branch on it and tests assert it), `message` is
 * the Simplified Chinese sentence a person reads, `details` carries the ids and field the message names so an
 * edge can point at the right place (a YAML line, a card field) without parsing the sentence.
 */
export class DomainError extends Error {
  readonly code: string;
  readonly details?: Record<string, unknown>;

  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    if (details !== undefined) this.details = details;
  }
}

export function domainError(code: string, message: string, details?: Record<string, unknown>): DomainError {
  return new DomainError(code, message, details);
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
