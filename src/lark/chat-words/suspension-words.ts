import type { ChatWord } from '../chat-words.ts';
import { hasWords, takeDateRange, trimSeparators } from './text-reading.ts';

/** 停产 / 停业: a suspension declared in chat. */

const SUSPENSION_EXAMPLE = '停产 2026-12-10 2026-12-15 设备检修';

export function parseSuspension(word: '停产' | '停业', afterWord: string): ChatWord {
  const period = takeDateRange(afterWord);
  if (period.kind === 'no-start') return { kind: 'invalid', word, problem: `请写明开始日期、结束日期和原因，例如：${SUSPENSION_EXAMPLE}` };
  if (period.kind === 'no-end') return { kind: 'invalid', word, problem: `请写明结束日期（只停一天就写两次同一日期），例如：${SUSPENSION_EXAMPLE}` };
  if (period.kind === 'no-such-date') return { kind: 'invalid', word, problem: `日期 ${period.date} 不存在，例如：${SUSPENSION_EXAMPLE}` };
  const reason = trimSeparators(period.rest);
  if (!hasWords(reason)) return { kind: 'invalid', word, problem: `请写明停产停业的原因，它会记入检查记录，例如：${SUSPENSION_EXAMPLE}` };
  return { kind: 'suspension', startDate: period.startDate, endDate: period.endDate, reason };
}
