import { describe, expect, it } from 'vitest';
import { currentOrNextLeave, leaveOn, leaveProblem, substituteOn, substituteProblem } from '../../../src/domain/leave/leave-rules.ts';

const leave = { id: 'leave-1', personId: 'wang', startDate: '2026-12-10', endDate: '2026-12-12', reason: '年假' };

describe('declaring leave', () => {
  it('accepts leave from today on, one day or several', () => {
    expect(leaveProblem({ startDate: '2026-12-04', endDate: '2026-12-04', today: '2026-12-04' }, [])).toBeUndefined();
    expect(leaveProblem({ startDate: '2026-12-10', endDate: '2026-12-20', today: '2026-12-04' }, [])).toBeUndefined();
  });

  it('refuses an end before the start, a day already past and leave longer than ninety days', () => {
    expect(leaveProblem({ startDate: '2026-12-10', endDate: '2026-12-09', today: '2026-12-04' }, [])).toEqual({ problem: 'range-invalid' });
    expect(leaveProblem({ startDate: '2026-12-03', endDate: '2026-12-05', today: '2026-12-04' }, [])).toEqual({ problem: 'in-the-past', today: '2026-12-04' });
    expect(leaveProblem({ startDate: '2026-12-04', endDate: '2027-03-04', today: '2026-12-04' }, [])).toEqual({ problem: 'too-long', days: 91 });
  });

  it('refuses leave overlapping the officer’s own leave already declared', () => {
    expect(leaveProblem({ startDate: '2026-12-12', endDate: '2026-12-14', today: '2026-12-04' }, [leave])).toEqual({ problem: 'overlaps', existing: leave });
    expect(leaveProblem({ startDate: '2026-12-13', endDate: '2026-12-14', today: '2026-12-04' }, [leave])).toBeUndefined();
  });
});

describe('the leave covering a day', () => {
  it('is found on its first and last day only', () => {
    expect(leaveOn('2026-12-10', [leave])).toEqual(leave);
    expect(leaveOn('2026-12-12', [leave])).toEqual(leave);
    expect(leaveOn('2026-12-13', [leave])).toBeUndefined();
  });

  it('代班 means the leave in course, otherwise the next one', () => {
    const later = { ...leave, id: 'leave-2', startDate: '2026-12-20', endDate: '2026-12-21' };
    expect(currentOrNextLeave('2026-12-11', [later, leave])?.id).toBe('leave-1');
    expect(currentOrNextLeave('2026-12-13', [later, leave])?.id).toBe('leave-2');
    expect(currentOrNextLeave('2026-12-22', [later, leave])).toBeUndefined();
  });
});

describe('who may substitute', () => {
  it('another officer of the unit, free on those days', () => {
    expect(substituteProblem({ personId: 'zhao', roles: ['officer'] }, leave, [])).toBeUndefined();
  });

  it('never the director, even one who is also an officer', () => {
    expect(substituteProblem({ personId: 'li', roles: ['director'] }, leave, [])).toEqual({ problem: 'is-director' });
    expect(substituteProblem({ personId: 'li', roles: ['director', 'officer'] }, leave, [])).toEqual({ problem: 'is-director' });
  });

  it('not the principal, not the officer on leave, not an officer on leave those days', () => {
    expect(substituteProblem({ personId: 'boss', roles: ['principal'] }, leave, [])).toEqual({ problem: 'not-an-officer' });
    expect(substituteProblem({ personId: 'wang', roles: ['officer'] }, leave, [])).toEqual({ problem: 'same-person' });
    const own = { ...leave, id: 'leave-3', personId: 'zhao', startDate: '2026-12-12', endDate: '2026-12-15' };
    expect(substituteProblem({ personId: 'zhao', roles: ['officer'] }, leave, [own])).toEqual({ problem: 'on-leave', overlapping: own });
  });
});

describe('the substitute of a day', () => {
  it('is the one named last, unless on leave that day themselves', () => {
    const covered = { ...leave, substituteId: 'zhao' };
    const zhaoAway = { ...leave, id: 'leave-4', personId: 'zhao', startDate: '2026-12-12', endDate: '2026-12-12' };
    expect(substituteOn('2026-12-11', covered, [covered, zhaoAway])).toBe('zhao');
    expect(substituteOn('2026-12-12', covered, [covered, zhaoAway])).toBeUndefined();
    expect(substituteOn('2026-12-11', leave, [leave])).toBeUndefined();
  });
});
