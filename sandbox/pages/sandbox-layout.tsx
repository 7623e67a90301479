import type { ReactNode } from 'react';
import type { Notice } from '../sandbox-world.ts';

export interface SidebarPerson {
  openId: string;
  name: string;
  roleNames: string;
}

export interface SidebarUnit {
  id: string;
  name: string;
  people: SidebarPerson[];
}

export interface LayoutProps {
  /** e.g. `2026-12-04 07:00 周五`. */
  clock: string;
  units: SidebarUnit[];
  jobs: Array<{ name: string; label: string }>;
  /** The clock's date, the job form's default. */
  today: string;
  selectedOpenId: string | undefined;
  notice: Notice | undefined;
  /** Where the forms at the top return to. */
  back: string;
  children: ReactNode;
}

function TimeBar({ clock, units, jobs, today, back }: Pick<LayoutProps, 'clock' | 'units' | 'jobs' | 'today' | 'back'>) {
  return (
    <header className="time-bar">
      <p className="clock" data-testid="clock">
        模拟时间 {clock}
      </p>
      <form method="post" action="/jobs" className="job-form">
        <input type="hidden" name="back" value={back} />
        <label htmlFor="job">任务</label>
        <select id="job" name="job">
          {jobs.map((job) => (
            <option key={job.name} value={job.name}>
              {job.label}
            </option>
          ))}
        </select>
        <label htmlFor="unit">单位</label>
        <select id="unit" name="unit">
          {units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </select>
        <label htmlFor="date">日期</label>
        <input id="date" name="date" type="date" defaultValue={today} required />
        <button type="submit">运行任务</button>
      </form>
      <form method="post" action="/advance-day" className="advance-form">
        <input type="hidden" name="back" value={back} />
        <button type="submit">推进一天</button>
      </form>
    </header>
  );
}

function PeopleList({ units, selectedOpenId }: Pick<LayoutProps, 'units' | 'selectedOpenId'>) {
  return (
    <nav className="people" aria-label="人员">
      {units.map((unit) => (
        <section key={unit.id}>
          <h2>{unit.name}</h2>
          <ul>
            {unit.people.map((person) => (
              <li key={person.openId}>
                <a href={`/people/${person.openId}`} aria-current={person.openId === selectedOpenId ? 'page' : undefined}>
                  {person.name}
                </a>
                <span className="role-names">{person.roleNames}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}

/** Every sandbox page: the clock and job controls on top, the people on the left, the page itself on the right. */
export function SandboxLayout(props: LayoutProps) {
  return (
    <html lang="zh-CN">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>质安助手沙盒</title>
        <link rel="stylesheet" href="/sandbox.css" />
        <script src="/sandbox.js" defer />
      </head>
      <body>
        <TimeBar clock={props.clock} units={props.units} jobs={props.jobs} today={props.today} back={props.back} />
        {props.notice ? (
          <p className={`notice notice-${props.notice.kind}`} role={props.notice.kind === 'error' ? 'alert' : 'status'}>
            {props.notice.text}
          </p>
        ) : null}
        <div className="columns">
          <PeopleList units={props.units} selectedOpenId={props.selectedOpenId} />
          <main>{props.children}</main>
        </div>
      </body>
    </html>
  );
}
