import { describe, expect, it } from 'vitest';
import { renderAppointmentsDocx } from '../../../src/documents/archive/appointments-document.ts';
import { renderDutyStatementsDocx } from '../../../src/documents/archive/duty-statements-document.ts';
import { renderChecklistsDocx } from '../../../src/documents/archive/checklists-document.ts';
import { renderTrainingDocx } from '../../../src/documents/archive/training-document.ts';
import { renderSuspensionsDocx } from '../../../src/documents/archive/suspensions-document.ts';
import { docxText } from '../../support/docx-text.ts';
import { novemberSnapshot } from '../../domain/archive/snapshot-fixture.ts';

describe('《质量安全管理人员任命及调整记录》', () => {
  it('lists every appointment and removal with its time and grounds, in the unit\'s local time', async () => {
    const text = await docxText(await renderAppointmentsDocx(novemberSnapshot()));
    expect(text).toContain('《质量安全管理人员任命及调整记录》');
    for (const header of ['姓名', '职务', '任命日期', '任命文件', '登记时间及依据', '免职时间', '免职原因']) expect(text).toContain(header);
    expect(text).toContain('2026-11-16 09:00');
    expect(text).toContain('新开门店，增设质量安全员');
    expect(text).toContain('2026-10-15 10:00');
    expect(text).toContain('调往采购部');
  });

  it('shows the day each appointment took effect and its document, and the import\'s day when the file gave none', async () => {
    const snapshot = novemberSnapshot();
    snapshot.appointments = snapshot.appointments.map((appointment) =>
      appointment.personName === '赵六' ? { ...appointment, effectiveOn: '2025-02-25', document: '质安任〔2025〕3号' } : appointment,
    );
    const text = await docxText(await renderAppointmentsDocx(snapshot));
    expect(text).toContain('赵六\n\n质量安全总监\n\n2025-02-25\n\n质安任〔2025〕3号');
    expect(text).toContain('王五\n\n质量安全员\n\n2026-11-16\n\n—');
  });

  it('shows who held which post during the period, the principal included', async () => {
    const text = await docxText(await renderAppointmentsDocx(novemberSnapshot()));
    expect(text).toContain('一、本期任职情况');
    expect(text).toContain('主要负责人\n\n钱七');
    expect(text).toContain('王五\n\n2026-11-16 至 2026-11-30');
  });
});

describe('《质量安全总监职责》《质量安全员守则》', () => {
  it('prints each statement with the version in force, and both versions when one replaced another in the period', async () => {
    const text = await docxText(await renderDutyStatementsDocx(novemberSnapshot()));
    expect(text).toContain('《质量安全总监职责》');
    expect(text).toContain('《质量安全员守则》');
    expect(text).toContain('行使质量安全一票否决权');
    expect(text).toContain('版本：第 1 版（2025-03-01 至 2026-11-19 施行，此后由第 2 版替代）');
    expect(text).toContain('版本：第 2 版（2026-11-20 起施行，现行有效）');
    expect(text).toContain('十一、每日抽检电热水壶等重点产品温控器。');
  });

  it('says so when the unit has none archived', async () => {
    const text = await docxText(await renderDutyStatementsDocx({ ...novemberSnapshot(), dutyStatements: [] }));
    expect(text).toContain('本单位本期没有存档的《质量安全总监职责》。');
    expect(text).toContain('本单位本期没有存档的《质量安全员守则》。');
  });
});

describe('《工业产品质量安全风险管控清单》', () => {
  it('prints every version in force during the period with its items', async () => {
    const text = await docxText(await renderChecklistsDocx(novemberSnapshot()));
    expect(text).toContain('《工业产品质量安全风险管控清单》');
    expect(text).toContain('本期施行的风险管控清单共 2 个版本。');
    expect(text).toContain('施行期间：2025-03-01 至 2026-11-09 施行，此后由第 2 版替代');
    expect(text).toContain('施行期间：2026-11-10 起施行，现行有效');
    expect(text).toContain('电热水壶等重点产品温控器抽检');
  });

  it('leaves out a version replaced before the period began', async () => {
    const text = await docxText(await renderChecklistsDocx({ ...novemberSnapshot(), period: { from: '2026-11-20', to: '2026-11-30' } }));
    expect(text).toContain('本期施行的风险管控清单共 1 个版本。');
    expect(text).not.toContain('第 1 版');
  });
});

