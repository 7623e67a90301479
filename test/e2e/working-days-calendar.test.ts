import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docxArchiveFiles } from '../../src/export/docx-archive-files.ts';
import { exportArchive } from '../../src/use-cases/archive/export-archive.ts';
import { type Harness, organisationYaml, people, startHarness } from '../support/service-harness.ts';

const workingDays = organisationYaml.replace('    checklist: producer-default\n', '    checklist: producer-default\n    calendar: working-days\n');

describe('a unit on China’s official working days', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
    await harness.importOrganisation(workingDays, new Date('2026-09-30T08:00:00+08:00'));
  });
  afterEach(async () => harness?.close());

  it('pushes nothing on a public holiday, and pushes on a 补班 Saturday', async () => {
    expect(await harness.runJob('daily-push', '2026-10-01')).toContain('不营业（法定节假日：国庆节）');
    await harness.runJob('daily-push', '2026-10-10');
    await harness.settle();
    expect(harness.standIn.cardsTo(people.officerWang.openId)).toHaveLength(1);
    expect(await harness.rows.dailyCheck.count({ where: { date: '2026-10-01' } })).toBe(0);
  });

  it('the inspection index does not count the holidays as days without a record', async () => {
    await harness.runJob('daily-push', '2026-10-10');
    await harness.settle();
    harness.actAt('2026-10-10 09:00');
    await harness.lark.sendText(people.officerWang.openId, '全部正常');
    await harness.lark.sendText(people.officerZhao.openId, '全部正常');
    await harness.settle();
    const { gaps } = await exportArchive(
      { archiveRows: harness.database.archiveRows, store: harness.database.store },
      { unitId: 'acme-plant', from: '2026-10-01', to: '2026-10-10', now: new Date('2026-10-11T09:00:00+08:00'), actor: 'export', write: (content) => docxArchiveFiles.toZips(content) },
    );
    expect(gaps.filter((gap) => gap.includes('无检查记录'))).toEqual([
      expect.stringContaining('2026-10-09'),
      expect.stringContaining('2026-10-09'),
    ]);
  });
});
