import { type ChaseMoment, hoursWaiting, isDueForChase } from '../../domain/suggestions/unanswered-chase.ts';
import type { Store } from '../../ports/store.ts';

/**
 * The principal is chased about proposals still unanswered (Art. 4, Art. 16 protect the proposer): a suggestion
 * after a day, each morning; a veto within hours, at every job moment of the day, until it is answered.
 */
export async function remindUnansweredSuggestions(store: Store, input: { unitId: string; date: string; now: Date; moment: ChaseMoment }): Promise<{ reminded: number }> {
  return store.transaction(async (transaction) => {
    // Runs at three of each unit's jobs a day: the unit's people are read only when something is due.
    const due = (await transaction.suggestions.unanswered(input.unitId)).filter((suggestion) => isDueForChase(suggestion, input.moment, input.now));
    if (due.length === 0) return { reminded: 0 };
    const members = await transaction.people.membersOf(input.unitId);
    const principals = members.filter((member) => member.roles.includes('principal'));
    let reminded = 0;
    for (const suggestion of due) {
      if (!(await transaction.jobRuns.claim('suggestion-remind', input.unitId, `${suggestion.id}@${input.date}@${input.moment}`, input.now))) continue;
      const proposer = members.find((member) => member.personId === suggestion.proposerId);
      for (const principal of principals) {
        if (!principal.openId) continue;
        await transaction.outbox.enqueue({
          operation: 'send',
          toOpenId: principal.openId,
          notification: {
            kind: 'suggestion-reminder',
            view: {
              principalName: principal.name,
              proposerName: proposer?.name ?? '',
              number: suggestion.number,
              suggestionKind: suggestion.kind,
              text: suggestion.text,
              waitingHours: hoursWaiting(suggestion.createdAt, input.now),
            },
          },
        });
      }
      reminded += 1;
    }
    return { reminded };
  });
}
