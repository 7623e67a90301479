import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../../../src/store/database/database-url.ts';

describe('DATABASE_URL', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('a relative SQLite path is taken from the working directory, and its folder is created', () => {
    const workingDirectory = mkdtempSync(path.join(os.tmpdir(), 'qs-url-'));
    folders.push(workingDirectory);
    const location = parseDatabaseUrl('file:./data/qs.db', workingDirectory);
    expect(location).toEqual({ provider: 'sqlite', filePath: path.join(workingDirectory, 'data', 'qs.db') });
    expect(existsSync(path.join(workingDirectory, 'data'))).toBe(true);
  });

  it('an absolute SQLite path is kept as it is', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'qs-url-'));
    folders.push(folder);
    expect(parseDatabaseUrl(`file:${folder}/nested/qs.db`, '/somewhere/else')).toEqual({
      provider: 'sqlite',
      filePath: path.join(folder, 'nested', 'qs.db'),
    });
  });

  it('a PostgreSQL address is passed on unchanged, in either spelling', () => {
    expect(parseDatabaseUrl('postgresql://qs:secret@db.internal:5432/qs')).toEqual({
      provider: 'postgresql',
      url: 'postgresql://qs:secret@db.internal:5432/qs',
    });
    expect(parseDatabaseUrl('postgres://qs@localhost/qs').provider).toBe('postgresql');
  });

  it('a missing or unsupported address is refused with the accepted forms, without echoing a password', () => {
    expect(() => parseDatabaseUrl(undefined)).toThrow(/DATABASE_URL 未设置.*file:\.\/data\/qs\.db.*postgresql:\/\//);
    expect(() => parseDatabaseUrl('mysql://root:hunter2@localhost/qs')).toThrow(/DATABASE_URL 以 "mysql:" 开头/);
    expect(() => parseDatabaseUrl('mysql://root:hunter2@localhost/qs')).not.toThrow(/hunter2/);
    expect(() => parseDatabaseUrl('./data/qs.db')).toThrow(/DATABASE_URL/);
    expect(() => parseDatabaseUrl('file::memory:')).toThrow(/DATABASE_URL/);
  });
});
