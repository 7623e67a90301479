import { describe, expect, it } from 'vitest';
import { gapsShown, OFFICERS_PER_PAGE, officerPage, onPage, pageLinks } from '../../../src/domain/archive/archive-officer-pages.ts';

const officers = Array.from({ length: 250 }, (_, index) => `安全员${index}`);

describe('the archive page shows a unit’s officers a hundred at a time', () => {
  it('a hundred to a page', () => {
    expect(OFFICERS_PER_PAGE).toBe(100);
  });

  it('the first page: officers 1 to 100 of 250, of three pages', () => {
    const page = officerPage(250, 1);
    expect(page).toEqual({ number: 1, pageCount: 3, officerCount: 250, firstOfficer: 1, lastOfficer: 100 });
    expect(onPage(officers, page)).toEqual(officers.slice(0, 100));
  });

  it('a middle page: officers 101 to 200', () => {
    const page = officerPage(250, 2);
    expect(page).toMatchObject({ number: 2, firstOfficer: 101, lastOfficer: 200 });
    expect(onPage(officers, page)[0]).toBe('安全员100');
  });

  it('the last page holds what is left', () => {
    const page = officerPage(250, 3);
    expect(page).toMatchObject({ number: 3, firstOfficer: 201, lastOfficer: 250 });
    expect(onPage(officers, page)).toHaveLength(50);
  });

  it('a page past the end is the last page', () => {
    expect(officerPage(250, 99)).toEqual(officerPage(250, 3));
  });

  it('a unit of a hundred or fewer is one page; a unit without officers too', () => {
    expect(officerPage(100, 1)).toEqual({ number: 1, pageCount: 1, officerCount: 100, firstOfficer: 1, lastOfficer: 100 });
    expect(officerPage(0, 2)).toEqual({ number: 1, pageCount: 1, officerCount: 0, firstOfficer: 0, lastOfficer: 0 });
    expect(onPage(officers, officerPage(0, 1))).toEqual([]);
  });

  it('the pager links the first, the last and the pages around the current one, not all fifty', () => {
    expect(pageLinks({ number: 1, pageCount: 3 })).toEqual([1, 2, 3]);
    expect(pageLinks({ number: 1, pageCount: 50 })).toEqual([1, 2, 3, 'gap', 50]);
    expect(pageLinks({ number: 25, pageCount: 50 })).toEqual([1, 'gap', 23, 24, 25, 26, 27, 'gap', 50]);
    expect(pageLinks({ number: 50, pageCount: 50 })).toEqual([1, 'gap', 48, 49, 50]);
    expect(pageLinks({ number: 4, pageCount: 50 })).toEqual([1, 2, 3, 4, 5, 6, 'gap', 50]);
  });

  it('the gaps list stops at 200 and counts the rest', () => {
    const gaps = Array.from({ length: 260 }, (_, index) => `缺漏 ${index}`);
    expect(gapsShown(gaps)).toEqual({ shown: gaps.slice(0, 200), more: 60 });
    expect(gapsShown(gaps.slice(0, 3))).toEqual({ shown: gaps.slice(0, 3), more: 0 });
  });
});
