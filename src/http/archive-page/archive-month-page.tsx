import type { ArchiveMonthView } from '../../domain/archive/archive-month-view.ts';
import type { ArchivedEvidence, ArchivedHazard } from '../../domain/archive/archive-snapshot.ts';
import { formatLocalDateTime } from '../../domain/calendar/local-time.ts';
import { hazardItemWords } from '../../domain/hazards/hazard-source.ts';
import { hazardStatusLabel } from '../../domain/hazards/hazard-status.ts';
import { ARCHIVE_FILES, archiveFileNames } from '../../documents/archive/archive-file-names.ts';
import { ORGANISATION_FILE_TITLES } from '../../documents/archive/organisation-file-titles.ts';
import { ArchiveDocument } from './archive-document.tsx';
import type { ArchiveAddresses } from './archive-link-addresses.ts';
import { DailyRecordsGrid, DailyRecordsLegend } from './daily-records-grid.tsx';
import { OfficerPager } from './officer-pager.tsx';

function monthWords(month: string): string {
  const [year, number] = month.split('-');
  return `${year}年${Number(number)}月`;
}

function WeeklyReports({ view }: { view: ArchiveMonthView }) {
  const zone = view.unit.timeZone;
  if (view.weeklyReports.length === 0) return <p className="empty">本月没有每周质量安全排查治理报告。</p>;
  return (
    <table>
      <caption>每周质量安全排查治理报告</caption>
      <thead>
        <tr>
          <th scope="col">排查期间</th>
          <th scope="col">状态</th>
          <th scope="col">发现隐患</th>
        </tr>
      </thead>
      <tbody>
        {view.weeklyReports.map((report) => (
          <tr key={report.id} data-report={report.id}>
            <td>
              {report.periodStart} 至 {report.periodEnd}
            </td>
            <td>{report.status === 'confirmed' ? `已确认（${report.directorName}${report.confirmedAt ? ` ${formatLocalDateTime(new Date(report.confirmedAt), zone)}` : ''}）` : '草稿（待质量安全总监确认）'}</td>
            <td>{report.content.hazardsFound.length} 项</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MonthlyMinutes({ view }: { view: ArchiveMonthView }) {
  const zone = view.unit.timeZone;
  if (view.monthlyMinutes.length === 0) return <p className="empty">本月没有每月质量安全调度会议纪要。</p>;
  return (
    <table>
      <caption>每月质量安全调度会议纪要</caption>
      <thead>
        <tr>
          <th scope="col">调度期间</th>
          <th scope="col">状态</th>
          <th scope="col">会议日期</th>
          <th scope="col">参会人员</th>
          <th scope="col">确认人及时间</th>
        </tr>
      </thead>
      <tbody>
        {view.monthlyMinutes.map((minutes) => (
          <tr key={minutes.id}>
            <td>
              {minutes.periodStart} 至 {minutes.periodEnd}
            </td>
            <td>{minutes.status === 'confirmed' ? '已确认' : '草稿（待主要负责人确认）'}</td>
            <td>{minutes.content.meeting.date || '未记录'}</td>
            <td>{minutes.content.meeting.attendees.join('、') || '未记录'}</td>
            <td>{minutes.confirmedAt ? `${minutes.confirmedByName ?? ''} ${formatLocalDateTime(new Date(minutes.confirmedAt), zone)}` : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Evidence({ items, view, addresses }: { items: ArchivedEvidence[]; view: ArchiveMonthView; addresses: ArchiveAddresses }) {
  if (items.length === 0) return <span className="empty">无</span>;
  return (
    <ul className="evidence">
      {items.map((item) => {
        const address = addresses.evidence(view.unit.id, item.sha256);
        const note = `${item.senderName} ${formatLocalDateTime(new Date(item.receivedAt), view.unit.timeZone)}`;
        return (
          <li key={`${item.sha256}-${item.receivedAt}`}>
            {item.kind === 'image' ? (
              <a href={address}>
                <img className="thumbnail" src={address} alt={`隐患 ${item.hazardNumber} 的照片（${note}）`} />
              </a>
            ) : (
              <a href={address} download={item.fileName}>
                {item.fileName}
              </a>
            )}
            <div className="sha256">SHA-256 {item.sha256}</div>
          </li>
        );
      })}
    </ul>
  );
}

function Hazards({ view, addresses }: { view: ArchiveMonthView; addresses: ArchiveAddresses }) {
  if (view.hazards.length === 0) return <p className="empty">本月没有发现或未关闭的隐患。</p>;
  const evidenceOf = (hazard: ArchivedHazard) => view.evidence.filter((item) => item.hazardNumber === hazard.number);
  return (
    <table>
      <caption>隐患排查治理</caption>
      <thead>
        <tr>
          <th scope="col">编号</th>
          <th scope="col">发现日期</th>
          <th scope="col">发现环节</th>
          <th scope="col">隐患描述</th>
          <th scope="col">等级</th>
          <th scope="col">整改责任人</th>
          <th scope="col">整改期限</th>
          <th scope="col">状态</th>
          <th scope="col">证据</th>
        </tr>
      </thead>
      <tbody>
        {view.hazards.map((hazard) => (
          <tr key={hazard.id} data-hazard={hazard.number}>
            <td>{hazard.number}</td>
            <td>{hazard.reportedDate}</td>
            <td>
              {hazardItemWords(hazard)}（{hazard.officerName}）
            </td>
            <td>
              {hazard.description}
              {hazard.measures ? `；措施：${hazard.measures}` : ''}
            </td>
            <td>{hazard.serious ? '严重隐患' : '一般隐患'}</td>
            <td>{hazard.ownerName ?? '未指派'}</td>
            <td>{hazard.deadline ?? '—'}</td>
            <td>{hazardStatusLabel(hazard.status)}</td>
            <td>
              <Evidence items={evidenceOf(hazard)} view={view} addresses={addresses} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Downloads({ view, addresses }: { view: ArchiveMonthView; addresses: ArchiveAddresses }) {
  const names = archiveFileNames({ dailyRecords: [...view.dailyRecords, ...view.namesakes], weeklyReports: view.weeklyReports, monthlyMinutes: view.monthlyMinutes });
  const link = (path: string, label: string) => (
    <li key={path}>
      <a href={addresses.document(view.unit.id, view.month, path)}>{label}</a>
    </li>
  );
  return (
    <>
      <ul>
        {link(ARCHIVE_FILES.index, '存档备查检查索引')}
        {view.monthlyMinutes.map((minutes) => link(names.monthlyMinutes.get(minutes.id)!, `每月质量安全调度会议纪要 ${minutes.periodStart} 至 ${minutes.periodEnd}`))}
        {view.weeklyReports.map((report) => link(names.weeklyReports.get(report.id)!, `每周质量安全排查治理报告 ${report.periodStart} 至 ${report.periodEnd}`))}
        {ORGANISATION_FILE_TITLES.map(([path, title]) => link(path, title))}
      </ul>
      <details>
        <summary>
          每日质量安全检查记录（{view.officerPage.pageCount > 1 ? `本页质量安全员 ${view.dailyRecords.length} 份，本月共 ${view.dailyRecordCount} 份` : `${view.dailyRecords.length} 份`}）
        </summary>
        <ul>
          {view.dailyRecords.map((record) => link(names.dailyRecords.get(record.id)!, `${record.date}${record.shift === '' ? '' : ` 班次 ${record.shift}`} ${record.officerName}`))}
        </ul>
      </details>
    </>
  );
}

/** A unit's month as an inspector reads it: the daily records, the weekly and monthly records, the hazards, the gaps. */
export function ArchiveMonthPage({ view, addresses }: { view: ArchiveMonthView; addresses: ArchiveAddresses }) {
  const title = `${view.unit.name} ${monthWords(view.month)} 质量安全档案`;
  const pageAddress = (page: number) => addresses.page(view.unit.id, view.month, page);
  return (
    <ArchiveDocument title={title} stylesheet={addresses.stylesheet}>
      <header>
        <h1>{title}</h1>
        <p className="produced">页面生成于 {formatLocalDateTime(new Date(view.generatedAt), view.unit.timeZone)}，内容与导出的存档备查档案一致</p>
        <nav>
          <a href={addresses.page(view.unit.id, view.previousMonth)} rel="prev">
            ← {monthWords(view.previousMonth)}
          </a>
          {view.nextMonth ? (
            <a href={addresses.page(view.unit.id, view.nextMonth)} rel="next">
              {monthWords(view.nextMonth)} →
            </a>
          ) : null}
          {view.otherUnits.map((unit) => (
            <a key={unit.id} href={addresses.page(unit.id, view.month)}>
              {unit.name}
            </a>
          ))}
        </nav>
      </header>
      <main>
        <section>
          <h2>日管控：每日质量安全检查记录</h2>
          <OfficerPager page={view.officerPage} address={pageAddress} />
          <DailyRecordsGrid grid={view.grid} />
          <DailyRecordsLegend />
          <OfficerPager page={view.officerPage} address={pageAddress} />
        </section>
        <section>
          <h2>周排查：每周质量安全排查治理报告</h2>
          <WeeklyReports view={view} />
        </section>
        <section>
          <h2>月调度：每月质量安全调度会议纪要</h2>
          <MonthlyMinutes view={view} />
        </section>
        <section>
          <h2>隐患及整改</h2>
          <Hazards view={view} addresses={addresses} />
        </section>
        <section>
          <h2>缺漏</h2>
          {view.gaps.shown.length === 0 ? (
            <p className="empty">检查索引未发现缺漏。</p>
          ) : (
            <ul className="gaps">
              {view.gaps.shown.map((gap) => (
                <li key={gap}>{gap}</li>
              ))}
              {view.gaps.more > 0 ? <li className="more">另有 {view.gaps.more} 项，见 index.docx</li> : null}
            </ul>
          )}
        </section>
        <section>
          <h2>下载文档</h2>
          <Downloads view={view} addresses={addresses} />
        </section>
      </main>
    </ArchiveDocument>
  );
}
