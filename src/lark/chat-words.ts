import { isLocalDate } from '../domain/calendar/local-time.ts';
import { type HazardSource, RAISED_HAZARD_SOURCES } from '../domain/hazards/hazard-source.ts';

/** The words that open a command carrying arguments; an invalid result names which one, so the reply can show its example. */
export type CommandWord =
  | '异常'
  | '正常'
  | '不适用'
  | '导出'
  | '建议'
  | '否决'
  | '采纳'
  | '驳回'
  | '安排'
  | '整改'
  | '已整改'
  | '验证'
  | '升级'
  | '研判'
  | '排查'
  | '周报措施'
  | '排查日期'
  | '参加人员'
  | '会议'
  | '汇报'
  | '总结'
  | '隐患'
  | '监管检查'
  | '停产'
  | '停业'
  | '培训'
  | '考核'
  | '抽查考核';

export type ChatWord =
  | { kind: 'all-normal' }
  | { kind: 'hazard'; itemNumber: number; description: string; measures?: string; serious: boolean }
  | { kind: 'item'; itemNumber: number; answer: 'normal' | 'not-applicable' }
  | { kind: 'submit' }
  | { kind: 'correction' }
  | { kind: 'confirm-weekly' }
  | { kind: 'show-weekly' }
  | { kind: 'confirm-minutes' }
  | { kind: 'show-minutes' }
  /** month is YYYY-MM; without it the reader picks the month (e.g. the current one). */
  | { kind: 'export'; month?: string }
  | { kind: 'help' }
  | { kind: 'suggestion'; text: string }
  | { kind: 'veto'; text: string }
  | { kind: 'adopt'; proposalId: string; action: string }
  | { kind: 'reject'; proposalId: string; reason: string }
  | { kind: 'arrangements'; items: string[] }
  | { kind: 'assign-rectification'; hazardNumber: number; ownerName: string; deadline: string }
  | { kind: 'rectified'; hazardNumber: number; text: string }
  | { kind: 'verify'; hazardNumber: number; passed: boolean; note: string }
  | { kind: 'escalate'; hazardNumber: number; reason: string }
  | { kind: 'show-hazards' }
  /** 登记隐患: the card form for a hazard found elsewhere than on a daily check. */
  | { kind: 'raise-hazard-form' }
  /** 隐患 <来源> <描述>: a hazard found elsewhere than on a daily check. */
  | { kind: 'raise-hazard'; source: Exclude<HazardSource, 'daily-check'>; description: string; serious: boolean }
  /** 监管检查 <日期> <检查机关>：<发现>…: the regulator's inspection, each finding to become a hazard. */
  | { kind: 'regulator-inspection'; date: string; authority: string; findings: string[] }
  /** 停产 / 停业 <开始> <结束> <原因>: a suspension of operations declared by the principal or director. */
  | { kind: 'suspension'; startDate: string; endDate: string; reason: string }
  | { kind: 'my-records' }
  | { kind: 'unit-week' }
  | { kind: 'show-suggestions' }
  /** The director's part of the weekly report, by text: 研判 (analysis), 排查 (investigation findings), 周报措施. */
  /** 会议: the monthly scheduling meeting as it was held, for the pending minutes. */
  | { kind: 'minutes-meeting'; date: string; attendees: string[] }
  /** 确认汇报 (text absent) or 汇报 <内容>: the director confirms the drafted report or gives their own. */
  | { kind: 'director-report'; text?: string }
  /** 总结: the principal's summary of the period in the pending minutes. */
  | { kind: 'minutes-summary'; text: string }
  | { kind: 'weekly-input'; field: 'analysis' | 'findings' | 'measures' | 'participants'; text: string }
  /** 培训: a training session of the director and officers, its attendees by name. */
  | { kind: 'training-session'; date: string; hours: number; subject: string; content: string; trainer: string; attendees: string[] }
  /** 考核 / 抽查考核: the unit's assessment of a director or officer, or the regulator's spot check with its rectification. */
  | {
    kind: 'assessment';
    assessmentKind: 'assessment' | 'spot-check';
    personName: string;
    date: string;
    passed: boolean;
    score?: number;
    assessor: string;
    rectification?: { text: string; on?: string };
  }
  | { kind: 'weekly-investigation-date'; date: string }
  /** A command word was recognised but what follows it is not usable; problem tells the person how to write it. */
  | { kind: 'invalid'; word: CommandWord; problem: string }
  | { kind: 'unknown'; text: string };

