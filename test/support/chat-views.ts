import { cardToText } from '../../src/lark/card-to-text.ts';
import type { LarkStandIn } from '../../lark-stand-in/lark-stand-in.ts';

/** What a person sees, in words: every card as text (after its updates) and every text message. */
export function seenBy(standIn: LarkStandIn, openId: string): { cards: string[]; texts: string[] } {
  return { cards: standIn.cardsTo(openId).map((card) => cardToText(card)), texts: standIn.textsTo(openId) };
}

/** The latest card of a person whose text contains `marker`, with its message id, for pressing its buttons. */
export function latestCard(standIn: LarkStandIn, openId: string, marker: string): { messageId: string; card: unknown; text: string } {
  const found = standIn
    .messagesTo(openId)
    .filter((message) => message.msgType === 'interactive')
    .map((message) => ({ messageId: message.messageId, card: message.current, text: cardToText(message.current) }))
    .filter((entry) => entry.text.includes(marker))
    .at(-1);
  if (!found) throw new Error(`no card containing 「${marker}」 for ${openId}`);
  return found;
}

/** The files a person received in chat, with their names and bytes. */
export function filesTo(standIn: LarkStandIn, openId: string): Array<{ fileName: string; bytes: Buffer }> {
  return standIn
    .messagesTo(openId)
    .filter((message) => message.msgType === 'file')
    .map((message) => {
      const key = (message.content as { file_key: string }).file_key;
      const file = standIn.files.find((candidate) => candidate.fileKey === key);
      if (!file) throw new Error(`file ${key} was never uploaded`);
      return { fileName: file.fileName, bytes: file.bytes };
    });
}
