import type { ChatWord } from '../chat-words.ts';
import { asciiDigits, hasWords, trimSeparators } from './text-reading.ts';

/** 建议, 否决 and their answers 采纳, 驳回. */

export function parseFreeText(word: '建议' | '否决', afterWord: string): ChatWord {
  const text = trimSeparators(afterWord);
  if (!hasWords(text)) {
    const example = word === '建议' ? '建议 增加来料抽检频次' : '否决 第二批电源适配器温升超标，建议停止销售';
    return { kind: 'invalid', word, problem: `请在「${word}」后写明内容，例如：${example}` };
  }
  return word === '建议' ? { kind: 'suggestion', text } : { kind: 'veto', text };
}

const PROPOSAL_ID = /^(?:第\s*)?[#＃]?\s*([A-Za-z0-9０-９]+(?:-[A-Za-z0-9０-９]+)*)\s*号?/;

export function parseAnswer(word: '采纳' | '驳回', afterWord: string): ChatWord {
  const example = word === '采纳' ? '采纳 3 本周内召回该批次' : '驳回 3 经第三方检测该批次合格';
  const match = PROPOSAL_ID.exec(afterWord);
  if (!match) return { kind: 'invalid', word, problem: `请写明建议或否决的编号，例如：${example}` };
  const proposalId = asciiDigits(match[1] ?? '');
  const text = trimSeparators(afterWord.slice(match[0].length));
  if (!hasWords(text)) {
    const missing = word === '采纳' ? '将采取的措施' : '驳回的理由';
    return { kind: 'invalid', word, problem: `请写明${missing}，例如：${example}` };
  }
  return word === '采纳' ? { kind: 'adopt', proposalId, action: text } : { kind: 'reject', proposalId, reason: text };
}