describe('《培训考核记录》', () => {
  it('shows each post holder\'s latest training and assessment, and every record', async () => {
    const text = await docxText(await renderTrainingDocx(novemberSnapshot()));
    expect(text).toContain('《培训考核记录》');
    expect(text).toContain('无考核记录');
    expect(text).toContain('2026-11-10 已完成\n\n岗前培训 4 学时');
    expect(text).toContain('质量安全管理人员考核 92 分');
    expect(text).toContain('未通过考核的人员不得担任相应岗位的质量安全管理人员，监督抽查考核不合格的，应当立即采取整改措施（市场监管总局令第76号第十五条）。');
    expect(text).toContain('（市场监管总局令第76号第六条第三项）');
  });

  it('lists every training session with its content, hours, trainer and attendees', async () => {
    const text = await docxText(await renderTrainingDocx(novemberSnapshot()));
    expect(text).toContain('截至 2026-11-30 共有培训记录 2 次，其中本期 0 次。');
    for (const cell of ['2025-02-15', '《产品质量法》和强制性国家标准', '销售者的产品质量责任；CCC 目录产品的标志和证书核对', '8', '市质量协会 周老师', '赵六、张三', '命令行登记']) {
      expect(text).toContain(cell);
    }
  });

  it('shows each assessment with its score and assessor, and a failed spot check with its rectification', async () => {
    const snapshot = novemberSnapshot();
    const text = await docxText(await renderTrainingDocx({
      ...snapshot,
      assessments: [
        ...snapshot.assessments,
        { personId: 'p-wang', personName: '王五', kind: 'assessment', date: '2026-11-12', passed: true, note: '', score: 86.5, assessor: '赵六' },
        { personId: 'p-li', personName: '李四', kind: 'spot-check', date: '2026-11-20', passed: false, note: '', score: 55, assessor: '区市场监管所', rectification: '停岗重新培训，复核当周进货台账', rectifiedOn: '2026-11-23' },
      ],
    }));
    expect(text).toContain('2026-11-12 合格（86.5 分，考核人：赵六）');
    expect(text).toContain('区市场监管所');
    expect(text).toContain('停岗重新培训，复核当周进货台账');
    expect(text).toContain('2026-11-23');
  });

  it('cites the producers\' rule, Order 75, for a producer', async () => {
    const snapshot = novemberSnapshot();
    const text = await docxText(await renderTrainingDocx({ ...snapshot, unit: { ...snapshot.unit, kind: 'producer' } }));
    expect(text).toContain('（市场监管总局令第75号第六条第四项）');
    expect(text).not.toContain('第76号');
  });
});

describe('《停工停产（停业）记录》', () => {
  it('records the closure, its reason and the checks it paused', async () => {
    const text = await docxText(await renderSuspensionsDocx(novemberSnapshot()));
    expect(text).toContain('《停工停产（停业）记录》');
    expect(text).toContain('店面装修停业');
    expect(text).toContain('本期因停工停产（停业）暂停日管控检查 2 次：');
  });

  it('says so when the unit never stopped', async () => {
    const snapshot = novemberSnapshot();
    const text = await docxText(await renderSuspensionsDocx({ ...snapshot, suspensions: [], dailyRecords: snapshot.dailyRecords.filter((record) => record.status !== 'suspended') }));
    expect(text).toContain('本期没有停工停产（停业）。');
    expect(text).toContain('本期没有因停工停产（停业）暂停的日管控检查。');
  });
});
