import type {
  AuditSealView,
  HazardNewsView,
  SuggestionAnsweredView,
  MinutesNewsView,
  CertificateLapseView,
  DailyCheckReminderView,
  MinutesReminderView,
  OverdueRectificationView,
  SuggestionReminderView,
  SuspensionNoticeView,
  WeeklyReportReminderView,
} from '../ports/notifications.ts';
import { CERTIFICATE_NAMES, certificateTitle } from '../domain/units/certificate.ts';
import { lapseDay } from '../domain/units/certificate-lapse.ts';
import { isSeller } from '../domain/units/unit-kind.ts';

/** The plain-text notices the bot sends on its own: reminders and announcements, worded from their facts. */

export function dailyCheckReminderText(view: DailyCheckReminderView): string {
  const shift = view.shift ? `（${view.shift} 班次）` : '';
  if (view.onBehalfOf) {
    return `${view.officerName}，您 ${view.date}${shift} 代 ${view.onBehalfOf} 检查的《每日工业产品质量安全检查记录》还没有提交。请在注明「代 ${view.onBehalfOf} 检查」的卡片上填写。今日截止后未提交将记为${view.onBehalfOf}漏检。`;
  }
  return `${view.officerName}，您 ${view.date}${shift}的《每日工业产品质量安全检查记录》还没有提交。请在检查卡片上填写，或回复「全部正常」提交零风险报告、「异常 <序号> <描述>」上报隐患。今日截止后未提交将记为漏检。`;
}

export function weeklyReportReminderText(view: WeeklyReportReminderView): string {
  const period = `${view.periodStart} 至 ${view.periodEnd}`;
  return view.audience === 'writer'
    ? `${view.personName}，${period} 的《每周工业产品质量安全排查治理报告》还未确认。请补充排查情况和分析研判后回复「确认周报」，或回复「周报」重新查看。`
    : `${view.personName}，${view.unitName} ${period} 的周报已超过两天未由质量安全总监${view.writerName ? `（${view.writerName}）` : ''}确认，请督促。`;
}

export function minutesReminderText(view: MinutesReminderView): string {
  const period = `${view.periodStart} 至 ${view.periodEnd}`;
  return view.audience === 'principal'
    ? `${view.personName}，${period} 的《每月工业产品质量安全调度会议纪要》已三天未确认。请回复「会议 <日期> <参会人员>」记录调度会议，核对下月重点工作安排后回复「确认纪要」，或回复「纪要」重新查看。`
    : `${view.personName}，${view.unitName} ${period} 的调度会议纪要已三天未由主要负责人确认，已提醒主要负责人。`;
}

export function suggestionReminderText(view: SuggestionReminderView): string {
  const answer = `请在卡片上答复，或回复「采纳 ${view.number} 措施」/「驳回 ${view.number} 理由」。`;
  if (view.suggestionKind === 'veto') {
    return `${view.principalName}，${view.proposerName}提出的第 ${view.number} 号否决建议（停止生产/销售）已 ${view.waitingHours} 小时仍未答复：${view.text}\n主要负责人应当立即组织分析研判，采取处置措施（第四条）。${answer}`;
  }
  return `${view.principalName}，${view.proposerName}提出的第 ${view.number} 号建议已超过 24 小时未答复：${view.text}\n${answer}`;
}

export function suspensionNoticeText(view: SuspensionNoticeView): string {
  return `${view.unitName} ${view.startDate} 至 ${view.endDate} 停工停产（停业）：${view.reason}。期间暂停日管控，不推送每日检查，记录中注明原因。`;
}

/** The reminder of an overdue rectification: the owner is asked to finish it, the deciders are told who has it. */
export function overdueRectificationText(view: OverdueRectificationView): string {
  const subject = `第 ${view.number} 号隐患（${view.itemText}：${view.description}）`;
  return view.audience === 'owner'
    ? `${view.ownerName ?? ''}，${subject}的整改期限 ${view.deadline} 已过，请尽快完成并回复「已整改 ${view.number} 整改情况」。`
    : `${subject}由${view.ownerName ?? '未指定人员'}负责整改，期限 ${view.deadline} 已过，尚未完成。`;
}

/** The seal the principal and director keep: it is worth something only while it stays in their chat, outside the database. */
export function auditSealText(view: AuditSealView): string {
  const seal = `${view.sequence}:${view.hash}`;
  return `${view.unitName} ${view.date} 日管控截止，审计链封存值：\n${seal}\n这是此刻全部记录的审计链末端，请保留本消息。日后在服务器上运行「npm run qs -- verify --seal ${seal}」可核对：这之前的记录没有被删除或改动，审计链也没有被截短。`;
}

