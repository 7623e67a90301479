import { answerDailyItemByText } from '../../use-cases/daily-control/answer-daily-item.ts';
import { reportHazardByText } from '../../use-cases/daily-control/report-daily-hazard.ts';
import { startDailyCorrection, submitDailyCheckByText } from '../../use-cases/daily-control/submit-daily-check.ts';
import { showHelp } from '../../use-cases/assistance/show-help.ts';
import { replied, type InteractionResult } from '../../use-cases/interaction-result.ts';
import { type ChatWord, parseChatWords } from '../chat-words.ts';
import type { MessageDelivery } from '../receiver/delivery-schemas.ts';
import { actionTime } from './action-time.ts';
import type { HandlerDependencies } from './handler-dependencies.ts';
import { runInteraction } from './run-interaction.ts';

const notUnderstood = '抱歉，没有听懂。回复「帮助」查看您可以使用的指令。';

function route(dependencies: HandlerDependencies, word: ChatWord, actorOpenId: string, now: Date): Promise<InteractionResult> {
  const { store } = dependencies;
  switch (word.kind) {
    case 'all-normal':
      return submitDailyCheckByText(store, { actorOpenId, mode: 'remaining-normal', now });
    case 'submit':
      return submitDailyCheckByText(store, { actorOpenId, mode: 'as-answered', now });
    case 'hazard':
      return reportHazardByText(store, { actorOpenId, number: word.itemNumber, description: word.description, measures: word.measures ?? '', serious: word.serious, now });
    case 'item':
      return answerDailyItemByText(store, { actorOpenId, number: word.itemNumber, answer: word.answer, now });
    case 'correction':
      return startDailyCorrection(store, { actorOpenId, now });
    case 'help':
      return showHelp(store, { actorOpenId });
    case 'invalid':
      return Promise.resolve(replied(word.problem, 'error'));
    default:
      return Promise.resolve(replied(notUnderstood, 'info'));
  }
}

/** A chat message: parse the words, run the use case, answer in the same chat through the outbox. */
export async function handleMessage(dependencies: HandlerDependencies, delivery: MessageDelivery): Promise<InteractionResult> {
  if (delivery.senderType !== 'user') return replied('', 'info');
  const sentAt = actionTime(delivery.sentAtMilliseconds, dependencies.now());
  const result = delivery.text.trim() === ''
    ? replied('目前只能识别文字消息。回复「帮助」查看可用指令。', 'info')
    : await runInteraction(() => route(dependencies, parseChatWords(delivery.text), delivery.senderOpenId, sentAt));
  await dependencies.store.transaction((transaction) =>
    transaction.outbox.enqueue({ operation: 'send', toOpenId: delivery.senderOpenId, notification: { kind: 'text', text: result.reply } }),
  );
  return result;
}
