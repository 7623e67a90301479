import { describe, expect, it } from 'vitest';
import { cardToText } from '../../../src/lark/card-to-text.ts';
import { HazardLoopFields } from '../../../src/lark/cards/card-action-values.ts';
import type { Card } from '../../../src/lark/cards/card-json.ts';
import { buildHazardCard } from '../../../src/lark/cards/hazard-card.ts';
import { renderNotification } from '../../../src/lark/render-notification.ts';
import type { HazardCandidate, HazardCardView } from '../../../src/ports/notifications.ts';
import { buttonsOf, formsOf } from './card-json-rules.ts';
import { formFields } from './card-inspection.ts';
import { itBuildsCardsLarkAccepts } from './cards-lark-accepts.ts';
import { LONG_HAZARD_DESCRIPTION, LONG_HAZARD_MEASURES } from './daily-check-views.ts';
import { hazardView } from './hazard-views.ts';

const CANDIDATES: HazardCandidate[] = [
  { personId: 'person-wang', name: '王五', roles: ['officer'] },
  { personId: 'person-li', name: '李四', roles: ['officer'] },
  { personId: 'person-zhao', name: '赵六', roles: ['director'] },
];

const ASSIGNED: Partial<HazardCardView> = {
  status: 'assigned',
  ownerName: '李四',
  deadline: '2026-01-12',
  overdue: false,
  acknowledgement: { byName: '赵六', at: '2026-01-05 10:05' },
  history: [
    { at: '2026-01-05 09:42', actorName: '王五', action: 'reported' },
    { at: '2026-01-05 10:05', actorName: '赵六', action: 'acknowledged' },
    { at: '2026-01-05 10:06', actorName: '赵六', action: 'assigned', ownerName: '李四', deadline: '2026-01-12' },
  ],
};

const RECTIFIED: Partial<HazardCardView> = {
  ...ASSIGNED,
  status: 'rectified',
  rectification: { text: '已更换灭火器并张贴检查标签', byName: '李四', at: '2026-01-08 15:30', evidenceCount: 2 },
};

const LONG_TEXT = '验证'.padEnd(1000, '复查现场，标签已更换但部分批次记录仍需补齐；');

const CARDS_IN_EVERY_STATE: Array<[string, Card]> = [
  [
    'reported, for the director: acknowledge, assign, escalate',
    buildHazardCard(hazardView({ actions: { acknowledge: true, assign: { candidates: CANDIDATES, defaultDeadline: '2026-01-12' }, escalate: true } })),
  ],
  ['reported, for the officer who reported it', buildHazardCard(hazardView())],
  ['assigned, for the owner: rectify', buildHazardCard(hazardView({ ...ASSIGNED, actions: { rectify: true } }))],
  ['assigned and overdue, for the director', buildHazardCard(hazardView({ ...ASSIGNED, overdue: true, actions: { escalate: true } }))],
  ['rectified, for the director: verify', buildHazardCard(hazardView({ ...RECTIFIED, actions: { verify: true } }))],
  [
    'closed after verification',
    buildHazardCard(
      hazardView({
        ...RECTIFIED,
        status: 'closed',
        verification: { passed: true, note: '现场复查合格', byName: '赵六', at: '2026-01-09 09:00' },
      }),
    ),
  ],
  [
    'escalated, for the principal: assign',
    buildHazardCard(
      hazardView({
        serious: true,
        status: 'escalated',
        escalation: { reason: '需停产更换生产线，超出总监权限', byName: '赵六', at: '2026-01-05 11:00' },
        actions: { assign: { candidates: CANDIDATES, defaultDeadline: '2026-01-20' } },
      }),
    ),
  ],
  [
    'serious, every text 1000 characters, 40 history entries, every action',
    buildHazardCard(
      hazardView({
        ...RECTIFIED,
        serious: true,
        description: LONG_HAZARD_DESCRIPTION,
        measures: LONG_HAZARD_MEASURES,
        rectification: { text: LONG_TEXT, byName: '李四', at: '2026-01-08 15:30', evidenceCount: 9 },
        verification: { passed: false, note: LONG_TEXT, byName: '赵六', at: '2026-01-09 09:00' },
        escalation: { reason: LONG_TEXT, byName: '赵六', at: '2026-01-05 11:00' },
        history: Array.from({ length: 40 }, (_, index) => ({ at: `2026-01-${String((index % 28) + 1).padStart(2, '0')} 10:00`, actorName: '王五', action: 'rectified' as const, text: LONG_TEXT })),
        actions: {
          acknowledge: true,
          assign: {
            candidates: Array.from({ length: 80 }, (_, index) => ({ personId: `person-${index}`, name: `人员${index}`, roles: ['officer' as const] })),
            defaultDeadline: '2026-01-12',
          },
          escalate: true,
          rectify: true,
          verify: true,
        },
      }),
    ),
  ],
];