export function hazardNewsText(view: HazardNewsView): string {
  const subject = `第 ${view.number} 号隐患（${view.itemText}：${view.description}）`;
  return view.change === 'assigned'
    ? `${subject}已指派由您整改，期限 ${view.deadline ?? '未定'}。完成后在隐患卡片上提交，或回复「已整改 ${view.number} 整改情况」。`
    : `${subject}的整改验证未通过${view.note ? `：${view.note}` : ''}。请重新整改后在隐患卡片上提交，或回复「已整改 ${view.number} 整改情况」。`;
}

export function minutesNewsText(view: MinutesNewsView): string {
  const minutes = `${view.unitName} ${view.periodStart} 至 ${view.periodEnd} 的《每月工业产品质量安全调度会议纪要》`;
  return view.change === 'director-report-requested'
    ? `${view.personName}，${minutes}已起草，其中「质量安全总监汇报」须由您确认后才能写入纪要。质安助手根据周排查报告起草如下：\n${view.reportText}\n属实请回复「确认汇报」；要改写请回复「汇报 <您的汇报内容>」。`
    : `${view.personName}，质量安全总监${view.directorName}已确认${minutes}中的汇报：\n${view.reportText}\n请回复「总结 <本期工作总结>」写明总结，记录会议后回复「确认纪要」。`;
}

export function suggestionAnsweredText(view: SuggestionAnsweredView): string {
  const kind = view.suggestionKind === 'veto' ? '否决建议' : '建议';
  const decision = view.decision === 'adopted' ? '采纳，措施' : '驳回，理由';
  return `您提出的第 ${view.number} 号${kind}（${view.text}）已由主要负责人${view.principalName}答复：${decision}：${view.answer}`;
}

const ORDER_75 = '《工业产品生产单位落实质量安全主体责任监督管理规定》';

/** Order 75 Art. 4 as published, its sentence on a lapsed licence or certificate. */
const PRODUCER_LAPSE_RULE = `${ORDER_75}第四条规定，生产许可证、强制性产品认证证书失效时，质量安全总监、质量安全员应当提出停止相应产品生产、销售等否决建议，生产单位主要负责人应当立即组织分析研判，采取处置措施，消除风险隐患。`;

/** The sellers' rule says nothing of certificates; the regulator's task list says what is checked (38号文 附件2, 销售单位 3.4). */
const SELLER_CERTIFICATE_CHECK =
  '市场监管部门检查销售单位时，核查进货产品属于生产许可或 CCC 认证范围的是否查验证书、是否存在应获证而实际未获证的情况（国市监质监发〔2023〕38号附件2 第 3.4 项）。';

function lapseAction(view: CertificateLapseView, seller: boolean): string {
  if (view.audience === 'principal') {
    return seller
      ? '质量安全总监如提出停止销售的否决建议，请立即组织分析研判（第四条），采纳（写明处置措施）或驳回（写明理由）。'
      : '已请质量安全总监提出否决建议；收到后请立即组织分析研判，采纳（写明处置措施）或驳回（写明理由）。';
  }
  const vetoWords = `否决 ${CERTIFICATE_NAMES[view.certificateKind]} ${view.number} 已于 ${view.validUntil} 到期，停止${view.scope}产品的${seller ? '销售' : '生产、销售'}`;
  return `${seller ? '如需停止相应产品的销售，' : ''}请提出否决建议：回复下面这句话即记录，并立即送主要负责人。\n${vetoWords}`;
}

/** 90, 30 and 7 days before a certificate lapses, and on the day after it has: to the director and the principal. */
export function certificateLapseText(view: CertificateLapseView): string {
  const seller = isSeller(view.unitKind);
  const subject = `${view.personName}，${view.unitName}的${certificateTitle({ kind: view.certificateKind, number: view.number, scope: view.scope })}有效期至 ${view.validUntil}`;
  if (view.stage === 'approaching') {
    const left = view.daysLeft === 0 ? '今天是有效期的最后一天' : `还有 ${view.daysLeft ?? '—'} 天到期`;
    const consequence = seller
      ? SELLER_CERTIFICATE_CHECK
      : `证书失效时，依${ORDER_75}第四条，质量安全总监、质量安全员应当提出停止相应产品生产、销售等否决建议。`;
    // A seller's certificates are the producers' of the products it sells: it obtains the renewed one, it does not renew.
    const renewal = seller ? '请向供货方索取延续或换发后的证书' : '请及时办理延续或换证';
    return `${subject}，${left}。${renewal}，取得后在组织文件的 certificates 中更新并重新导入。\n${consequence}`;
  }
  return `${subject}，已于 ${lapseDay(view)} 失效。\n${seller ? SELLER_CERTIFICATE_CHECK : PRODUCER_LAPSE_RULE}\n${lapseAction(view, seller)}`;
}
