import type { HazardAlertView } from '../../ports/notifications.ts';
import { callbackButton, card, markdown, note, type Card, type RootElement } from './card-json.ts';
import { escapeMarkdown } from './markdown-text.ts';

export const HAZARD_ALERT_TITLE = '质量安全隐患报告';

/** Sent at once to the director (and to the principal for a serious hazard) when an officer reports a hazard. */
export function buildHazardAlertCard(view: HazardAlertView): Card {
  const itemNumber = view.itemNumber === undefined ? '' : `第 ${view.itemNumber} 项 `;
  const fields = [
    `**单位**：${escapeMarkdown(view.unitName)}`,
    `**检查项**：${itemNumber}${escapeMarkdown(`${view.itemCode} ${view.itemText}`)}`,
    `**隐患描述**：${escapeMarkdown(view.description)}`,
    `**已采取措施**：${escapeMarkdown(view.measures)}`,
    `**报告人**：${escapeMarkdown(view.officerName)}`,
    `**报告时间**：${view.reportedAt}`,
  ];
  const elements: RootElement[] = [];
  if (view.serious) elements.push(markdown("<font color='red'>**严重隐患：已同时报告主要负责人**</font>"));
  elements.push(markdown(fields.join('\n')));
  if (view.acknowledgement) {
    elements.push(note(`已确认：${escapeMarkdown(view.acknowledgement.byName)} ${view.acknowledgement.at}`));
  } else {
    elements.push(callbackButton('确认收到', { action: 'hazard.acknowledge', hazardId: view.hazardId }, 'primary_filled'));
  }
  const title = view.serious ? `${HAZARD_ALERT_TITLE}（严重隐患）` : HAZARD_ALERT_TITLE;
  return card({
    title,
    subtitle: `${view.unitName} · 隐患编号 ${view.hazardNumber}`,
    template: 'red',
    summary: `${title}：${view.unitName}`,
    elements,
  });
}
