import { isLocalDate } from '../../domain/calendar/local-time.ts';
import { RAISED_HAZARD_SOURCES } from '../../domain/hazards/hazard-source.ts';
import type { ChatWord, CommandWord } from '../chat-words.ts';
import { DATE, LIST_MARKER, asciiDigits, hasWords, takeDate, takeItemNumber, trimSeparators } from './text-reading.ts';

/** The words of the rectification loop and of hazards found elsewhere than on a daily check. */

function hazardNumberOf(word: CommandWord, afterWord: string, example: string): { hazardNumber: number; rest: string } | ChatWord {
  const number = takeItemNumber(afterWord);
  if (!number) return { kind: 'invalid', word, problem: `请写明隐患编号，例如：${example}` };
  return { hazardNumber: number.itemNumber, rest: trimSeparators(number.rest) };
}

export function parseAssignment(afterWord: string): ChatWord {
  const example = '整改 3 王五 2026-12-05';
  const number = hazardNumberOf('整改', afterWord, example);
  if ('kind' in number) return number;
  const parts = number.rest.split(/\s+/).filter(Boolean);
  const dateIndex = parts.findIndex((part) => takeDate(part) !== undefined);
  const ownerName = parts.slice(0, dateIndex === -1 ? parts.length : dateIndex).join('');
  if (!hasWords(ownerName) || dateIndex === -1) {
    return { kind: 'invalid', word: '整改', problem: `请写明整改负责人和期限，例如：${example}` };
  }
  const deadline = takeDate(parts[dateIndex]!)!.date;
  if (!isLocalDate(deadline)) return { kind: 'invalid', word: '整改', problem: `日期 ${deadline} 不存在，请写明真实的整改期限，例如：${example}` };
  return { kind: 'assign-rectification', hazardNumber: number.hazardNumber, ownerName, deadline };
}

export function parseRectified(afterWord: string): ChatWord {
  const example = '已整改 3 已更换灭火器并张贴检查标签';
  const number = hazardNumberOf('已整改', afterWord, example);
  if ('kind' in number) return number;
  if (!hasWords(number.rest)) return { kind: 'invalid', word: '已整改', problem: `请写明整改做了什么，例如：${example}` };
  return { kind: 'rectified', hazardNumber: number.hazardNumber, text: number.rest };
}

export function parseVerification(afterWord: string): ChatWord {
  const example = '验证 3 通过 或 验证 3 不通过 标签仍未更换';
  const number = hazardNumberOf('验证', afterWord, example);
  if ('kind' in number) return number;
  const verdict = /^(不通过|未通过|通过)/.exec(number.rest);
  if (!verdict) return { kind: 'invalid', word: '验证', problem: `请写明验证结果「通过」或「不通过」，例如：${example}` };
  const passed = verdict[1] === '通过';
  const note = trimSeparators(number.rest.slice(verdict[0].length));
  if (!passed && !hasWords(note)) return { kind: 'invalid', word: '验证', problem: `验证不通过时请写明原因，例如：${example}` };
  return { kind: 'verify', hazardNumber: number.hazardNumber, passed, note };
}

export function parseEscalation(afterWord: string): ChatWord {
  const example = '升级 3 需停产更换生产线，超出总监权限';
  const number = hazardNumberOf('升级', afterWord, example);
  if ('kind' in number) return number;
  if (!hasWords(number.rest)) return { kind: 'invalid', word: '升级', problem: `请写明升级的原因，例如：${example}` };
  return { kind: 'escalate', hazardNumber: number.hazardNumber, reason: number.rest };
}

export function parseRaisedHazard(afterWord: string): ChatWord {
  const sources = Object.keys(RAISED_HAZARD_SOURCES);
  const example = '隐患 周排查 成品仓库消防通道堆放杂物';
  const sourceWord = sources.find((word) => afterWord.startsWith(word));
  if (!sourceWord) return { kind: 'invalid', word: '隐患', problem: `请写明隐患的来源（${sources.join('、')}）和描述，例如：${example}` };
  let description = trimSeparators(afterWord.slice(sourceWord.length));
  const serious = /^严重(?![\p{L}\p{N}])/u.test(description);
  if (serious) description = trimSeparators(description.slice(2));
  if (!hasWords(description)) return { kind: 'invalid', word: '隐患', problem: `请写明隐患的描述，例如：${example}` };
  return { kind: 'raise-hazard', source: RAISED_HAZARD_SOURCES[sourceWord]!, description, serious };
}

const INSPECTION_EXAMPLE = '监管检查 2026-11-20 市市场监督管理局：成品仓库灭火器过期；出厂检验记录缺签字';

/** The authority ends at the first colon or line break; the findings follow, one per line or separated by ；. */
export function parseInspection(afterWord: string): ChatWord {
  const date = takeDate(afterWord);
  if (!date) return { kind: 'invalid', word: '监管检查', problem: `请写明检查日期、检查机关和发现的问题，例如：${INSPECTION_EXAMPLE}` };
  if (!isLocalDate(date.date)) return { kind: 'invalid', word: '监管检查', problem: `日期 ${date.date} 不存在，请写明真实的检查日期，例如：${INSPECTION_EXAMPLE}` };
  // Read from the text as typed: a colon straight after the date means the authority was left out.
  const afterDate = asciiDigits(afterWord).slice(DATE.exec(asciiDigits(afterWord))![0].length).replace(/^[ \t]+/, '');
  const boundary = /[:：\n]/.exec(afterDate);
  const authority = trimSeparators(boundary ? afterDate.slice(0, boundary.index) : afterDate);
  if (!hasWords(authority)) return { kind: 'invalid', word: '监管检查', problem: `请写明检查机关，例如：${INSPECTION_EXAMPLE}` };
  const findings = (boundary ? afterDate.slice(boundary.index + 1) : '')
    .split(/[\n；;]/)
    .map((line) => trimSeparators(trimSeparators(line).replace(LIST_MARKER, '')))
    .filter(hasWords);
  if (findings.length === 0) {
    return { kind: 'invalid', word: '监管检查', problem: `请在检查机关后加冒号写明发现的问题，每个问题将登记为一项隐患，例如：${INSPECTION_EXAMPLE}` };
  }
  return { kind: 'regulator-inspection', date: date.date, authority, findings };
}
