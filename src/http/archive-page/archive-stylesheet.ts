/**
 * The archive page's styles, served from the service's own route so its Content-Security-Policy can forbid inline
 * styles. A module rather than a .css file: the build copies only what TypeScript compiles.
 */
export const ARCHIVE_STYLESHEET = `
:root { color-scheme: light; --ink: #1f2329; --muted: #646a73; --line: #dee0e3; --zero-risk: #2ea121; --hazard: #d83931; --late: #de7802; --missed: #8f0a0a; --suspended: #8f959e; --closed: #bbbfc4; --leave: #3370ff; --pending: #f7ba1e; --none: #f2f3f5; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: var(--ink); background: #fff; line-height: 1.5; }
header { border-bottom: 2px solid var(--ink); margin-bottom: 16px; padding-bottom: 8px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-left: 4px solid var(--leave); padding-left: 8px; }
nav { display: flex; flex-wrap: wrap; gap: 12px; font-size: 14px; }
.produced { color: var(--muted); font-size: 13px; margin: 0; }
a { color: #245bdb; }
table { border-collapse: collapse; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
.grid-scroll { overflow-x: auto; }
.grid th.day, .grid td.day { text-align: center; padding: 2px; min-width: 28px; }
.grid th.weekend { color: var(--hazard); }
.mark { display: inline-block; width: 18px; height: 18px; border-radius: 3px; margin: 1px; background: var(--none); vertical-align: middle; font-size: 10px; line-height: 18px; color: #fff; text-align: center; }
.mark[data-state="zero-risk"], .mark[data-legend="zero-risk"] { background: var(--zero-risk); }
.mark[data-state="hazard"], .mark[data-legend="hazard"] { background: var(--hazard); }
.mark[data-state="late"], .mark[data-legend="late"] { background: var(--late); }
.mark[data-state="missed"], .mark[data-legend="missed"] { background: var(--missed); }
.mark[data-state="suspended"], .mark[data-legend="suspended"] { background: var(--suspended); }
.mark[data-state="closed"], .mark[data-legend="closed"] { background: var(--closed); }
.mark[data-state="leave"], .mark[data-legend="leave"] { background: var(--leave); }
.mark[data-state="pending"], .mark[data-legend="pending"] { background: var(--pending); }
.mark[data-state="none"], .mark[data-legend="none"] { background: var(--none); border: 1px solid var(--line); }
.legend { display: flex; flex-wrap: wrap; gap: 12px; list-style: none; padding: 0; font-size: 13px; }
.legend .mark { margin-right: 4px; }
.thumbnail { max-width: 160px; max-height: 120px; border: 1px solid var(--line); display: block; }
.evidence { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 8px; }
.sha256 { font-family: monospace; font-size: 11px; color: var(--muted); word-break: break-all; }
.refusal { max-width: 560px; margin: 80px auto; border: 1px solid var(--line); padding: 24px; border-radius: 8px; }
.empty { color: var(--muted); }
.pager { align-items: center; margin: 8px 0; }
.pager ol { display: flex; flex-wrap: wrap; gap: 8px; list-style: none; padding: 0; margin: 0; }
.pager [aria-current="page"] { font-weight: 600; }
`;
