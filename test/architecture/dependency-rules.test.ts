import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseConfig from 'dependency-cruiser/config-utl/extract-depcruise-config';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** Cruises files against the project's own rules, as `npm run deps:check` does: each violation as `rule: from → to`. */
async function violationsOf(files: string[], baseDir = root): Promise<string[]> {
  const cwd = process.cwd();
  try {
    process.chdir(baseDir);
    const configuration = await extractDepcruiseConfig(path.join(root, '.dependency-cruiser.cjs'));
    const tsConfig = extractTSConfig(path.join(baseDir, 'tsconfig.json'));
    const result = await cruise(files, { ...configuration.options, ruleSet: configuration, validate: true }, undefined, { tsConfig });
    if (typeof result.output === 'string') throw new Error('dependency-cruiser answered with text instead of a result');
    return result.output.summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`);
  } finally {
    process.chdir(cwd);
  }
}

/**
 * A probe file placed in `folder`, importing whatever `source` imports; `{probe}` in `source` stands for the probe's
 * own name, so a probe can import a file it brings along in `companions` (folder → source). The probe lives in a
 * scratch copy of the project (its code copied, its packages linked), never in the real tree, so a test run beside
 * this one never sees it. Answers the names of the rules broken.
 */
async function probe(folder: string, source: string, companions: Record<string, string> = {}): Promise<string[]> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'qs-dependency-probe-'));
  const name = 'dependency-rule-probe';
  const place = async (where: string, text: string) => {
    await mkdir(path.join(scratch, where), { recursive: true });
    await writeFile(path.join(scratch, where, `${name}.ts`), text.replaceAll('{probe}', name));
    return path.join(where, `${name}.ts`);
  };
  try {
    for (const folderOfCode of ['src', 'lark-stand-in', 'demo']) await cp(path.join(root, folderOfCode), path.join(scratch, folderOfCode), { recursive: true });
    for (const file of ['tsconfig.json', 'package.json']) await cp(path.join(root, file), path.join(scratch, file));
    for (const linked of ['node_modules', 'generated']) await symlink(path.join(root, linked), path.join(scratch, linked));
    for (const [where, text] of Object.entries(companions)) await place(where, text);
    const violations = await violationsOf([await place(folder, source)], scratch);
    return [...new Set(violations.map((violation) => violation.slice(0, violation.indexOf(':'))))];
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

describe('the dependency rules refuse a file that breaks them', () => {
  it('the domain may not import anything outside it, not even a type', async () => {
    expect(await probe('src/domain', "import type { Store } from '../ports/store.ts';\nexport type Probe = Store;\n")).toContain('domain-is-pure');
  });

  it('the domain may not use a library beyond its own few', async () => {
    expect(await probe('src/domain', "import { z } from 'zod';\nexport const probe = z.string();\n")).toContain('domain-is-pure');
  });

  it('a port may not name an adapter', async () => {
    expect(await probe('src/ports', "import type { Database } from '../store/open-database.ts';\nexport type Probe = Database;\n")).toContain('ports-speak-the-domain');
  });

  it('a use case may not reach an edge except through a port', async () => {
    expect(await probe('src/use-cases', "import { openDatabase } from '../store/open-database.ts';\nexport const probe = openDatabase;\n")).toContain('use-cases-use-ports');
  });

  it('a use case may not touch the file system itself', async () => {
    expect(await probe('src/use-cases', "import { readFile } from 'node:fs/promises';\nexport const probe = readFile;\n")).toContain('use-cases-use-ports');
  });

  it('an adapter may not call a use case', async () => {
    expect(await probe('src/export', "import { exportArchive } from '../use-cases/archive/export-archive.ts';\nexport const probe = exportArchive;\n")).toContain(
      'adapters-serve-use-cases',
    );
  });

  it('a folder that is not a driver may not call a use case, even a new one', async () => {
    expect(
      await probe('src/probe-adapter', "import { exportArchive } from '../use-cases/archive/export-archive.ts';\nexport const probe = exportArchive;\n"),
    ).toContain('adapters-serve-use-cases');
  });

  it('a reply may name what a use case returned but not run one', async () => {
    const running = "import { exportArchive } from '../../use-cases/archive/export-archive.ts';\nexport const probe = exportArchive;\n";
    const naming = "import type { ArchiveExport } from '../../use-cases/archive/export-archive.ts';\nexport type Probe = ArchiveExport;\n";
    expect(await probe('src/lark/replies', running)).toContain('replies-read-outcomes-only');
    expect(await probe('src/lark/replies', naming)).toEqual([]);
  });

  it('the product may not import the Lark stand-in, the demo or the sandbox', async () => {
    expect(await probe('src/lark', "import { startLarkStandIn } from '../../lark-stand-in/lark-stand-in.ts';\nexport const probe = startLarkStandIn;\n")).toContain(
      'product-without-tools',
    );
    expect(await probe('src/lark', "import { probe as demo } from '../../demo/{probe}.ts';\nexport const probe = demo;\n", { demo: 'export const probe = 1;\n' })).toContain(
      'product-without-tools',
    );
    expect(
      await probe('src/http', "import { probe as sandbox } from '../../sandbox/{probe}.ts';\nexport const probe = sandbox;\n", { sandbox: 'export const probe = 1;\n' }),
    ).toContain('product-without-tools');
  });

  it('the product may not import the stand-in or the demo from where they used to live in src/', async () => {
    const companion = { 'src/demo': 'export const probe = 1;\n', 'src/lark-stand-in': 'export const probe = 2;\n' };
    const source = "import { probe as demo } from '../demo/{probe}.ts';\nimport { probe as standIn } from '../lark-stand-in/{probe}.ts';\nexport const probe = demo + standIn;\n";
    expect(await probe('src/jobs', source, companion)).toContain('product-without-tools');
  });

  it('only lark/ may use the Lark SDK', async () => {
    expect(await probe('src/store', "import * as lark from '@larksuiteoapi/node-sdk';\nexport const probe = lark;\n")).toContain('only-lark-imports-the-sdk');
  });

  it('only store/ may use Prisma or a database driver', async () => {
    expect(await probe('src/lark', "import Database from 'better-sqlite3';\nexport const probe = Database;\n")).toContain('only-store-imports-prisma');
  });

  it('the product may not use a package only the tools and tests install', async () => {
    expect(await probe('src/http', "import Busboy from 'busboy';\nexport const probe = Busboy;\n")).toContain('product-runs-on-its-dependencies');
  });

  it('the code as it is breaks none of them', async () => {
    expect(await violationsOf(['src'])).toEqual([]);
  });
});
