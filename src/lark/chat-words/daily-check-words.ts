import type { ChatWord } from '../chat-words.ts';
import { TRAILING_PUNCTUATION, hasWords, takeItemNumber, trimSeparators } from './text-reading.ts';

/** The officer's words for the daily check: 异常, 正常, 不适用. */

const SERIOUS_FLAG = /^(?:[【\[(（]\s*严重\s*[】\])）]|严重(?=[\s:：,，、;；]|$))[\s:：,，、;；]*/;

function takeSeriousFlag(text: string): { serious: boolean; rest: string } {
  const match = SERIOUS_FLAG.exec(text);
  return match ? { serious: true, rest: text.slice(match[0].length) } : { serious: false, rest: text };
}

/** “整改措施：” and “已采取措施：” are how people naturally introduce measures; the prefix is not part of the hazard. */
const MEASURES_MARKER = /(?:已采取的?|采取的|整改|处置|处理)?措施\s*[:：]/;

const HAZARD_EXAMPLE = '例如：异常 3 灭火器过期 措施：已下架更换';

export function parseHazard(afterWord: string): ChatWord {
  const beforeNumber = takeSeriousFlag(afterWord);
  const number = takeItemNumber(beforeNumber.rest);
  if (!number) {
    return { kind: 'invalid', word: '异常', problem: `请写明是第几项检查项异常，${HAZARD_EXAMPLE}` };
  }
  const afterNumber = takeSeriousFlag(number.rest);
  const marker = MEASURES_MARKER.exec(afterNumber.rest);
  const description = trimSeparators(marker ? afterNumber.rest.slice(0, marker.index) : afterNumber.rest);
  const measures = marker ? trimSeparators(afterNumber.rest.slice(marker.index + marker[0].length)) : '';
  if (!hasWords(description)) {
    return { kind: 'invalid', word: '异常', problem: `请写明第 ${number.itemNumber} 项发现了什么问题，${HAZARD_EXAMPLE}` };
  }
  return {
    kind: 'hazard',
    itemNumber: number.itemNumber,
    description,
    ...(hasWords(measures) ? { measures } : {}),
    serious: beforeNumber.serious || afterNumber.serious,
  };
}

export function parseItemAnswer(word: '正常' | '不适用', afterWord: string): ChatWord {
  const answer = word === '正常' ? 'normal' : 'not-applicable';
  const number = takeItemNumber(afterWord);
  if (!number) {
    const allNormalHint = word === '正常' ? '；全部正常请直接发送「全部正常」' : '';
    return { kind: 'invalid', word, problem: `请写明是第几项，例如：${word} 3${allNormalHint}` };
  }
  const rest = trimSeparators(number.rest.replace(TRAILING_PUNCTUATION, ''));
  if (/^[0-9０-９\s,，、]+$/.test(rest)) {
    return { kind: 'invalid', word, problem: `一次只能标记一项，请逐项发送，例如：${word} ${number.itemNumber}` };
  }
  return { kind: 'item', itemNumber: number.itemNumber, answer };
}
