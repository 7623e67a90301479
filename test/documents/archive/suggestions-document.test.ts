import { describe, expect, it } from 'vitest';
import { renderSuggestionsDocx } from '../../../src/documents/archive/suggestions-document.ts';
import { docxText } from '../../support/docx-text.ts';
import { novemberSnapshot } from '../../domain/archive/snapshot-fixture.ts';

describe('the suggestion and veto record as a .docx', () => {
  it('keeps each suggestion and veto with who proposed it, when, and how it was answered', async () => {
    const text = await docxText(await renderSuggestionsDocx(novemberSnapshot()));
    expect(text).toContain('《质量安全意见建议及否决处理记录》');
    expect(text).toContain('共 2 项（其中否决建议 1 项），已答复 1 项，尚未答复 1 项。');
    expect(text).toContain('第 1 号 否决建议');
    expect(text).toContain('提出人：质量安全员 王五');
    expect(text).toContain('提出时间：2026-11-20 10:05');
    expect(text).toContain('内容：电热水壶 2026-1103 批次温控器失效，建议立即停止销售该批次全部产品');
    expect(text).toContain('处理决定：采纳');
    expect(text).toContain('答复：同意，立即下架并通知已购顾客');
    expect(text).toContain('答复人：钱七');
    expect(text).toContain('答复时间：2026-11-20 11:30');
  });

  it('shows an unanswered suggestion as unanswered', async () => {
    const text = await docxText(await renderSuggestionsDocx(novemberSnapshot()));
    expect(text).toContain('第 2 号 意见建议');
    expect(text).toContain('提出人：质量安全总监 赵六');
    expect(text).toContain('处理决定：尚未答复');
  });

  it('says the record cannot be edited and what Art. 16 makes of an unjustified rejection', async () => {
    const text = await docxText(await renderSuggestionsDocx(novemberSnapshot()));
    expect(text).toContain('任何人不能修改或删除');
    expect(text).toContain('依据第十六条');
  });

  it('says so when nothing was proposed', async () => {
    const text = await docxText(await renderSuggestionsDocx({ ...novemberSnapshot(), suggestions: [] }));
    expect(text).toContain('本期没有质量安全总监、质量安全员提出的意见建议或否决建议。');
  });
});
