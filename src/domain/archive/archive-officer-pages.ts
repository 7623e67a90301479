/**
 * A unit may have thousands of 质量安全员; a page with all of them, a mark per day each, would be tens of megabytes.
 * The archive page shows them this many at a time, in the grid's order.
 */
export const OFFICERS_PER_PAGE = 100;

/** At most this many of the inspection index's gaps are listed on the page; index.docx holds them all. */
export const GAPS_SHOWN = 200;

export interface OfficerPage {
  /** 1-based. */
  number: number;
  pageCount: number;
  officerCount: number;
  /** The 1-based positions of the page's first and last officer; both 0 when there are none. */
  firstOfficer: number;
  lastOfficer: number;
}

/** The page asked for, or the last page when asked past the end: a link kept from when the unit was larger still opens. */
export function officerPage(officerCount: number, requested: number, perPage: number = OFFICERS_PER_PAGE): OfficerPage {
  const pageCount = Math.max(1, Math.ceil(officerCount / perPage));
  const number = Math.min(Math.max(1, requested), pageCount);
  const firstOfficer = officerCount === 0 ? 0 : (number - 1) * perPage + 1;
  return { number, pageCount, officerCount, firstOfficer, lastOfficer: Math.min(number * perPage, officerCount) };
}

/** The items of a list in the order given that the page shows. */
export function onPage<Item>(items: readonly Item[], page: OfficerPage): Item[] {
  return page.firstOfficer === 0 ? [] : items.slice(page.firstOfficer - 1, page.lastOfficer);
}

/**
 * Page numbers to link to without listing hundreds: the first, the last, and those around the current one; `gap`
 * where numbers are left out.
 */
export function pageLinks(page: Pick<OfficerPage, 'number' | 'pageCount'>, around: number = 2): Array<number | 'gap'> {
  const shown = [...new Set([1, page.pageCount, ...Array.from({ length: 2 * around + 1 }, (_, index) => page.number - around + index)])]
    .filter((number) => number >= 1 && number <= page.pageCount)
    .sort((left, right) => left - right);
  return shown.flatMap((number, index) => (index > 0 && number - shown[index - 1]! > 1 ? ['gap' as const, number] : [number]));
}

/** The gaps the page lists and how many more index.docx holds. */
export function gapsShown(gaps: readonly string[], limit: number = GAPS_SHOWN): { shown: string[]; more: number } {
  return { shown: gaps.slice(0, limit), more: Math.max(0, gaps.length - limit) };
}
