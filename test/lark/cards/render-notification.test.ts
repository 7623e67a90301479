import { describe, expect, it } from 'vitest';
import { buildDailyCheckCard } from '../../../src/lark/cards/daily-check-card.ts';
import { buildMissedChecksDigestCard } from '../../../src/lark/cards/missed-checks-digest-card.ts';
import { renderNotification } from '../../../src/lark/render-notification.ts';
import type { MissedChecksDigestView } from '../../../src/ports/notifications.ts';
import { dailyCheckView } from './daily-check-views.ts';

const digest: MissedChecksDigestView = {
  unitName: '华东电器制造有限公司',
  date: '2026-01-05',
  missed: [{ officerName: '王五', shift: '' }],
  submittedCount: 1,
  expectedCount: 2,
};

describe('renderNotification', () => {
  it('sends a text as Lark’s {"text": …} content, quotes and line breaks intact', () => {
    const text = '已记录第 3 项异常：\n"灭火器压力不足"';
    expect(renderNotification({ kind: 'text', text })).toEqual({ msgType: 'text', content: JSON.stringify({ text }) });
    expect(JSON.parse(renderNotification({ kind: 'text', text }).content)).toEqual({ text });
  });

  it('someone’s words in a plain text message never become a mention or markup', () => {
    const text = '建议：<at user_id="all"></at> 全员注意，温度<5℃ 时停机 <b>立即</b>';
    expect(JSON.parse(renderNotification({ kind: 'text', text }).content)).toEqual({ text: '建议：＜at user_id="all">＜/at> 全员注意，温度<5℃ 时停机 ＜b>立即＜/b>' });
  });

  it('sends each card as an interactive message whose content is the card JSON', () => {
    const view = dailyCheckView();
    expect(renderNotification({ kind: 'daily-check', view })).toEqual({
      msgType: 'interactive',
      content: JSON.stringify(buildDailyCheckCard(view)),
    });
    expect(renderNotification({ kind: 'missed-checks-digest', view: digest })).toEqual({
      msgType: 'interactive',
      content: JSON.stringify(buildMissedChecksDigestCard(digest)),
    });
  });

  it('refuses a file, which the sender must upload to Lark first', () => {
    expect(() => renderNotification({ kind: 'file', fileName: '2026-01.zip', bytes: new Uint8Array([1, 2, 3]) })).toThrow(
      /2026-01\.zip.*先上传/,
    );
  });
});
