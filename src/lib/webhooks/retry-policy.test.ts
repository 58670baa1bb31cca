import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, maxAttempts, nextAttempt, parseRetryAfter, type RetryPolicy } from './retry-policy';

const now = new Date('2026-03-01T12:00:00Z');
const noJitter = () => 0;
const secondsUntil = (at: Date) => (at.getTime() - now.getTime()) / 1000;

describe('nextAttempt outcome', () => {
  it.each([200, 201, 204, 299])('treats %i as delivered', (status) => {
    expect(nextAttempt({ attempt: 1, lastStatus: status, now })).toMatchObject({ action: 'delivered' });
  });
  it.each([301, 302, 304, 400, 401, 404, 408, 429, 500, 502, 503])('retries after %i', (status) => {
    expect(nextAttempt({ attempt: 1, lastStatus: status, now, random: noJitter })).toMatchObject({ action: 'retry' });
  });
  it('retries after a network error or timeout', () => {
    expect(nextAttempt({ attempt: 1, lastStatus: null, now, random: noJitter })).toMatchObject({ action: 'retry' });
  });
  it('disables the endpoint on 410 Gone, on any attempt', () => {
    expect(nextAttempt({ attempt: 1, lastStatus: 410, now })).toMatchObject({ action: 'disable_endpoint' });
    expect(nextAttempt({ attempt: 8, lastStatus: 410, now })).toMatchObject({ action: 'disable_endpoint' });
  });
  it('gives up after the last of 8 attempts', () => {
    expect(maxAttempts()).toBe(8);
    expect(nextAttempt({ attempt: 7, lastStatus: 500, now, random: noJitter })).toMatchObject({ action: 'retry' });
    expect(nextAttempt({ attempt: 8, lastStatus: 500, now, random: noJitter })).toMatchObject({ action: 'give_up' });
    expect(nextAttempt({ attempt: 9, lastStatus: null, now, random: noJitter })).toMatchObject({ action: 'give_up' });
  });
  it('still reports a 2xx on the last attempt as delivered', () => {
    expect(nextAttempt({ attempt: 8, lastStatus: 200, now })).toMatchObject({ action: 'delivered' });
  });
  it.each([0, -1, 1.5, Number.NaN])('refuses attempt %s', (attempt) => {
    expect(() => nextAttempt({ attempt, lastStatus: 500, now })).toThrow(RangeError);
  });
});

describe('nextAttempt backoff schedule', () => {
  const delays = (random: () => number) =>
    Array.from({ length: maxAttempts() - 1 }, (_, i) => {
      const d = nextAttempt({ attempt: i + 1, lastStatus: 503, now, random });
      if (d.action !== 'retry') throw new Error(`attempt ${i + 1}: ${d.action}`);
      return secondsUntil(d.at);
    });

  it('follows the Standard Webhooks schedule as ceilings: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h', () => {
    expect(delays(noJitter)).toEqual([5, 300, 1800, 7200, 18000, 36000, 36000]);
  });
  it('has non-decreasing ceilings capped at 10 h', () => {
    const ceilings = DEFAULT_RETRY_POLICY.delaysSeconds;
    ceilings.forEach((c, i) => expect(c).toBeGreaterThanOrEqual(ceilings[i - 1] ?? 0));
    expect(Math.max(...ceilings)).toBe(36000);
  });
  it('spans about a day in total without jitter and never under half of that with it', () => {
    const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(total(delays(noJitter)) / 3600).toBeCloseTo(27.58, 1);
    expect(total(delays(() => 0.999999)) / 3600).toBeGreaterThan(13.79);
  });
  it('keeps every jittered delay within [ceiling / 2, ceiling]', () => {
    const ceilings = DEFAULT_RETRY_POLICY.delaysSeconds;
    for (const r of [0, 0.1, 0.5, 0.9, 0.999999]) {
      delays(() => r).forEach((d, i) => {
        const c = ceilings[i] ?? Number.NaN;
        expect(d).toBeGreaterThanOrEqual(c / 2 - 0.001);
        expect(d).toBeLessThanOrEqual(c);
      });
    }
  });
  it('maps the injected random value linearly into the jitter range', () => {
    const d = nextAttempt({ attempt: 3, lastStatus: 500, now, random: () => 0.5 });
    expect(d).toMatchObject({ action: 'retry', delaySeconds: 1800 * 0.75 });
  });
  it('draws one random number per decision', () => {
    let calls = 0;
    nextAttempt({ attempt: 2, lastStatus: 500, now, random: () => (calls++, 0.3) });
    expect(calls).toBe(1);
  });
  it('supports full jitter through a custom policy', () => {
    const full: RetryPolicy = { ...DEFAULT_RETRY_POLICY, jitterFraction: 1 };
    const d = nextAttempt({ attempt: 4, lastStatus: 500, now, random: () => 0.25, policy: full });
    expect(d).toMatchObject({ action: 'retry', delaySeconds: 7200 * 0.75 });
  });
});

describe('nextAttempt and Retry-After', () => {
  const retryIn = (header: string, attempt = 1) => {
    const d = nextAttempt({ attempt, lastStatus: 503, retryAfterHeader: header, now, random: noJitter });
    if (d.action !== 'retry') throw new Error(d.action);
    return secondsUntil(d.at);
  };

  it('waits the seconds Retry-After asks when longer than the backoff', () => {
    expect(retryIn('120')).toBe(120);
  });
  it('never retries sooner than the backoff because of a short Retry-After', () => {
    expect(retryIn('1', 3)).toBe(1800);
  });
  it('honours an HTTP-date', () => {
    expect(retryIn('Sun, 01 Mar 2026 12:10:00 GMT')).toBe(600);
  });
  it('caps a very long Retry-After at 10 h', () => {
    expect(retryIn('864000')).toBe(36000);
    expect(retryIn('Fri, 01 Jan 2027 00:00:00 GMT')).toBe(36000);
  });
  it('ignores a date in the past and garbage', () => {
    expect(retryIn('Sat, 28 Feb 2026 12:00:00 GMT')).toBe(5);
    expect(retryIn('soon')).toBe(5);
    expect(retryIn('-30')).toBe(5);
  });
  it('says in the reason that Retry-After decided the wait', () => {
    const d = nextAttempt({ attempt: 1, lastStatus: 429, retryAfterHeader: '90', now, random: noJitter });
    expect(d.reason).toContain('Retry-After');
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['0', 0],
    ['3600', 3600],
    [' 42 ', 42],
    ['Sun, 01 Mar 2026 12:01:00 GMT', 60],
    ['Sunday, 01-Mar-26 12:02:00 GMT', 120],
    ['Sun Mar  1 12:03:00 2026', 180],
  ])('reads %j as %i s', (header, seconds) => {
    expect(parseRetryAfter(header, now)).toBe(seconds);
  });
  it.each([null, undefined, '', 'tomorrow', '1.5', 'Sun, 31 Feb 2026 12:00:00 GMT', '2026-03-01T12:05:00Z'])(
    'rejects %j',
    (header) => {
      expect(parseRetryAfter(header, now)).toBeNull();
    },
  );
});
