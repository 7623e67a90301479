import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// Resolved from this file rather than from process.cwd(), so the service, the CLI and the tests find the same
// migrations whatever folder they are started from: the project's root is the nearest folder up with a
// package.json, whether this file runs from src/ (tsx) or from the build in dist/src/.
function projectRoot() {
    for (let folder = path.dirname(fileURLToPath(import.meta.url));; folder = path.dirname(folder)) {
        if (existsSync(path.join(folder, 'package.json')))
            return folder;
        if (path.dirname(folder) === folder)
            throw new Error('no package.json above the running code: the project is incomplete');
    }
}
export const prismaFolder = path.join(projectRoot(), 'prisma');
const postgresqlFolder = path.join(prismaFolder, 'postgresql');
export function providerPaths(provider) {
    if (provider === 'sqlite') {
        return {
            schemaPath: path.join(prismaFolder, 'schema.prisma'),
            migrationsFolder: path.join(prismaFolder, 'migrations'),
        };
    }
    return {
        schemaPath: path.join(postgresqlFolder, 'schema.prisma'),
        migrationsFolder: path.join(postgresqlFolder, 'migrations'),
    };
}
//# sourceMappingURL=prisma-paths.js.map