import { describe, expect, it } from 'vitest';
import { parseArgs } from './cli.ts';

describe('parseArgs', () => {
  it('defaults to 8 rounds, a build, no Lighthouse', () => {
    expect(parseArgs([])).toEqual({ rounds: 8, build: true, lighthouse: false, port: 4510 });
  });
  it('reads --rounds N, --rounds=N, --no-build and --lighthouse', () => {
    expect(parseArgs(['--rounds', '4', '--no-build', '--lighthouse'])).toEqual({
      rounds: 4,
      build: false,
      lighthouse: true,
      port: 4510,
    });
    expect(parseArgs(['--rounds=2', '--port=4520']).rounds).toBe(2);
  });
  it('refuses what it does not know', () => {
    expect(() => parseArgs(['--rounds', '0'])).toThrow(/positive/);
    expect(() => parseArgs(['--rounds'])).toThrow(/needs a value/);
    expect(() => parseArgs(['--fast'])).toThrow(/unknown/);
  });
});
