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
