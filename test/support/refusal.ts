import { DomainError } from '../../src/domain/domain-error.ts';

/** The refusal a rule raised, for a test to look at; anything else thrown, or nothing thrown, fails the test. */
export function refusalOf(work: () => unknown): DomainError {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
