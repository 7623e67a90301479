import { isDomainError } from '../../domain/domain-error.ts';
import type { InteractionResult } from '../../use-cases/interaction-result.ts';

/** A refused rule becomes the polite answer the person reads; anything else is a fault and propagates (and is retried). */
export async function runInteraction(work: () => Promise<InteractionResult>): Promise<InteractionResult> {
  try {
    return await work();
  } catch (error) {
    if (isDomainError(error)) return { reply: error.message, tone: 'error' };
    throw error;
  }
}
