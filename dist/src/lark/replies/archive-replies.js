export function archivesSentReply(outcome) {
    const lines = outcome.archives.map((archive) => `${archive.unitName} ${archive.month} 的档案已生成（${archive.fileCount} 个文件${archive.parts > 1 ? `，分 ${archive.parts} 个压缩包` : ''}），正在发送。`);
    return { reply: lines.join('\n'), tone: 'success' };
}
export const archiveRefusalWording = {
    'archive.export-not-allowed': () => '档案导出由主要负责人和质量安全总监操作，您可以请他们导出。',
    'archive.unit-not-found': ({ unitId }) => `找不到单位 ${unitId} 的记录。`,
};
//# sourceMappingURL=archive-replies.js.map