import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { openIdFor } from '../../lark-stand-in/lark-ids.ts';
import { docxArchiveFiles } from '../../src/export/docx-archive-files.ts';
import { exportArchive } from '../../src/use-cases/archive/export-archive.ts';
import { verifyRecords } from '../../src/use-cases/archive/verify-records.ts';
import { type ChildResult, commandLineEntry, runTypeScript } from '../support/child-process.ts';
import { docxText } from '../support/docx-text.ts';
import { type Harness, organisationYaml, people, startHarness } from '../support/service-harness.ts';

// An officer appointed with no assessment in the file: nothing will be recorded for him.
const withUntrainedOfficer = `${organisationYaml}      - { id: sun, name: 孙八, role: officer, openId: ${openIdFor('孙八')} }\n`;

describe('培训考核 (Art. 15): recorded from the command line and in chat, archived, and every gap named', () => {
  let folder: string;
  let harness: Harness;
  let archive: string;
  let gaps: string[];
  const databaseFile = () => path.join(folder, 'qs.db');

  const qs = (args: string[]): Promise<ChildResult> => runTypeScript(commandLineEntry, args, { cwd: folder, env: { DATABASE_URL: `file:${databaseFile()}` } });
  const expectSuccess = (result: ChildResult) => {
    expect(result.code, `stdout:\n${result.stdout}\nstderr:\n${result.stderr}`).toBe(0);
    return result;
  };
  const recordCounts = async () => ({
    sessions: await harness.rows.trainingSession.count(),
    assessments: await harness.rows.assessment.count(),
    audit: await harness.rows.auditEntry.count(),
  });
  const say = async (openId: string, text: string): Promise<string> => {
    await harness.lark.sendText(openId, text);
    await harness.settle();
    return harness.standIn.textsTo(openId).at(-1) ?? '';
  };

  let cliTraining: ChildResult;
  let cliAssessment: ChildResult;
  let cliSpotCheck: ChildResult;
  const chatReplies: Record<string, string> = {};

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'qs-training-'));
    harness = await startHarness({ databaseUrl: `file:${databaseFile()}` });
    await harness.importOrganisation(withUntrainedOfficer, new Date('2026-10-30T08:00:00+08:00'));

    cliTraining = expectSuccess(
      await qs([
        'training', 'add', '--unit', 'acme-plant', '--date', '2026-11-03', '--subject', '产品质量法和强制性国家标准', '--hours', '4',
        '--trainer', '市质量协会周老师', '--content', '生产者的产品质量责任；强制性产品认证', '--people', 'li,wang',
      ]),
    );
    cliAssessment = expectSuccess(await qs(['assessment', 'add', '--unit', 'acme-plant', '--person', 'zhao', '--date', '2026-11-05', '--result', 'passed', '--score', '90', '--assessor', '李四']));
    cliSpotCheck = expectSuccess(
      await qs([
        'assessment', 'add', '--unit', 'acme-plant', '--person', 'li', '--date', '2026-11-10', '--kind', 'spot-check', '--result', 'failed', '--score', '58',
        '--assessor', '市市场监督管理局', '--rectification', '重新学习第七条职责并补做周排查', '--rectified-on', '2026-11-12',
      ]),
    );

    harness.actAt('2026-11-26 10:00');
    chatReplies.training = await say(people.director.openId, '培训 2026-11-18 2 出厂检验要求 内容：耐压测试和标志检查 授课：李四 参加：王五、赵六');
    chatReplies.assessment = await say(people.director.openId, '考核 王五 2026-11-20 合格 88分 考核人：李四');
    chatReplies.spotCheck = await say(people.director.openId, '抽查考核 赵六 2026-11-25 不合格 考核机关：区市场监管所');
    chatReplies.rectification = await say(people.director.openId, '抽查考核 赵六 2026-11-25 不合格 整改：停岗重新培训并复核当周出厂检验记录 整改日期：2026-11-26');

    archive = path.join(folder, 'archive');
    const result = await exportArchive(
      { archiveRows: harness.database.archiveRows, store: harness.database.store },
      { unitId: 'acme-plant', from: '2026-11-01', to: '2026-11-30', now: new Date('2026-12-02T10:00:00+08:00'), actor: 'export', write: (content) => docxArchiveFiles.toFolder(content, archive) },
    );
    gaps = result.gaps;
  });
  afterAll(async () => {
    await harness?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('the command line says what it recorded, naming each attendee', () => {
    expect(cliTraining.stdout).toContain('已登记 acme-plant 2026-11-03 的培训「产品质量法和强制性国家标准」（4 学时，授课人：市质量协会周老师）');
    expect(cliTraining.stdout).toContain('李四（li）、王五（wang）');
    expect(cliAssessment.stdout).toContain('已登记 赵六（zhao）2026-11-05 的考核：合格，90 分，考核人：李四。');
    expect(cliSpotCheck.stdout).toContain('已登记 李四（li）2026-11-10 的监督抽查考核：不合格，58 分，考核机关：市市场监督管理局。');
    expect(cliSpotCheck.stdout).toContain('已登记 李四（li）2026-11-10 的监督抽查考核不合格后的整改：重新学习第七条职责并补做周排查（2026-11-12）。');
  });

  it('the director is answered in chat; a failed spot check asks for its rectification, citing Order 75', () => {
    expect(chatReplies.training).toContain('已登记 2026-11-18 的培训「出厂检验要求」（2 学时，授课人：李四），参加人员：王五、赵六。');
    expect(chatReplies.assessment).toContain('已登记 王五 2026-11-20 的考核：合格，88 分，考核人：李四。');
    expect(chatReplies.spotCheck).toContain('应当立即采取整改措施（市场监管总局令第75号第十五条）');
    expect(chatReplies.rectification).toContain('已登记 赵六 2026-11-25 的监督抽查考核不合格后的整改：停岗重新培训并复核当周出厂检验记录（2026-11-26）。');
  });

  it('the training document lists every session and every assessment, the spot check with its rectification', async () => {
    const text = await docxText(await readFile(path.join(archive, 'training.docx')));
    for (const shown of [
      '产品质量法和强制性国家标准', '生产者的产品质量责任；强制性产品认证', '市质量协会周老师', '李四、王五', '命令行登记',
      '出厂检验要求', '耐压测试和标志检查', '王五、赵六',
      '2026-11-05', '90', '2026-11-20', '88',
      '区市场监管所', '停岗重新培训并复核当周出厂检验记录', '2026-11-26', '市市场监督管理局', '重新学习第七条职责并补做周排查', '2026-11-12',
    ]) {
      expect(text).toContain(shown);
    }
    expect(text).toContain('截至 2026-11-30 共有培训记录 2 次，其中本期 2 次。');
  });

  it('§2.5 of the index names the officer with neither training nor a passed assessment, and only him', async () => {
    const ownGaps = ['孙八 担任质量安全员但没有培训记录', '孙八 担任质量安全员但没有合格的考核记录'];
    expect(gaps.filter((gap) => gap.includes('培训记录') || gap.includes('考核'))).toEqual(ownGaps);
    const index = await docxText(await readFile(path.join(archive, 'index.docx')));
    for (const gap of ownGaps) expect(index).toContain(gap);
    expect(index).toContain('无培训记录 1 人');
  });

  it('records.json holds the sessions with their attendees', async () => {
    const records = JSON.parse(await readFile(path.join(archive, 'records.json'), 'utf8')) as { trainingSessions: Array<{ subject: string; attendees: Array<{ personName: string }> }> };
    expect(records.trainingSessions.map((session) => [session.subject, session.attendees.map((attendee) => attendee.personName).sort()])).toEqual([
      ['产品质量法和强制性国家标准', ['李四', '王五'].sort()],
      ['出厂检验要求', ['王五', '赵六'].sort()],
    ]);
  });

  it('the audit chain covers every record: verify passes, then names a session changed behind the bot’s back', async () => {
    expect((await verifyRecords(harness.database.archiveRows)).problems).toEqual([]);
    const session = await harness.rows.trainingSession.findFirstOrThrow({ where: { subject: '出厂检验要求' } });
    onTestFinished(async () => {
      await harness.rows.trainingSession.update({ where: { id: session.id }, data: { hours: session.hours } });
    });
    await harness.rows.trainingSession.update({ where: { id: session.id }, data: { hours: 8 } });
    const report = await verifyRecords(harness.database.archiveRows);
    expect(report.problems).toEqual([{ record: '某某电器有限公司：培训记录 2026-11-18 出厂检验要求', problem: expect.stringContaining('被改动过') }]);
  });

  it.each([
    { case: 'an unknown person', args: ['training', 'add', '--unit', 'acme-plant', '--date', '2026-11-04', '--subject', '岗前培训', '--hours', '2', '--people', 'wang,nobody'], names: ['nobody', 'wang（王五）', 'sun（孙八）'] },
    { case: 'a date that does not exist', args: ['training', 'add', '--unit', 'acme-plant', '--date', '2026-11-31', '--subject', '岗前培训', '--hours', '2', '--people', 'wang'], names: ['--date', '2026-11-31', 'YYYY-MM-DD'] },
    { case: 'hours that are not a number', args: ['training', 'add', '--unit', 'acme-plant', '--date', '2026-11-04', '--subject', '岗前培训', '--hours', 'four', '--people', 'wang'], names: ['--hours', 'four'] },
    { case: 'the principal as a trainee', args: ['assessment', 'add', '--unit', 'acme-plant', '--person', 'zhang', '--date', '2026-11-04', '--result', 'passed'], names: ['zhang', '张三', '质量安全员'] },
    {
      case: 'a rectification of a passed assessment',
      args: ['assessment', 'add', '--unit', 'acme-plant', '--person', 'wang', '--date', '2026-11-04', '--result', 'passed', '--rectification', '重新培训', '--rectified-on', '2026-11-05'],
      names: ['--rectification', '不合格的监督抽查考核'],
    },
    { case: 'a result other than passed or failed', args: ['assessment', 'add', '--unit', 'acme-plant', '--person', 'wang', '--date', '2026-11-04', '--result', 'good'], names: ['--result', 'good', 'passed', 'failed'] },
  ])('the command line refuses $case, naming the problem, and writes nothing', async ({ args, names }) => {
    const before = await recordCounts();
    const result = await qs(args);
    expect(result.code).not.toBe(0);
    for (const name of names) expect(result.stderr).toContain(name);
    expect(await recordCounts()).toEqual(before);
  });

  it('in chat, an unknown name is refused naming the candidates, and an officer may not record', async () => {
    const before = await recordCounts();
    expect(await say(people.director.openId, '考核 钱七 2026-11-20 合格')).toContain('本单位没有名为「钱七」的质量安全总监或质量安全员。可选：李四、孙八、王五、赵六');
    expect(await say(people.director.openId, '培训 2026-11-31 2 岗前培训 参加：王五')).toContain('2026-11-31 不存在');
    expect(await say(people.officerWang.openId, '培训 2026-11-20 2 岗前培训 参加：王五')).toContain('由质量安全总监或主要负责人登记');
    expect(await recordCounts()).toEqual(before);
  });
});
