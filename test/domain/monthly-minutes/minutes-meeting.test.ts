import { describe, expect, it } from 'vitest';
import { meetingAsHeld, missingMeetingFields, requireMeetingRecorded } from '../../../src/domain/monthly-minutes/minutes-meeting.ts';

const november = { periodStart: '2026-11-01', periodEnd: '2026-11-30' };

describe('the meeting the minutes record', () => {
  it('a draft’s meeting is unrecorded until the principal says when it was held and who came', () => {
    expect(missingMeetingFields({ date: '', attendees: [] })).toEqual(['date', 'attendees']);
    expect(() => requireMeetingRecorded({ date: '', attendees: [] })).toThrow(expect.objectContaining({ code: 'minutes.meeting-missing', details: { missing: ['date', 'attendees'] } }));
    expect(() => requireMeetingRecorded({ date: '2026-11-30', attendees: [' '] })).toThrow(expect.objectContaining({ details: { missing: ['attendees'] } }));
    expect(() => requireMeetingRecorded({ date: '2026-11-30', attendees: ['陈建国'] })).not.toThrow();
  });

  it('is held within or after its period, and not after today', () => {
    expect(meetingAsHeld({ date: '2026-12-02', attendees: [' 陈建国 ', '刘志强'] }, november, '2026-12-03')).toEqual({ date: '2026-12-02', attendees: ['陈建国', '刘志强'] });
    expect(() => meetingAsHeld({ date: '2026-12-04', attendees: ['陈建国'] }, november, '2026-12-03')).toThrow(expect.objectContaining({ code: 'minutes.meeting-date-outside', details: { date: '2026-12-04', earliest: '2026-11-01', latest: '2026-12-03' } }));
    expect(() => meetingAsHeld({ date: '2026-10-31', attendees: ['陈建国'] }, november, '2026-12-03')).toThrow(expect.objectContaining({ code: 'minutes.meeting-date-outside' }));
  });
});
