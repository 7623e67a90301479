import { card, markdown, note } from "./card-json.js";
import { escapeMarkdown, shorten } from "./markdown-text.js";
const shownGaps = 30;
/** Sent with the archive's zip: what it covers and, plainly, what an inspector would find missing. */
export function buildArchiveSummaryCard(view) {
    const gaps = view.gaps.slice(0, shownGaps).map((gap) => `- ${escapeMarkdown(shorten(gap, 120))}`);
    if (view.gaps.length > shownGaps)
        gaps.push(`- …另有 ${view.gaps.length - shownGaps} 处，详见档案中的 index.docx`);
    return card({
        title: '存档备查档案',
        subtitle: `${view.unitName} · ${view.from} 至 ${view.to}`,
        template: view.gaps.length > 0 ? 'orange' : 'green',
        summary: `存档备查档案：${view.unitName}`,
        elements: [
            markdown(`共 ${view.fileCount} 个文件，已打包为 ${view.zipNames.map((name) => escapeMarkdown(name)).join('、')}。`),
            markdown(view.gaps.length > 0 ? `**检查索引发现 ${view.gaps.length} 处缺漏：**\n${gaps.join('\n')}` : '**检查索引未发现缺漏。**'),
            note('档案含每日检查记录、周报、调度会议纪要、隐患整改、任命与培训考核等 Word 文档，以及 records.json 与 manifest.json（SHA-256），可用 npm run qs -- verify --export 核对。'),
        ],
    });
}
//# sourceMappingURL=archive-summary-card.js.map