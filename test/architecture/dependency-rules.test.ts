import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseConfig from 'dependency-cruiser/config-utl/extract-depcruise-config';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** Cruises one file against the project's own rules, as `npm run deps:check` does, and names the rules it breaks. */
async function rulesBrokenBy(file: string): Promise<string[]> {
  const configuration = await extractDepcruiseConfig(path.join(root, '.dependency-cruiser.cjs'));
  const tsConfig = extractTSConfig(path.join(root, 'tsconfig.json'));
  const result = await cruise([file], { ...configuration.options, ruleSet: configuration, validate: true }, undefined, { tsConfig });
  if (typeof result.output === 'string') throw new Error('dependency-cruiser answered with text instead of a result');
  return [...new Set(result.output.summary.violations.map((violation) => violation.rule.name))];
}

/** A file placed where the rule applies, importing what the rule forbids; removed again whatever happens. */
async function probe(folder: string, source: string): Promise<string[]> {
  const relative = path.join(folder, `dependency-rule-probe-${randomUUID()}.ts`);
  await writeFile(path.join(root, relative), source);
  const cwd = process.cwd();
  try {
    process.chdir(root);
    return await rulesBrokenBy(relative);
  } finally {
    process.chdir(cwd);
    await rm(path.join(root, relative), { force: true });
  }
}

describe('the dependency rules refuse a file that breaks them', () => {
  it('the domain may not import anything outside it, not even a type', async () => {
    expect(await probe('src/domain', "import type { Store } from '../ports/store.ts';\nexport type Probe = Store;\n")).toContain('domain-is-pure');
  });

  it('an adapter may not call a use case', async () => {
    expect(await probe('src/export', "import { exportArchive } from '../use-cases/archive/export-archive.ts';\nexport const probe = exportArchive;\n")).toContain(
      'adapters-serve-use-cases',
    );
  });

  it('the product may not import the Lark stand-in or the demo', async () => {
    expect(await probe('src/lark', "import { startLarkStandIn } from '../../lark-stand-in/lark-stand-in.ts';\nexport const probe = startLarkStandIn;\n")).toContain(
      'product-without-tools',
    );
  });

  it('a use case may not reach an edge except through a port', async () => {
    expect(await probe('src/use-cases', "import { openDatabase } from '../store/open-database.ts';\nexport const probe = openDatabase;\n")).toContain('use-cases-use-ports');
  });

  it('the code as it is breaks none of them', async () => {
    const cwd = process.cwd();
    try {
      process.chdir(root);
      const configuration = await extractDepcruiseConfig(path.join(root, '.dependency-cruiser.cjs'));
      const result = await cruise(['src'], { ...configuration.options, ruleSet: configuration, validate: true }, undefined, { tsConfig: extractTSConfig(path.join(root, 'tsconfig.json')) });
      expect(typeof result.output !== 'string' && result.output.summary.violations).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
  });
});
