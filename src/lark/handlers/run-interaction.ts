import { isDomainError } from '../../domain/domain-error.ts';
import { wordRefusal } from '../replies/word-refusal.ts';
import type { ChatAnswer } from './chat-answer.ts';

/** A refused rule becomes the polite answer the person reads; anything else is a fault and propagates (and is retried). */
export async function runInteraction(work: () => Promise<ChatAnswer>): Promise<ChatAnswer> {
  try {
    return await work();
  } catch (error) {
    if (isDomainError(error)) return { reply: wordRefusal(error), tone: 'error' };
    throw error;
  }
}