describe('the hazard card, in every state of the rectification loop', () => {
  itBuildsCardsLarkAccepts(CARDS_IN_EVERY_STATE);

  it('is sent as an interactive message', () => {
    const view = hazardView({ ...ASSIGNED, actions: { rectify: true } });
    expect(renderNotification({ kind: 'hazard', view })).toEqual({ msgType: 'interactive', content: JSON.stringify(buildHazardCard(view)) });
  });
});

describe('what the hazard card shows', () => {
  it('is titled 第 N 号质量安全隐患, with （严重） for a serious one', () => {
    expect(buildHazardCard(hazardView()).header.title.content).toBe('第 12 号质量安全隐患');
    expect(buildHazardCard(hazardView({ serious: true })).header.title.content).toBe('第 12 号质量安全隐患（严重）');
  });

  it('is coloured by status: red when new, escalated or overdue, orange in rectification, blue to verify, green when closed', () => {
    const template = (overrides: Partial<HazardCardView>) => buildHazardCard(hazardView(overrides)).header.template;
    expect(template({})).toBe('red');
    expect(template({ ...ASSIGNED })).toBe('orange');
    expect(template({ ...ASSIGNED, overdue: true })).toBe('red');
    expect(template({ ...RECTIFIED })).toBe('blue');
    expect(template({ ...RECTIFIED, status: 'closed' })).toBe('green');
    expect(template({ status: 'escalated' })).toBe('red');
  });

  it('shows unit, item, description, measures, reporter, time and status', () => {
    const text = cardToText(buildHazardCard(hazardView()));
    expect(text).toContain('单位：华东电器制造有限公司');
    expect(text).toContain('检查项：第 3 项 R03 消防器材是否在有效期内？');
    expect(text).toContain('隐患描述：二号车间灭火器压力表指针在红区');
    expect(text).toContain('已采取措施：已停用并更换备用灭火器');
    expect(text).toContain('报告人：王五　报告时间：2026-01-05 09:42');
    expect(text).toContain('状态：已上报待整改');
  });

  it('shows owner and deadline, marked ⚠ 已逾期 once the deadline has passed', () => {
    expect(cardToText(buildHazardCard(hazardView({ ...ASSIGNED })))).toContain('整改负责人：李四　整改期限：2026-01-12');
    expect(cardToText(buildHazardCard(hazardView({ ...ASSIGNED })))).not.toContain('已逾期');
    expect(cardToText(buildHazardCard(hazardView({ ...ASSIGNED, overdue: true })))).toContain('整改期限：2026-01-12 ⚠ 已逾期');
  });

  it('shows the rectification with who, when and how many attachments', () => {
    const text = cardToText(buildHazardCard(hazardView({ ...RECTIFIED })));
    expect(text).toContain('整改情况：已更换灭火器并张贴检查标签');
    expect(text).toContain('整改人：李四　提交时间：2026-01-08 15:30　已附证据 2 份');
  });

  it('shows a failed verification, its note and who verified', () => {
    const text = cardToText(
      buildHazardCard(hazardView({ ...RECTIFIED, verification: { passed: false, note: '标签仍未更换', byName: '赵六', at: '2026-01-09 09:00' } })),
    );
    expect(text).toContain('验证结果：❌ 验证不通过，已退回整改');
    expect(text).toContain('验证意见：标签仍未更换');
    expect(text).toContain('验证人：赵六　验证时间：2026-01-09 09:00');
  });

  it('shows the escalation and its reason', () => {
    const text = cardToText(
      buildHazardCard(hazardView({ status: 'escalated', escalation: { reason: '需停产更换生产线', byName: '赵六', at: '2026-01-05 11:00' } })),
    );
    expect(text).toContain('升级情况：已升级报告主要负责人');
    expect(text).toContain('升级原因：需停产更换生产线');
  });

  it('lists the handling history, and only the latest entries of a long one', () => {
    expect(cardToText(buildHazardCard(hazardView({ ...ASSIGNED })))).toContain(
      '处理记录\n2026-01-05 09:42　王五 上报隐患\n2026-01-05 10:05　赵六 确认收到\n2026-01-05 10:06　赵六 指派 李四 整改，期限 2026-01-12',
    );
    const history = Array.from({ length: 25 }, (_, index) => ({ at: `第${index + 1}条`, actorName: '王五', action: 'rectified' as const, text: `记录${index + 1}` }));
    const text = cardToText(buildHazardCard(hazardView({ history })));
    expect(text).toContain('…此前另有 15 条记录');
    expect(text).toContain('第25条　王五 提交整改结果：记录25');
    expect(text).not.toContain('第15条　');
  });

  it('shows what a person typed literally, markup characters included', () => {
    const text = cardToText(buildHazardCard(hazardView({ description: '*批次* <at id=all></at> [链接](http://x)' })));
    expect(text).toContain('隐患描述：*批次* <at id=all></at> [链接](http://x)');
  });
});

