import { CHECK_STATE_LABELS, CHECK_STATES, type CheckMark, type MonthGrid } from '../../domain/archive/archive-month-grid.ts';

/** What a mark's tooltip says: the state, the shift, and why or who covered. */
function markTitle(officerName: string, mark: CheckMark): string {
  const shift = mark.shift === '' ? '' : ` 班次 ${mark.shift}`;
  const cover = mark.cover ? `，代班 ${mark.cover.substituteName ?? '未指定'}：${CHECK_STATE_LABELS[mark.cover.state]}` : '';
  const reason = mark.reason ? `（${mark.reason}）` : '';
  return `${mark.date}${shift} ${officerName}：${CHECK_STATE_LABELS[mark.state]}${reason}${cover}`;
}

function Mark({ officerName, mark }: { officerName: string; mark: CheckMark }) {
  // One text, not two: a title is the tooltip a mouse user sees, and with role="img" it is also the name a screen reader
  // reads (an aria-label would give no tooltip, and on a plain span screen readers may not read it at all).
  return (
    <span className="mark" data-state={mark.state} data-date={mark.date} data-officer={officerName} {...(mark.shift === '' ? {} : { 'data-shift': mark.shift })} {...(mark.cover ? { 'data-cover-state': mark.cover.state } : {})} role="img" title={markTitle(officerName, mark)}>
      {mark.cover ? '代' : ''}
    </span>
  );
}

export function DailyRecordsLegend() {
  return (
    <ul className="legend">
      {CHECK_STATES.map((state) => (
        <li key={state}>
          <span className="mark" data-legend={state} aria-hidden="true" />
          {CHECK_STATE_LABELS[state]}
        </li>
      ))}
    </ul>
  );
}

const WEEKDAYS = ['', '一', '二', '三', '四', '五', '六', '日'];

/** 每日质量安全检查记录 as a month: a row per 质量安全员, a column per day, a mark per shift. */
export function DailyRecordsGrid({ grid }: { grid: MonthGrid }) {
  return (
    <div className="grid-scroll">
      <table className="grid">
        <caption>每日质量安全检查记录</caption>
        <thead>
          <tr>
            <th scope="col">质量安全员</th>
            {grid.days.map((day) => (
              <th key={day.date} scope="col" className={day.isoWeekday >= 6 ? 'day weekend' : 'day'} title={`${day.date} 星期${WEEKDAYS[day.isoWeekday]}`}>
                {Number(day.date.slice(8))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.officers.length === 0 ? (
            <tr>
              <td colSpan={grid.days.length + 1} className="empty">
                本月没有在岗的质量安全员。
              </td>
            </tr>
          ) : (
            grid.officers.map((officer) => (
              <tr key={officer.personId}>
                <th scope="row">{officer.officerName}</th>
                {officer.days.map((day) => (
                  <td key={day.date} className="day">
                    {day.marks.map((mark) => (
                      <Mark key={mark.shift} officerName={officer.officerName} mark={mark} />
                    ))}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
