import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derivePostgresqlSchema } from '../../../src/store/database/derive-postgresql-schema.ts';
import { providerPaths } from '../../../src/store/database/prisma-paths.ts';

const source = `// The one source schema.

generator client {
  provider = "prisma-client"
  output   = "../generated/sqlite"
}

datasource db {
  provider = "sqlite"
}

model Unit {
  id String @id
}
`;

describe('the PostgreSQL copy of the schema', () => {
  it('differs from the source only in provider, client folder and a do-not-edit header', () => {
    const derived = derivePostgresqlSchema(source);
    expect(derived).toMatch(/^\/\/ 本文件由 scripts\/generate-clients\.ts .*自动生成，请勿手工修改。/);
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain('output   = "../../generated/postgresql"');
    expect(derived).toContain('provider = "prisma-client"');
    expect(derived).toContain('model Unit {\n  id String @id\n}');
    expect(derived).not.toContain('sqlite');
    expect(derived).not.toContain('The one source schema');
  });

  it('refuses a source schema whose datasource it does not recognise instead of copying it unchanged', () => {
    expect(() => derivePostgresqlSchema(source.replace('"sqlite"', '"mysql"'))).toThrow(/provider = "sqlite"/);
  });

  it('the committed copy is up to date with prisma/schema.prisma (run npm run db:generate if not)', () => {
    const expected = derivePostgresqlSchema(readFileSync(providerPaths('sqlite').schemaPath, 'utf8'));
    expect(readFileSync(providerPaths('postgresql').schemaPath, 'utf8')).toBe(expected);
  });
});
