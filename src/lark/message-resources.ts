import type { MessageResourceFailure, MessageResources } from '../ports/evidence.ts';
import { MessengerError } from './messenger-error.ts';
import type { LarkMessenger } from './messenger.ts';

// LARK.md "Message resources": 234043 a resource inside a card or merged-forward message; 234003/234004 key and
// message do not match or the resource is gone; 234037 over the 100 MB limit.
const IN_CARD_OR_FORWARD = new Set([234043]);
const NOT_FOUND = new Set([234003, 234004, 234001]);
const TOO_LARGE = new Set([234037]);

function failureOf(error: MessengerError): MessageResourceFailure {
  const code = error.larkCode;
  if (code !== undefined && IN_CARD_OR_FORWARD.has(code)) return 'in-card-or-forward';
  if (code !== undefined && TOO_LARGE.has(code)) return 'too-large';
  if (code !== undefined && NOT_FOUND.has(code)) return 'not-found';
  return 'unavailable';
}

/** Photos and files people send, downloaded through the SDK; what Lark refuses is said as what the person can do. */
export function larkMessageResources(messenger: Pick<LarkMessenger, 'downloadMessageResource'>): MessageResources {
  return {
    async fetch(input) {
      try {
        return { ok: true, ...(await messenger.downloadMessageResource(input)) };
      } catch (error) {
        if (error instanceof MessengerError) return { ok: false, failure: failureOf(error) };
        throw error;
      }
    },
  };
}
