import path from 'node:path';
import { fileURLToPath } from 'node:url';
// Resolved from this file rather than from process.cwd(), so the service, the CLI and the tests find the same
// migrations whatever folder they are started from.
export const prismaFolder = fileURLToPath(new URL('../../../prisma/', import.meta.url));
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