// `npm run db:generate` and the package's postinstall: derives the PostgreSQL schema from the source schema and
// generates both Prisma clients, without network access.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { writePostgresqlSchema } from '../src/store/database/derive-postgresql-schema.ts';
import { providerPaths } from '../src/store/database/prisma-paths.ts';

const require = createRequire(import.meta.url);
const prismaPackageJson = require.resolve('prisma/package.json');
const prismaCli = path.join(path.dirname(prismaPackageJson), 'build', 'index.js');

// Every prisma command first tries to download the native schema engine, which this project never uses (migrations
// run through the WebAssembly engine). Naming any existing file stops the download; `generate` does not run it.
function offlineEnvironment(): NodeJS.ProcessEnv {
  const configured = process.env.PRISMA_SCHEMA_ENGINE_BINARY;
  return {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: configured && existsSync(configured) ? configured : prismaPackageJson,
    CHECKPOINT_DISABLE: '1',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
  };
}

function generateClient(schemaPath: string): void {
  const result = spawnSync(process.execPath, [prismaCli, 'generate', '--schema', schemaPath], {
    env: offlineEnvironment(),
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    throw new Error(`prisma generate 失败（${schemaPath}），退出码 ${result.status ?? result.signal}。`);
  }
}

try {
  if (writePostgresqlSchema()) console.log('已根据 prisma/schema.prisma 更新 prisma/postgresql/schema.prisma');
  generateClient(providerPaths('sqlite').schemaPath);
  generateClient(providerPaths('postgresql').schemaPath);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
