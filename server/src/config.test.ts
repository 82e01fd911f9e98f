// The settings added for issue 10: TRUST_PROXY (what Express's `trust proxy` becomes) and
// METRICS_TOKEN; for issue 13 the retention times; and the settings they refuse.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const load = (env: Record<string, string>) => loadConfig(env, process.cwd());

describe('TRUST_PROXY', () => {
  it.each([
    [undefined, false],
    ['false', false],
    ['0', false],
    ['1', 1],
    ['2', 2],
    ['loopback', 'loopback'],
    ['10.0.0.0/8, loopback', '10.0.0.0/8, loopback'],
    ['192.168.1.10', '192.168.1.10'],
    ['fd00::/8', 'fd00::/8'],
  ])('%s becomes %s', (value, expected) => {
    expect(load(value === undefined ? {} : { TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each(['true', 'everyone', '10.0.0.0/33', '10.0.0.0/8/1', 'loopback; rm'])(
    'refuses %s',
    (value) => {
      expect(() => load({ TRUST_PROXY: value })).toThrow(ConfigError);
    },
  );
});

describe('METRICS_TOKEN', () => {
  it('is unset by default and refused when short', () => {
    expect(load({}).metricsToken).toBeUndefined();
    expect(load({ METRICS_TOKEN: 'a-long-enough-metrics-token' }).metricsToken).toBe(
      'a-long-enough-metrics-token',
    );
    expect(() => load({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });
});

describe('retention settings', () => {
  it('keep access needs 30 days, audit entries 730, bookers 90, join requests 180, and review people after 365 by default', () => {
    expect(load({}).retention).toEqual({
      accessNeedsKeepDays: 30,
      inactiveAfterDays: 365,
      auditKeepDays: 730,
      bookingKeepDays: 90,
      joinRequestKeepDays: 180,
      consultationContactKeepDays: 180,
    });
    expect(
      load({
        ACCESS_NEEDS_KEEP_DAYS: '7',
        INACTIVE_AFTER_DAYS: '180',
        AUDIT_KEEP_DAYS: '2190',
        BOOKING_KEEP_DAYS: '30',
        JOIN_REQUEST_KEEP_DAYS: '60',
      }).retention,
    ).toEqual({
      accessNeedsKeepDays: 7,
      inactiveAfterDays: 180,
      auditKeepDays: 2190,
      bookingKeepDays: 30,
      joinRequestKeepDays: 60,
      consultationContactKeepDays: 180,
    });
  });

  it.each([
    ['ACCESS_NEEDS_KEEP_DAYS', '-1'],
    ['ACCESS_NEEDS_KEEP_DAYS', 'a month'],
    ['INACTIVE_AFTER_DAYS', '0'],
    ['AUDIT_KEEP_DAYS', '1.5'],
  ])('refuses %s=%s', (name, value) => {
    expect(() => load({ [name]: value })).toThrow(ConfigError);
  });
});

describe('blank settings and bad values', () => {
  it('takes a blank or whitespace-only value as unset, as an empty one', () => {
    const defaults = load({});
    for (const blank of ['', ' ', '  \t ']) {
      const config = load({ DATA_DIR: blank, PORT: blank, LOG_LEVEL: blank, HOST: blank });
      expect(config.dataDir).toBe(defaults.dataDir);
      expect(config.port).toBe(3000);
      expect(config.logLevel).toBe('info');
      expect(config.host).toBe('127.0.0.1');
    }
  });

  it('refuses a DATA_DIR or HOST with a line break or another control character', () => {
    expect(() => load({ DATA_DIR: '/srv/roundtable\n/data' })).toThrow(ConfigError);
    expect(() => load({ DATA_DIR: '/srv/roundtable\r' })).toThrow(ConfigError);
    expect(() => load({ HOST: '127.0.0.1\r' })).toThrow(ConfigError);
  });

  it('takes a port only in digits, and a public address only over http or https', () => {
    expect(load({ PORT: '4395' }).port).toBe(4395);
    expect(load({ PORT: '0' }).port).toBe(0);
    for (const port of ['0x1133', '4.395e3', '+4395', '4395\r', '65536', 'eighty']) {
      expect(() => load({ PORT: port }), port).toThrow(ConfigError);
    }
    expect(load({ PUBLIC_URL: 'https://roundtable.example.org' }).publicUrl).toBe(
      'https://roundtable.example.org',
    );
    expect(() => load({ PUBLIC_URL: 'javascript:alert(1)' })).toThrow(ConfigError);
  });

  it('says every problem on one line, each value quoted', () => {
    const problems = (env: Record<string, string>): string => {
      try {
        load(env);
      } catch (error) {
        if (error instanceof ConfigError) return error.message;
      }
      throw new Error('no ConfigError');
    };
    const message = problems({ DATA_DIR: '/srv/a\nb', PORT: 'eighty', LOG_LEVEL: 'loud' });
    expect(message.split('\n')).toEqual([message]);
    expect(message).toMatch(/^Invalid settings: /);
    expect(message).toContain(`DATA_DIR=${JSON.stringify('/srv/a\nb')}`);
    expect(message).toContain('PORT="eighty"');
    expect(message).toContain('LOG_LEVEL="loud"');
  });

  it('never repeats a secret in its message', () => {
    for (const [name, value] of [
      ['METRICS_TOKEN', 'short-secret'],
      ['DATABASE_URL', 'mysql://user:hunter2@db/roundtable'],
      ['REDIS_URL', 'http://:hunter2@cache'],
    ] as const) {
      expect(() => load({ [name]: value })).toThrow(new RegExp(`^Invalid settings: ${name}: `));
      expect(() => load({ [name]: value })).not.toThrow(/hunter2|short-secret/);
    }
  });
});
