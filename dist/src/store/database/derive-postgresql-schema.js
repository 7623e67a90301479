import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { providerPaths } from "./prisma-paths.js";
const generatedHeader = [
    '// 本文件由 scripts/generate-clients.ts 根据 prisma/schema.prisma 自动生成，请勿手工修改。',
    '// 修改数据模型请编辑 prisma/schema.prisma，然后运行 npm run db:generate 与 npm run db:migration -- <名称>。',
].join('\n');
const sqliteProviderLine = /^(\s*provider\s*=\s*)"sqlite"(\s*)$/m;
const sqliteOutputLine = /^(\s*output\s*=\s*)"\.\.\/generated\/sqlite"(\s*)$/m;
function replaceOnce(text, pattern, replacement, description) {
    if (!pattern.test(text)) {
        throw new Error(`prisma/schema.prisma 中找不到${description}，无法生成 PostgreSQL 版本的 schema。`);
    }
    return text.replace(pattern, replacement);
}
// The source schema's opening comment speaks about itself as "the one source schema"; in the copy it would
// mislead, so the copy starts with its own header instead.
function withoutLeadingComment(text) {
    const lines = text.split('\n');
    let firstContentLine = 0;
    while (firstContentLine < lines.length) {
        const line = (lines[firstContentLine] ?? '').trim();
        if (line !== '' && !line.startsWith('//'))
            break;
        firstContentLine += 1;
    }
    return lines.slice(firstContentLine).join('\n');
}
export function derivePostgresqlSchema(sqliteSchema) {
    let schema = withoutLeadingComment(sqliteSchema);
    schema = replaceOnce(schema, sqliteProviderLine, '$1"postgresql"$2', ' datasource 的 provider = "sqlite"');
    schema = replaceOnce(schema, sqliteOutputLine, '$1"../../generated/postgresql"$2', ' generator 的 output = "../generated/sqlite"');
    return `${generatedHeader}\n\n${schema}`;
}
// Returns whether the file changed, so callers can tell the developer that the clients need regenerating.
export function writePostgresqlSchema() {
    const derived = derivePostgresqlSchema(readFileSync(providerPaths('sqlite').schemaPath, 'utf8'));
    const { schemaPath } = providerPaths('postgresql');
    if (existsSync(schemaPath) && readFileSync(schemaPath, 'utf8') === derived)
        return false;
    mkdirSync(path.dirname(schemaPath), { recursive: true });
    writeFileSync(schemaPath, derived);
    return true;
}
//# sourceMappingURL=derive-postgresql-schema.js.map