describe('the hazard card’s actions', () => {
  it('offers nothing when the view grants no action', () => {
    const card = buildHazardCard(hazardView({ ...RECTIFIED }));
    expect(buttonsOf(card)).toEqual([]);
    expect(formsOf(card)).toEqual([]);
  });

  it('asks to confirm receipt with 确认收到, outside any form', () => {
    const buttons = buttonsOf(buildHazardCard(hazardView({ actions: { acknowledge: true } })));
    expect(buttons.map(({ label, value, inForm }) => ({ label, value, inForm }))).toEqual([
      { label: '确认收到', value: { action: 'hazard.acknowledge', hazardId: 'hazard-7f3a' }, inForm: false },
    ]);
  });

  it('assigns in a form: the owner chosen among the candidates, the deadline pre-filled', () => {
    const card = buildHazardCard(hazardView({ actions: { assign: { candidates: CANDIDATES, defaultDeadline: '2026-01-12' } } }));
    const [assignForm] = formsOf(card);
    expect(formsOf(card)).toHaveLength(1);
    const fields = formFields(assignForm ?? {});
    expect(fields.map((field) => field.name)).toEqual([HazardLoopFields.owner, HazardLoopFields.deadline]);
    expect(fields[0]?.tag).toBe('select_static');
    expect(fields[0]?.options).toEqual([
      { text: '王五（质量安全员）', value: 'person-wang' },
      { text: '李四（质量安全员）', value: 'person-li' },
      { text: '赵六（质量安全总监）', value: 'person-zhao' },
    ]);
    expect(fields[1]).toMatchObject({ required: true, defaultValue: '2026-01-12', placeholder: 'YYYY-MM-DD' });
    expect(buttonsOf(card)).toEqual([
      { label: '指派整改', value: { action: 'hazard.assign', hazardId: 'hazard-7f3a' }, inForm: true, formActionType: 'submit' },
    ]);
  });

  it('opens the owner choice on the current owner when reassigning', () => {
    const card = buildHazardCard(hazardView({ ...ASSIGNED, actions: { assign: { candidates: CANDIDATES, defaultDeadline: '2026-01-12' } } }));
    expect(formFields(formsOf(card)[0] ?? {})[0]?.initialIndex).toBe(2);
  });

  it('lists at most 50 candidates, and says how to name anyone else in chat', () => {
    const candidates = Array.from({ length: 60 }, (_, index) => ({ personId: `person-${index}`, name: `人员${index}`, roles: ['officer' as const] }));
    const card = buildHazardCard(hazardView({ actions: { assign: { candidates, defaultDeadline: '2026-01-12' } } }));
    expect(formFields(formsOf(card)[0] ?? {})[0]?.options).toHaveLength(50);
    expect(cardToText(card)).toContain('指派其他人请回复「整改 12 姓名 期限」');
  });

  it('without candidates, offers no empty choice but says how to assign later', () => {
    const card = buildHazardCard(hazardView({ actions: { assign: { candidates: [], defaultDeadline: '2026-01-12' } } }));
    expect(formsOf(card)).toEqual([]);
    expect(cardToText(card)).toContain('本单位暂无可指派的人员');
  });

  it('escalates to the principal in a form that asks for the reason', () => {
    const card = buildHazardCard(hazardView({ actions: { escalate: true } }));
    expect(formsOf(card).map((form) => formFields(form).map(({ name, required }) => ({ name, required })))).toEqual([
      [{ name: HazardLoopFields.escalationReason, required: true }],
    ]);
    expect(buttonsOf(card).map(({ label, value }) => ({ label, value }))).toEqual([
      { label: '升级报告主要负责人', value: { action: 'hazard.escalate', hazardId: 'hazard-7f3a' } },
    ]);
  });

  it('asks the owner for the rectification, and says photos can be sent in chat', () => {
    const card = buildHazardCard(hazardView({ ...ASSIGNED, actions: { rectify: true } }));
    const fields = formFields(formsOf(card)[0] ?? {});
    expect(fields.map(({ name, required }) => ({ name, required }))).toEqual([{ name: HazardLoopFields.rectification, required: true }]);
    expect(buttonsOf(card).map(({ label, value }) => ({ label, value }))).toEqual([
      { label: '提交整改结果', value: { action: 'hazard.rectify', hazardId: 'hazard-7f3a' } },
    ]);
    expect(cardToText(card)).toContain('整改情况说明：[输入：');
    expect(cardToText(card)).toContain('可直接在对话中发送整改照片或文件作为佐证');
  });

  it('verifies with a note and two submit buttons: pass, or send back for rectification', () => {
    const card = buildHazardCard(hazardView({ ...RECTIFIED, actions: { verify: true } }));
    expect(formFields(formsOf(card)[0] ?? {}).map((field) => field.name)).toEqual([HazardLoopFields.verificationNote]);
    expect(buttonsOf(card)).toEqual([
      { label: '验证通过', value: { action: 'hazard.verify', hazardId: 'hazard-7f3a', passed: true }, inForm: true, formActionType: 'submit' },
      { label: '不通过，退回整改', value: { action: 'hazard.verify', hazardId: 'hazard-7f3a', passed: false }, inForm: true, formActionType: 'submit' },
    ]);
  });
});
