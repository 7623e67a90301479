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

describe('RETENTION_YEARS', () => {
  it('keeps records five years unless the deployment says otherwise', () => {
    expect(readConfiguration({}).retentionYears).toBe(5);
    expect(readConfiguration({ RETENTION_YEARS: '10' }).retentionYears).toBe(10);
  });

  it('refuses fewer than two years, naming the variable', () => {
    expect(() => readConfiguration({ RETENTION_YEARS: '1' })).toThrow(/RETENTION_YEARS：应为保存年限（不少于 2 的整数：记录至少保存两年）/);
    expect(() => readConfiguration({ RETENTION_YEARS: 'forever' })).toThrow(/RETENTION_YEARS/);
  });
});

describe('LARK_URGENT', () => {
  it('buzzes in the app unless the deployment chooses SMS, phone or nothing', () => {
    expect(readConfiguration({}).lark.urgent).toBe('app');
    expect(readConfiguration({ LARK_URGENT: 'sms' }).lark.urgent).toBe('sms');
    expect(() => readConfiguration({ LARK_URGENT: 'loud' })).toThrow(/LARK_URGENT：应为app、sms、phone 或 off/);
  });
});

describe('the archive links: ARCHIVE_LINK_HOURS, PUBLIC_BASE_URL, ARCHIVE_LINK_SECRET', () => {
  it('last a day and point at this machine unless the deployment says otherwise', () => {
    expect(readConfiguration({}).archiveLinks).toEqual({ lifetimeHours: 24 });
    expect(readConfiguration({ ARCHIVE_LINK_HOURS: '72', PUBLIC_BASE_URL: 'https://qs.example.com/', ARCHIVE_LINK_SECRET: 'shared' }).archiveLinks).toEqual({
      lifetimeHours: 72,
      publicBaseUrl: 'https://qs.example.com',
      secret: 'shared',
    });
  });

  it('refuses a lifetime outside 1 to 720 hours and an address that is not http(s), naming the variable', () => {
    for (const hours of ['0', '721', '1.5', 'long']) expect(() => readConfiguration({ ARCHIVE_LINK_HOURS: hours }), hours).toThrow(/ARCHIVE_LINK_HOURS：应为归档查阅链接的有效小时数（1 到 720 的整数）/);
    expect(() => readConfiguration({ PUBLIC_BASE_URL: 'qs.example.com' })).toThrow(/PUBLIC_BASE_URL：应为浏览器访问本服务的 http\(s\) 地址/);
    expect(() => readConfiguration({ PUBLIC_BASE_URL: 'ftp://qs.example.com' })).toThrow(/PUBLIC_BASE_URL/);
  });
});