const WHOLE_MESSAGE_WORDS: ReadonlyMap<string, ChatWord> = new Map<string, ChatWord>([
  ['全部正常', { kind: 'all-normal' }],
  ['其余正常', { kind: 'all-normal' }],
  ['零风险', { kind: 'all-normal' }],
  ['提交', { kind: 'submit' }],
  ['更正', { kind: 'correction' }],
  ['确认周报', { kind: 'confirm-weekly' }],
  ['周报', { kind: 'show-weekly' }],
  ['确认纪要', { kind: 'confirm-minutes' }],
  ['纪要', { kind: 'show-minutes' }],
  ['确认汇报', { kind: 'director-report' }],
  ['帮助', { kind: 'help' }],
  ['隐患', { kind: 'show-hazards' }],
  ['登记隐患', { kind: 'raise-hazard-form' }],
  ['我的记录', { kind: 'my-records' }],
  ['本周情况', { kind: 'unit-week' }],
  ['我的建议', { kind: 'show-suggestions' }],
  ['建议状态', { kind: 'show-suggestions' }],
  ['help', { kind: 'help' }],
]);

const SPACE_LIKE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
const TRAILING_PUNCTUATION = /[\s。．.！!？?，,、；;~～…\p{Extended_Pictographic}\ufe0f]+$/u;
/** What people put between a word and what follows it: spaces, colons, commas. */
const SEPARATORS = /^[\s:：,，、;；]+/;
const EDGE_SEPARATORS = /^[\s:：,，、;；]+|[\s:：,，、;；]+$/g;

function normalizeSpaces(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(SPACE_LIKE, ' ').trim();
}

function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

function trimSeparators(text: string): string {
  return text.replace(EDGE_SEPARATORS, '');
}

/** “异常 3！” has no description: punctuation alone says nothing. */
function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 一 … 九十九; anything else (三四, 十十) is not a number. */
function chineseNumeralValue(numeral: string): number | undefined {
  const match = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(numeral);
  if (!match) return undefined;
  const [, first, ten, second] = match;
  const firstValue = first === undefined ? undefined : CHINESE_DIGITS[first];
  const secondValue = second === undefined ? undefined : CHINESE_DIGITS[second];
  if (ten === undefined) return secondValue === undefined ? firstValue : undefined;
  return (firstValue ?? 1) * 10 + (secondValue ?? 0);
}

// A bare Chinese numeral counts only with 第 or 项 around it: in “异常 三楼灭火器过期” 三 is not an item number.
// Digits followed by .digit are a decimal (“3.5米”), not an item number.
const ITEM_NUMBER =
  /^(?:第\s*(?:([0-9０-９]+)|([一二两三四五六七八九十]+))\s*[项条号]?|([0-9０-９]+)(?![0-9０-９]|[.．][0-9０-９])\s*[项条号]?|([一二两三四五六七八九十]+)\s*[项条号])/;

function takeItemNumber(text: string): { itemNumber: number; rest: string } | undefined {
  const match = ITEM_NUMBER.exec(text);
  if (!match) return undefined;
  const digits = match[1] ?? match[3];
  const numeral = match[2] ?? match[4];
  const itemNumber = digits !== undefined ? Number(asciiDigits(digits)) : chineseNumeralValue(numeral ?? '');
  if (itemNumber === undefined || itemNumber < 1) return undefined;
  return { itemNumber, rest: text.slice(match[0].length).replace(/^[\s:：,，、;；.．)）-]+/, '') };
}

const SERIOUS_FLAG = /^(?:[【\[(（]\s*严重\s*[】\])）]|严重(?=[\s:：,，、;；]|$))[\s:：,，、;；]*/;

function takeSeriousFlag(text: string): { serious: boolean; rest: string } {
  const match = SERIOUS_FLAG.exec(text);
  return match ? { serious: true, rest: text.slice(match[0].length) } : { serious: false, rest: text };
}

