import { describe, expect, it } from 'vitest';
import { type ManifestEntry, writeManifest } from '../../src/export/manifest.ts';
import { novemberSnapshot } from '../domain/archive/snapshot-fixture.ts';

async function written(entries: readonly ManifestEntry[]): Promise<string> {
  const pieces: string[] = [];
  await writeManifest(entries, novemberSnapshot(), async (text) => {
    pieces.push(text);
  });
  return pieces.join('');
}

function writtenWhole(entries: readonly ManifestEntry[]): string {
  const snapshot = novemberSnapshot();
  const manifest = { schemaVersion: snapshot.schemaVersion, unit: { id: snapshot.unit.id, name: snapshot.unit.name }, period: snapshot.period, generatedAt: snapshot.generatedAt, files: entries };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

describe('manifest.json written in pieces is the file written whole before', () => {
  it('for thousands of files and for none', async () => {
    const entries = Array.from({ length: 2_345 }, (_, index) => ({ path: `daily/2026-11-02_安全员${index}.docx`, bytes: 12_000 + index, sha256: index.toString(16).padStart(64, '0') }));
    expect(await written(entries)).toBe(writtenWhole(entries));
    expect(await written([])).toBe(writtenWhole([]));
  });
});
