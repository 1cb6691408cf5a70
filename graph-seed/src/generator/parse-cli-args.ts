import { parseArgs } from 'node:util';
import type { GenerateNetworkOptions } from './options';

export const USAGE =
  'usage: node graph-seed/dist/generator/cli.js --actors 2000 --ties 10000 ' +
  '[--region 18 ...] [--persons 0] [--seed 1] --out <folder>';

function count(name: string, text: string | undefined, fallback?: number): number {
  if (text === undefined) {
    if (fallback === undefined) throw new Error(`--${name} is required\n${USAGE}`);
    return fallback;
  }
  if (!/^\d+$/.test(text)) throw new Error(`--${name} must be a whole number, got "${text}"`);
  return Number(text);
}

/** `--region 18 --region 17` and `--region 18,17` both mean Kainuu and North Ostrobothnia. */
export function parseCliArgs(argv: string[]): { options: GenerateNetworkOptions; out: string } {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      actors: { type: 'string' },
      ties: { type: 'string' },
      region: { type: 'string', multiple: true },
      persons: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (!values.out) throw new Error(`--out is required\n${USAGE}`);
  const regionCodes = (values.region ?? []).flatMap((r) => r.split(',')).map((r) => r.trim());
  return {
    out: values.out,
    options: {
      seed: count('seed', values.seed, 1),
      actors: count('actors', values.actors),
      ties: count('ties', values.ties),
      persons: count('persons', values.persons, 0),
      regionCodes: regionCodes.map((r) => r.padStart(2, '0')),
    },
  };
}
