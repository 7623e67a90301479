import type { DutyStatementKind } from './archive-snapshot.ts';
import { type UnitKind, isSeller } from '../units/unit-kind.ts';

/**
 * The texts a unit starts from for 《质量安全总监职责》 and 《质量安全员守则》 (Art. 7, 8: the unit drafts them "结合实际细化"),
 * in the rule's own words, turned into the unit's own document. Producers fall under 市场监管总局令第75号 and sellers
 * under 第76号; the two rules have the same articles and differ only where production and selling differ.
 */
interface RuleWording {
  order: string;
  rule: string;
  unit: string;
  /** Art. 8 (二): the processes the officer checks. */
  processes: string;
  /** Art. 7 (五), producers only: the accident plan and its drills. */
  accidentDuty?: string;
  /** Art. 4: when a veto is due. */
  vetoWhen: string;
  /** Art. 8 (四): whose quality-safety file the officer keeps. */
  archive: string;
  /** Art. 4: what a veto proposes to stop. */
  veto: string;
  /** The Q&A's word for a pause in operations. */
  pause: string;
}

const PRODUCER: RuleWording = {
  order: '市场监管总局令第75号',
  rule: '《工业产品生产单位落实质量安全主体责任监督管理规定》',
  unit: '生产单位',
  processes: '原材料进货把关、生产过程控制、产品出厂检验',
  accidentDuty: '组织拟定质量安全事故处置方案，开展应急演练，发生质量安全事故时，立即采取措施，防止事故扩大；',
  vetoWhen: '发现产品存在危及安全的缺陷，或者生产许可证、强制性产品认证证书失效时',
  archive: '本单位产品质量安全档案',
  veto: '停止相应产品生产、销售',
  pause: '停工停产',
};

const SELLER: RuleWording = {
  order: '市场监管总局令第76号',
  rule: '《工业产品销售单位落实质量安全主体责任监督管理规定》',
  unit: '销售单位',
  processes: '销售过程质量控制',
  vetoWhen: '发现产品存在危及安全的缺陷时',
  archive: '本单位销售产品质量安全档案',
  veto: '停止相应产品销售',
  pause: '停业',
};

function wordingFor(unitKind: UnitKind): RuleWording {
  return isSeller(unitKind) ? SELLER : PRODUCER;
}

const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三'];

function numbered(duties: readonly string[]): string[] {
  return duties.map((duty, index) => `${CHINESE_NUMBERS[index] ?? String(index + 1)}、${duty}`);
}

/**
 * Art. 7's duties as published, in its order (a producer's (五) is the accident plan and drills, which a seller's
 * Art. 7 does not have), then what Art. 4, 11, 12 and 15 ask of the director, each naming its article.
 */
function directorDuties(wording: RuleWording): string {
  return [
    `为落实${wording.rule}（${wording.order}）第七条，结合本单位实际，制定本职责。`,
    '质量安全总监按照职责要求直接对本单位主要负责人负责，承担下列职责：',
    ...numbered([
      '组织本单位严格落实工业产品质量安全相关法律法规责任义务及标准要求；',
      '组织制定本单位质量管理制度，建立岗位质量安全规范、质量安全责任以及相应的考核办法并督促落实；',
      '督促指导质量安全员落实岗位职责，检查本单位各岗位质量安全责任制落实情况；',
      '组织制定并督促落实工业产品质量安全风险防控措施，定期开展质量安全自查，组织实施风险分析研判，评估质量安全状况，及时向本单位主要负责人报告质量安全工作情况并提出改进措施，行使质量安全一票否决权并采取处置措施，消除质量安全隐患；',
      ...(wording.accidentDuty === undefined ? [] : [wording.accidentDuty]),
      '对员工组织开展质量安全教育、培训和考核；',
      '接受和配合市场监督管理部门开展的监督检查、缺陷产品召回、事故调查和质量安全追溯等工作，对检查发现的问题积极整改落实；',
      '每周至少组织一次风险隐患排查，根据日管控中发现的问题，分析研判产品质量安全状况，形成《每周工业产品质量安全排查治理报告》（第十一条）；',
      '每月至少向本单位主要负责人汇报一次质量安全管理工作情况（第十二条）；',
      `${wording.vetoWhen}，应当提出${wording.veto}等否决建议（第四条）；`,
      '参加本单位组织的法律法规、标准和专业知识培训并通过考核（第十五条）。',
    ]),
  ].join('\n');
}

function officerCode(wording: RuleWording): string {
  return [
    `为落实${wording.rule}（${wording.order}）第八条，结合本单位实际，制定本守则。`,
    '质量安全员按照职责要求对质量安全总监或者单位主要负责人负责，承担下列职责：',
    ...numbered([
      '督促指导员工落实岗位质量安全规范；',
      `检查${wording.processes}等制度落实情况；`,
      '实施对不合格品的控制，督促员工采取有效措施整改质量问题并及时报告质量安全总监；',
      `管理维护${wording.archive}，按要求保存相关资料；`,
      '接受和配合市场监督管理部门开展的监督检查、缺陷产品召回、事故调查和质量安全追溯等工作，如实提供有关材料；',
      '每日根据《工业产品质量安全风险管控清单》进行检查，形成《每日工业产品质量安全检查记录》；未发现问题的，也应当予以记录，实行零风险报告（第十条）；',
      '对发现的质量安全风险隐患，立即采取防范措施，及时上报质量安全总监或者单位主要负责人（第十条）；',
      `${wording.vetoWhen}，应当提出${wording.veto}等否决建议（第四条）；`,
      `${wording.pause}期间暂不执行日管控的，如实记录${wording.pause}情况，存档备查；`,
      '参加本单位组织的法律法规、标准和专业知识培训并通过考核（第十五条）。',
    ]),
  ].join('\n');
}

/** The default text of the unit's 《质量安全总监职责》 or 《质量安全员守则》, worded for a producer or a seller. */
export function defaultDutyStatement(kind: DutyStatementKind, unitKind: UnitKind): string {
  const wording = wordingFor(unitKind);
  return kind === 'director-duties' ? directorDuties(wording) : officerCode(wording);
}
