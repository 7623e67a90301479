import { describe, expect, it } from 'vitest';
import { renderArchiveDocuments } from '../../../src/documents/archive/archive-documents.ts';
import { docxText, isZip } from '../../support/docx-text.ts';
import { novemberMinutes, novemberSnapshot } from '../../domain/archive/snapshot-fixture.ts';

describe('the documents of an inspection export', () => {
  it('renders every record and register of the month as a Word file at its own path', async () => {
    const snapshot = novemberSnapshot();
    const documents = await renderArchiveDocuments({ ...snapshot, monthlyMinutes: [novemberMinutes(snapshot)] });
    const paths = documents.map((document) => document.path);
    expect(paths[0]).toBe('index.docx');
    expect(paths.filter((path) => path.startsWith('daily/'))).toHaveLength(snapshot.dailyRecords.length);
    expect(paths).toEqual(expect.arrayContaining([
      'daily/2026-11-04_张三.docx',
      'weekly/2026-11-07_2026-11-13.docx',
      'monthly/2026-11.docx',
      'appointments.docx',
      'duty-statements.docx',
      'checklists.docx',
      'training.docx',
      'suspensions.docx',
      'suggestions.docx',
    ]));
    expect(new Set(paths).size).toBe(paths.length);
    expect(documents.every((document) => isZip(document.content))).toBe(true);
  });

  it('prints the weekly reports and the minutes with the unit\'s local times, a draft marked as one', async () => {
    const snapshot = novemberSnapshot();
    const documents = await renderArchiveDocuments({ ...snapshot, monthlyMinutes: [novemberMinutes(snapshot)] });
    const text = async (path: string): Promise<string> => docxText(documents.find((document) => document.path === path)!.content);
    expect(await text('weekly/2026-11-07_2026-11-13.docx')).toContain('（草稿，尚未确认）');
    expect(await text('weekly/2026-11-14_2026-11-20.docx')).toContain('质量安全总监 赵六　2026-11-20 18:30');
    expect(await text('monthly/2026-11.docx')).toContain('钱七　2026-11-30 17:00');
  });
});
