import { describe, expect, it } from 'vitest';
import { parseChatWords } from '../../src/lark/chat-words.ts';

describe('请假 and 代班 as typed on a phone', () => {
  it('reads the leave with or without a reason, with 至 between the dates and full-width digits', () => {
    expect(parseChatWords('请假 2026-12-10 2026-12-12 年假')).toEqual({ kind: 'leave', startDate: '2026-12-10', endDate: '2026-12-12', reason: '年假' });
    expect(parseChatWords('请假：２０２６-12-10 至 2026-12-10')).toEqual({ kind: 'leave', startDate: '2026-12-10', endDate: '2026-12-10', reason: '' });
  });

  it('asks for the dates it cannot read, with an example', () => {
    expect(parseChatWords('请假 明天')).toMatchObject({ kind: 'invalid', word: '请假', problem: expect.stringContaining('请假 2026-12-10 2026-12-12 年假') });
    expect(parseChatWords('请假 2026-12-10')).toMatchObject({ kind: 'invalid', word: '请假', problem: expect.stringContaining('结束日期') });
    expect(parseChatWords('请假 2026-02-30 2026-03-01')).toMatchObject({ kind: 'invalid', word: '请假', problem: expect.stringContaining('2026-02-30 不存在') });
  });

  it('reads 代班 as the officer on leave, then the substitute', () => {
    expect(parseChatWords('代班 王五 赵六')).toEqual({ kind: 'substitute', officerName: '王五', substituteName: '赵六' });
    expect(parseChatWords('代班：王五，赵六。')).toEqual({ kind: 'substitute', officerName: '王五', substituteName: '赵六' });
    expect(parseChatWords('代班 王五')).toMatchObject({ kind: 'invalid', word: '代班', problem: expect.stringContaining('代班 张三 李四') });
  });
});
