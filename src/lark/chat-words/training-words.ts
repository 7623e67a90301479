import { isLocalDate } from '../../domain/calendar/local-time.ts';
import type { ChatWord } from '../chat-words.ts';
import { asciiDigits, hasWords, labelledParts, takeDate, trimSeparators } from './text-reading.ts';

/** 培训, 考核, 抽查考核: training and assessment recorded in chat. */

const TRAINING_EXAMPLE = '培训 2026-11-10 4 产品质量法和强制性国家标准 内容：销售者的产品质量责任 授课：周老师 参加：李四、王五';
const TRAINING_LABELS = /(参加人员|参训人员|参加|授课人|授课|讲师|培训内容|内容)\s*[:：]/g;
const HOURS = /^(\d+(?:[.．]\d+)?)\s*(?:个)?(?:学时|课时|小时|h(?![a-z]))?/i;

function trainingLabel(written: string): 'attendees' | 'trainer' | 'content' {
  if (written.startsWith('参')) return 'attendees';
  return written.includes('内容') ? 'content' : 'trainer';
}

export function parseTraining(afterWord: string): ChatWord {
  const date = takeDate(afterWord);
  if (!date) return { kind: 'invalid', word: '培训', problem: `请写明培训日期、学时、主题和参加人员，例如：${TRAINING_EXAMPLE}` };
  if (!isLocalDate(date.date)) return { kind: 'invalid', word: '培训', problem: `日期 ${date.date} 不存在，请写明培训的真实日期，例如：${TRAINING_EXAMPLE}` };
  const hours = HOURS.exec(date.rest);
  if (!hours) return { kind: 'invalid', word: '培训', problem: `请在日期后写明学时数（如 4 或 1.5），例如：${TRAINING_EXAMPLE}` };
  const hoursValue = Number((hours[1] ?? '').replace('．', '.'));
  if (hoursValue <= 0) return { kind: 'invalid', word: '培训', problem: `学时应大于 0，例如：${TRAINING_EXAMPLE}` };
  const { lead: subject, parts } = labelledParts(date.rest.slice(hours[0].length), TRAINING_LABELS, trainingLabel);
  if (!hasWords(subject)) return { kind: 'invalid', word: '培训', problem: `请在学时后写明培训主题，例如：${TRAINING_EXAMPLE}` };
  const attendees = [...new Set((parts.get('attendees') ?? '').split(/[、，,；;\s]+/).filter(hasWords))];
  if (attendees.length === 0) return { kind: 'invalid', word: '培训', problem: `请在「参加：」后写明参加培训的人员，以「、」分隔，例如：${TRAINING_EXAMPLE}` };
  return { kind: 'training-session', date: date.date, hours: hoursValue, subject, content: parts.get('content') ?? '', trainer: parts.get('trainer') ?? '', attendees };
}

const ASSESSMENT_EXAMPLES = {
  考核: '考核 王五 2026-11-12 合格 92分 考核人：李四',
  抽查考核: '抽查考核 王五 2026-11-20 不合格 考核机关：市市场监督管理局 整改：重新培训并复核出厂检验记录 整改日期：2026-11-22',
} as const;
const ASSESSMENT_LABELS = { 考核: /(考核人)\s*[:：]/g, 抽查考核: /(考核机关|考核单位|考核人|整改措施|整改日期|整改)\s*[:：]/g } as const;
const RESULT = /^(不合格|未通过|合格|通过)/;
const SCORE = /^(\d+(?:[.．]\d+)?)\s*分?/;
const DATE_ANYWHERE = /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?/;

function assessmentLabel(written: string): 'assessor' | 'rectified-on' | 'rectification' {
  if (written.startsWith('考核')) return 'assessor';
  return written === '整改日期' ? 'rectified-on' : 'rectification';
}

/** The person comes before the date (考核 王五 2026-11-12 合格), or right after it (考核 2026-11-12 王五 合格). */
export function parseAssessment(word: '考核' | '抽查考核', afterWord: string): ChatWord {
  const example = ASSESSMENT_EXAMPLES[word];
  const text = asciiDigits(afterWord);
  const dateMatch = DATE_ANYWHERE.exec(text);
  if (!dateMatch) return { kind: 'invalid', word, problem: `请写明被考核人、考核日期和结果，例如：${example}` };
  const date = takeDate(dateMatch[0])!.date;
  if (!isLocalDate(date)) return { kind: 'invalid', word, problem: `日期 ${date} 不存在，请写明考核的真实日期，例如：${example}` };
  let personName = trimSeparators(text.slice(0, dateMatch.index));
  let rest = trimSeparators(text.slice(dateMatch.index + dateMatch[0].length));
  if (!hasWords(personName)) {
    personName = /^[^\s:：,，、]*?(?=不合格|未通过|合格|通过|[\s:：,，、]|$)/.exec(rest)?.[0] ?? '';
    rest = trimSeparators(rest.slice(personName.length));
  }
  if (!hasWords(personName)) return { kind: 'invalid', word, problem: `请写明被考核人的姓名，例如：${example}` };
  const result = RESULT.exec(rest);
  if (!result) return { kind: 'invalid', word, problem: `请写明考核结果「合格」或「不合格」，例如：${example}` };
  rest = trimSeparators(rest.slice(result[0].length));
  const score = SCORE.exec(rest);
  if (score) rest = trimSeparators(rest.slice(score[0].length));
  const { lead, parts } = labelledParts(rest, ASSESSMENT_LABELS[word], assessmentLabel);
  if (hasWords(lead)) {
    const labels = word === '考核' ? '「考核人：」' : '「考核机关：」「整改：」「整改日期：」';
    return { kind: 'invalid', word, problem: `没有看懂「${lead}」：结果和分数之后的内容请用${labels}标明，例如：${example}` };
  }
  const rectifiedOnText = parts.get('rectified-on');
  const rectifiedOn = rectifiedOnText === undefined ? undefined : takeDate(rectifiedOnText)?.date;
  if (rectifiedOnText !== undefined && (rectifiedOn === undefined || !isLocalDate(rectifiedOn))) {
    return { kind: 'invalid', word, problem: `整改日期「${rectifiedOnText}」不是有效的日期，例如：${example}` };
  }
  const rectificationText = parts.get('rectification');
  if (rectifiedOn !== undefined && !hasWords(rectificationText ?? '')) return { kind: 'invalid', word, problem: `请在「整改：」后写明采取的整改措施，例如：${example}` };
  const passed = result[1] === '合格' || result[1] === '通过';
  return {
    kind: 'assessment',
    assessmentKind: word === '考核' ? 'assessment' : 'spot-check',
    personName,
    date,
    passed,
    ...(score ? { score: Number((score[1] ?? '').replace('．', '.')) } : {}),
    assessor: parts.get('assessor') ?? '',
    ...(rectificationText === undefined ? {} : { rectification: { text: rectificationText, ...(rectifiedOn === undefined ? {} : { on: rectifiedOn }) } }),
  };
}
