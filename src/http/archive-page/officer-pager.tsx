import { type OfficerPage, pageLinks } from '../../domain/archive/archive-officer-pages.ts';

/**
 * 第 1–100 名，共 5000 名质量安全员, with the pages before and after and a few in between. Nothing when every
 * officer is on one page. `address` keeps the unit, month and the link's signed parameters.
 */
export function OfficerPager({ page, address }: { page: OfficerPage; address: (page: number) => string }) {
  if (page.pageCount <= 1) return null;
  return (
    <nav className="pager" aria-label="质量安全员分页">
      <span>{`第 ${page.firstOfficer}–${page.lastOfficer} 名，共 ${page.officerCount} 名质量安全员`}</span>
      {page.number > 1 ? (
        <a href={address(page.number - 1)} rel="prev">
          上一页
        </a>
      ) : null}
      <ol>
        {pageLinks(page).map((number, index) =>
          number === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={number}>
              {number === page.number ? (
                <span aria-current="page">{number}</span>
              ) : (
                <a href={address(number)}>{number}</a>
              )}
            </li>
          ),
        )}
      </ol>
      {page.number < page.pageCount ? (
        <a href={address(page.number + 1)} rel="next">
          下一页
        </a>
      ) : null}
    </nav>
  );
}
