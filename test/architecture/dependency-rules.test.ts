import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseConfig from 'dependency-cruiser/config-utl/extract-depcruise-config';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * A file placed where a rule applies, importing what the rule forbids, cruised against the project's own rules. It
 * lives in a scratch copy of the layout (the probe and a stand-in for its target), never in the real tree, so a test
 * run beside this one never sees it.
 */
async function probe(from: string, target: string, source: string): Promise<string[]> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'qs-dependency-probe-'));
  const cwd = process.cwd();
  try {
    const probeFile = path.join(from, 'dependency-rule-probe.ts');
    const tsConfig = JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', allowImportingTsExtensions: true, noEmit: true } });
    for (const [file, text] of [[probeFile, source], [target, 'export const target = 1;\n'], ['tsconfig.json', tsConfig]] as const) {
      await mkdir(path.join(scratch, path.dirname(file)), { recursive: true });
      await writeFile(path.join(scratch, file), text);
    }
    const configuration = await extractDepcruiseConfig(path.join(root, '.dependency-cruiser.cjs'));
    process.chdir(scratch);
    const result = await cruise([probeFile], { ...configuration.options, ruleSet: configuration, validate: true });
    if (typeof result.output === 'string') throw new Error('dependency-cruiser answered with text instead of a result');
    return [...new Set(result.output.summary.violations.map((violation) => violation.rule.name))];
  } finally {
    process.chdir(cwd);
    await rm(scratch, { recursive: true, force: true });
  }
}

describe('the dependency rules refuse a file that breaks them', () => {
  it('the domain may not import anything outside it, not even a type', async () => {
    expect(await probe('src/domain', 'src/ports/store.ts', "import type { target } from '../ports/store.ts';\nexport type Probe = typeof target;\n")).toContain('domain-is-pure');
  });

  it('an adapter may not call a use case', async () => {
    expect(await probe('src/export', 'src/use-cases/archive/export-archive.ts', "import { target } from '../use-cases/archive/export-archive.ts';\nexport const probe = target;\n")).toContain(
      'adapters-serve-use-cases',
    );
  });

  it('the product may not import the Lark stand-in or the demo', async () => {
    expect(await probe('src/lark', 'lark-stand-in/lark-stand-in.ts', "import { target } from '../../lark-stand-in/lark-stand-in.ts';\nexport const probe = target;\n")).toContain(
      'product-without-tools',
    );
    expect(await probe('src/store', 'demo/run-demo.ts', "import { target } from '../../demo/run-demo.ts';\nexport const probe = target;\n")).toContain('product-without-tools');
  });

  it('a use case may not reach an edge except through a port', async () => {
    expect(await probe('src/use-cases', 'src/store/open-database.ts', "import { target } from '../store/open-database.ts';\nexport const probe = target;\n")).toContain('use-cases-use-ports');
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
