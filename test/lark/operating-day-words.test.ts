import { describe, expect, it } from 'vitest';
import { parseChatWords } from '../../src/lark/chat-words.ts';

describe('休息 / 营业 / 营业日: the unit’s operating days in chat', () => {
  it('reads a day closed or opened, with its reason or without one', () => {
    expect(parseChatWords('休息 2026-12-12 设备检修')).toEqual({ kind: 'operating-day', date: '2026-12-12', closed: true, reason: '设备检修' });
    expect(parseChatWords('营业：2026年12月13日，赶制订单')).toEqual({ kind: 'operating-day', date: '2026-12-13', closed: false, reason: '赶制订单' });
    expect(parseChatWords('休息 2026-12-12')).toEqual({ kind: 'operating-day', date: '2026-12-12', closed: true, reason: '' });
  });

  it('asks for a date that exists', () => {
    expect(parseChatWords('休息 明天')).toMatchObject({ kind: 'invalid', word: '休息', problem: expect.stringContaining('休息 2026-12-12 设备检修') });
    expect(parseChatWords('营业 2026-02-30')).toMatchObject({ kind: 'invalid', word: '营业', problem: expect.stringContaining('不存在') });
  });

  it('reads the operating days as every day, the official working days, or weekdays by range or by list', () => {
    expect(parseChatWords('营业日 每天')).toEqual({ kind: 'operating-calendar', calendar: { base: 'every-day' } });
    expect(parseChatWords('营业日 工作日')).toEqual({ kind: 'operating-calendar', calendar: { base: 'working-days' } });
    expect(parseChatWords('营业日 周一至周六')).toEqual({ kind: 'operating-calendar', calendar: { base: 'weekdays', weekdays: [1, 2, 3, 4, 5, 6] } });
    expect(parseChatWords('营业日：周一、周三、星期五')).toEqual({ kind: 'operating-calendar', calendar: { base: 'weekdays', weekdays: [1, 3, 5] } });
    expect(parseChatWords('营业日 周一到周日')).toEqual({ kind: 'operating-calendar', calendar: { base: 'every-day' } });
  });

  it('names the ways to write the operating days when it cannot read them', () => {
    expect(parseChatWords('营业日 有时')).toMatchObject({ kind: 'invalid', word: '营业日', problem: expect.stringContaining('营业日 周一至周六') });
    expect(parseChatWords('营业日 周六至周一')).toMatchObject({ kind: 'invalid', word: '营业日' });
  });
});
