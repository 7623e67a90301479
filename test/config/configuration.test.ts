import { describe, expect, it } from 'vitest';
import { ConfigurationError, readConfiguration } from '../../src/config/configuration.ts';

describe('SCHEDULER', () => {
  it('runs the jobs unless switched off', () => {
    expect(readConfiguration({}).scheduler).toBe(true);
    expect(readConfiguration({ SCHEDULER: 'off' }).scheduler).toBe(false);
  });

  it('refuses anything but on or off, naming the variable', () => {
    expect(() => readConfiguration({ SCHEDULER: 'sometimes' })).toThrow(ConfigurationError);
    expect(() => readConfiguration({ SCHEDULER: 'sometimes' })).toThrow(/SCHEDULER：应为on 或 off/);
  });
});
