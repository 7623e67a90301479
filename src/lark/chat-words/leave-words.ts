import type { ChatWord } from '../chat-words.ts';
import { TRAILING_PUNCTUATION, takeDateRange, trimSeparators } from './text-reading.ts';

/** 请假 (an officer's own leave) and 代班 (the director names who checks in their place). */

const LEAVE_EXAMPLE = '请假 2026-12-10 2026-12-12 年假';
const SUBSTITUTE_EXAMPLE = '代班 张三 李四';

export function parseLeave(afterWord: string): ChatWord {
  const period = takeDateRange(afterWord);
  if (period.kind === 'no-start') return { kind: 'invalid', word: '请假', problem: `请写明请假的开始日期和结束日期，原因可写可不写，例如：${LEAVE_EXAMPLE}` };
  if (period.kind === 'no-end') return { kind: 'invalid', word: '请假', problem: `请写明结束日期（只请一天就写两次同一日期），例如：${LEAVE_EXAMPLE}` };
  if (period.kind === 'no-such-date') return { kind: 'invalid', word: '请假', problem: `日期 ${period.date} 不存在，例如：${LEAVE_EXAMPLE}` };
  return { kind: 'leave', startDate: period.startDate, endDate: period.endDate, reason: trimSeparators(period.rest) };
}

export function parseSubstitute(afterWord: string): ChatWord {
  const names = trimSeparators(afterWord.replace(TRAILING_PUNCTUATION, '')).split(/[\s,，、;；:：]+/).filter((name) => name !== '');
  if (names.length !== 2) {
    return { kind: 'invalid', word: '代班', problem: `请依次写请假人和代班人的姓名，例如：${SUBSTITUTE_EXAMPLE}（李四代张三检查）` };
  }
  return { kind: 'substitute', officerName: names[0]!, substituteName: names[1]! };
}