/** “整改措施：” and “已采取措施：” are how people naturally introduce measures; the prefix is not part of the hazard. */
const MEASURES_MARKER = /(?:已采取的?|采取的|整改|处置|处理)?措施\s*[:：]/;

const HAZARD_EXAMPLE = '例如：异常 3 灭火器过期 措施：已下架更换';

function parseHazard(afterWord: string): ChatWord {
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

function parseItemAnswer(word: '正常' | '不适用', afterWord: string): ChatWord {
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

const EXPORT_EXAMPLE = '例如：导出 2026-01 或 导出 2026年1月';

function parseExport(afterWord: string): ChatWord {
  const monthText = asciiDigits(afterWord.replace(TRAILING_PUNCTUATION, '')).replace(/\s+/g, '');
  if (!monthText) return { kind: 'export' };
  const match = /^(\d{4})(?:[-/.年](\d{1,2})月?|(\d{2}))$/.exec(monthText);
  if (!match) return { kind: 'invalid', word: '导出', problem: `请按“年-月”写明要导出的月份，${EXPORT_EXAMPLE}` };
  const year = match[1] ?? '';
  const month = Number(match[2] ?? match[3]);
  if (month < 1 || month > 12) {
    return { kind: 'invalid', word: '导出', problem: `月份应在 1 到 12 之间，${EXPORT_EXAMPLE}` };
  }
  return { kind: 'export', month: `${year}-${String(month).padStart(2, '0')}` };
}

function parseFreeText(word: '建议' | '否决', afterWord: string): ChatWord {
  const text = trimSeparators(afterWord);
  if (!hasWords(text)) {
    const example = word === '建议' ? '建议 增加来料抽检频次' : '否决 第二批电源适配器温升超标，建议停止销售';
    return { kind: 'invalid', word, problem: `请在「${word}」后写明内容，例如：${example}` };
  }
  return word === '建议' ? { kind: 'suggestion', text } : { kind: 'veto', text };
}

const PROPOSAL_ID = /^(?:第\s*)?[#＃]?\s*([A-Za-z0-9０-９]+(?:-[A-Za-z0-9０-９]+)*)\s*号?/;

function parseAnswer(word: '采纳' | '驳回', afterWord: string): ChatWord {
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

// Numbering people add themselves (1. 1、 (1) ① - •) is dropped; “3.15前” is a date, not a number.
const LIST_MARKER = /^(?:[-*•·]|[0-9０-９]+[.．、)）](?![0-9０-９])|[（(][0-9０-９]+[)）]|[①-⑳])\s*/;

function parseArrangements(afterWord: string): ChatWord {
  const items = afterWord
    .split('\n')
    .map((line) => trimSeparators(trimSeparators(line).replace(LIST_MARKER, '')))
    .filter(hasWords);
  if (items.length === 0) {
    return { kind: 'invalid', word: '安排', problem: '请写明下月工作安排，每行一条，例如：\n安排 更换过期灭火器\n组织一次质量安全培训' };
  }
  return { kind: 'arrangements', items };
}

const DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?/;

function takeDate(text: string): { date: string; rest: string } | undefined {
  const match = DATE.exec(asciiDigits(text));
  if (!match) return undefined;
  const date = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return { date, rest: trimSeparators(asciiDigits(text).slice(match[0].length)) };
}

function hazardNumberOf(word: CommandWord, afterWord: string, example: string): { hazardNumber: number; rest: string } | ChatWord {
  const number = takeItemNumber(afterWord);
  if (!number) return { kind: 'invalid', word, problem: `请写明隐患编号，例如：${example}` };
  return { hazardNumber: number.itemNumber, rest: trimSeparators(number.rest) };
}

function parseAssignment(afterWord: string): ChatWord {
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

function parseRectified(afterWord: string): ChatWord {
  const example = '已整改 3 已更换灭火器并张贴检查标签';
  const number = hazardNumberOf('已整改', afterWord, example);
  if ('kind' in number) return number;
  if (!hasWords(number.rest)) return { kind: 'invalid', word: '已整改', problem: `请写明整改做了什么，例如：${example}` };
  return { kind: 'rectified', hazardNumber: number.hazardNumber, text: number.rest };
}

function parseVerification(afterWord: string): ChatWord {
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

function parseEscalation(afterWord: string): ChatWord {
  const example = '升级 3 需停产更换生产线，超出总监权限';
  const number = hazardNumberOf('升级', afterWord, example);
  if ('kind' in number) return number;
  if (!hasWords(number.rest)) return { kind: 'invalid', word: '升级', problem: `请写明升级的原因，例如：${example}` };
  return { kind: 'escalate', hazardNumber: number.hazardNumber, reason: number.rest };
}

function parseInvestigationDate(afterWord: string): ChatWord {
  const date = takeDate(afterWord);
  if (!date) return { kind: 'invalid', word: '排查日期', problem: '请写明排查日期，例如：排查日期 2026-11-06' };
  if (!isLocalDate(date.date)) return { kind: 'invalid', word: '排查日期', problem: `日期 ${date.date} 不存在，请写明真实的排查日期，例如：排查日期 2026-11-06` };
  return { kind: 'weekly-investigation-date', date: date.date };
}

function parseRaisedHazard(afterWord: string): ChatWord {
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
function parseInspection(afterWord: string): ChatWord {
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

const SUSPENSION_EXAMPLE = '停产 2026-12-10 2026-12-15 设备检修';

function parseSuspension(word: '停产' | '停业', afterWord: string): ChatWord {
  const start = takeDate(afterWord);
  if (!start) return { kind: 'invalid', word, problem: `请写明开始日期、结束日期和原因，例如：${SUSPENSION_EXAMPLE}` };
  const end = takeDate(start.rest.replace(/^(?:至|到|~|～|-)\s*/, ''));
  if (!end) return { kind: 'invalid', word, problem: `请写明结束日期（只停一天就写两次同一日期），例如：${SUSPENSION_EXAMPLE}` };
  for (const date of [start.date, end.date]) {
    if (!isLocalDate(date)) return { kind: 'invalid', word, problem: `日期 ${date} 不存在，例如：${SUSPENSION_EXAMPLE}` };
  }
  const reason = trimSeparators(end.rest);
  if (!hasWords(reason)) return { kind: 'invalid', word, problem: `请写明停产停业的原因，它会记入检查记录，例如：${SUSPENSION_EXAMPLE}` };
  return { kind: 'suspension', startDate: start.date, endDate: end.date, reason };
}

function parseMeeting(afterWord: string): ChatWord {
  const example = '会议 2026-11-30 陈建国、刘志强、王芳';
  const date = takeDate(afterWord);
  if (!date) return { kind: 'invalid', word: '会议', problem: `请写明会议日期和参会人员，例如：${example}` };
  if (!isLocalDate(date.date)) return { kind: 'invalid', word: '会议', problem: `日期 ${date.date} 不存在，请写明真实的会议日期，例如：${example}` };
  const attendees = [...new Set(date.rest.split(/[、，,；;\s]+/).map((name) => name.trim()).filter(hasWords))];
  if (attendees.length === 0) return { kind: 'invalid', word: '会议', problem: `请写明参会人员，以「、」分隔，例如：${example}` };
  return { kind: 'minutes-meeting', date: date.date, attendees };
}

function parseMinutesText(word: '汇报' | '总结', afterWord: string): ChatWord {
  const text = trimSeparators(afterWord);
  if (!hasWords(text)) {
    const example = word === '汇报' ? '汇报 本月周排查发现隐患 2 项，均已整改；出厂检验签字缺失需持续关注' : '总结 本月日管控落实到位，出厂检验环节须专项排查';
    return { kind: 'invalid', word, problem: `请在「${word}」后写明内容，例如：${example}` };
  }
  return word === '汇报' ? { kind: 'director-report', text } : { kind: 'minutes-summary', text };
}

function parseWeeklyInput(word: '研判' | '排查' | '周报措施' | '参加人员', field: 'analysis' | 'findings' | 'measures' | 'participants', afterWord: string): ChatWord {
  const text = trimSeparators(afterWord);
  if (!hasWords(text)) return { kind: 'invalid', word, problem: `请在「${word}」后写明内容，例如：${word} 本周隐患集中在仓储环节，需加强巡查` };
  return { kind: 'weekly-input', field, text };
}

/** The labelled parts of a message (“参加：李四、王五 授课：周老师”), each up to the next label; what comes first is unlabelled. */
function labelledParts<Label extends string>(text: string, labels: RegExp, labelOf: (written: string) => Label): { lead: string; parts: Map<Label, string> } {
  const found = [...text.matchAll(labels)];
  const parts = new Map<Label, string>();
  found.forEach((match, position) => {
    const end = found[position + 1]?.index ?? text.length;
    parts.set(labelOf(match[1] ?? ''), trimSeparators(text.slice(match.index + match[0].length, end)));
  });
  return { lead: trimSeparators(text.slice(0, found[0]?.index ?? text.length)), parts };
}

const TRAINING_EXAMPLE = '培训 2026-11-10 4 产品质量法和强制性国家标准 内容：销售者的产品质量责任 授课：周老师 参加：李四、王五';
const TRAINING_LABELS = /(参加人员|参训人员|参加|授课人|授课|讲师|培训内容|内容)\s*[:：]/g;
const HOURS = /^(\d+(?:[.．]\d+)?)\s*(?:个)?(?:学时|课时|小时|h(?![a-z]))?/i;

function trainingLabel(written: string): 'attendees' | 'trainer' | 'content' {
  if (written.startsWith('参')) return 'attendees';
  return written.includes('内容') ? 'content' : 'trainer';
}

function parseTraining(afterWord: string): ChatWord {
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
function parseAssessment(word: '考核' | '抽查考核', afterWord: string): ChatWord {
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

/** Longer words first, so that 不适用 is not read as something else. */
const LEADING_WORDS: ReadonlyArray<[CommandWord, (afterWord: string) => ChatWord]> = [
  ['不适用', (afterWord) => parseItemAnswer('不适用', afterWord)],
  ['异常', parseHazard],
  ['正常', (afterWord) => parseItemAnswer('正常', afterWord)],
  ['导出', parseExport],
  ['建议', (afterWord) => parseFreeText('建议', afterWord)],
  ['否决', (afterWord) => parseFreeText('否决', afterWord)],
  ['采纳', (afterWord) => parseAnswer('采纳', afterWord)],
  ['驳回', (afterWord) => parseAnswer('驳回', afterWord)],
  ['安排', parseArrangements],
  ['已整改', parseRectified],
  ['周报措施', (afterWord) => parseWeeklyInput('周报措施', 'measures', afterWord)],
  ['排查日期', parseInvestigationDate],
  ['参加人员', (afterWord) => parseWeeklyInput('参加人员', 'participants', afterWord)],
  ['整改', parseAssignment],
  ['会议', parseMeeting],
  ['汇报', (afterWord) => parseMinutesText('汇报', afterWord)],
  ['总结', (afterWord) => parseMinutesText('总结', afterWord)],
  ['隐患', parseRaisedHazard],
  ['监管检查', parseInspection],
  ['停产', (afterWord) => parseSuspension('停产', afterWord)],
  ['停业', (afterWord) => parseSuspension('停业', afterWord)],
  ['验证', parseVerification],
  ['升级', parseEscalation],
  ['研判', (afterWord) => parseWeeklyInput('研判', 'analysis', afterWord)],
  ['排查', (afterWord) => parseWeeklyInput('排查', 'findings', afterWord)],
  ['培训', parseTraining],
  ['抽查考核', (afterWord) => parseAssessment('抽查考核', afterWord)],
  ['考核', (afterWord) => parseAssessment('考核', afterWord)],
];

/**
 * Reads what a person typed (mentions already removed) as one command. Tolerates full-width spaces, extra spaces
 * and trailing punctuation, because that is how people type on a phone.
 */
export function parseChatWords(message: string): ChatWord {
  const text = normalizeSpaces(message);
  const spaceless = text.replace(/\s+/g, '');
  if (/^[?？]+$/.test(spaceless)) return { kind: 'help' };

  const whole = WHOLE_MESSAGE_WORDS.get(spaceless.replace(TRAILING_PUNCTUATION, '').toLowerCase());
  if (whole) return { ...whole };

  for (const [word, parse] of LEADING_WORDS) {
    if (text.startsWith(word)) return parse(text.slice(word.length).replace(SEPARATORS, ''));
  }
  return { kind: 'unknown', text };
}
