/** The benchmark's command line: `npm run bench -- [--rounds N] [--no-build] [--lighthouse]`. */

export interface BenchOptions {
  rounds: number;
  build: boolean;
  lighthouse: boolean;
  /** Loopback port of the benchmark's own server. */
  port: number;
}

export const USAGE = 'usage: npm run bench -- [--rounds N] [--no-build] [--lighthouse] [--port P]';

export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { rounds: 8, build: true, lighthouse: false, port: 4510 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    if (flag === '--rounds' || flag === '--port') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a positive whole number\n${USAGE}`);
      if (flag === '--rounds') options.rounds = n;
      else options.port = n;
    } else if (arg === '--no-build') options.build = false;
    else if (arg === '--lighthouse') options.lighthouse = true;
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  return options;
}
