/** Shared helpers for the evaluation scripts: where the data is, and how to print scores. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The shared data folder (`../shared` beside the project), or `CLAIMTRACE_SHARED`. */
export const SHARED = resolve(process.env.CLAIMTRACE_SHARED ?? join(here, '..', '..', 'shared'));

/** Path inside the shared data folder. */
export const shared = (...parts: string[]) => join(SHARED, ...parts);

/** Whether the shared data is present (CI has it; a user's fresh clone may not). */
export const haveShared = () => existsSync(join(SHARED, 'datasets'));

/** Precision, recall, F1 from counts. */
export function prf(tp: number, fp: number, fn: number): { p: number; r: number; f1: number } {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Formats a number in [0,1] as 0.000. */
export const f3 = (x: number) => x.toFixed(3);

/** One scored line: `name  P 0.800  R 0.700  F1 0.747  (target ≥ 0.65: ok)`. */
export function scoreLine(name: string, s: { p: number; r: number; f1: number }, target?: number, value = s.f1): string {
  const t = target === undefined ? '' : `  (target ≥ ${target}: ${value >= target ? 'ok' : 'BELOW'})`;
  return `${name.padEnd(34)} P ${f3(s.p)}  R ${f3(s.r)}  F1 ${f3(s.f1)}${t}`;
}

/** Code-point offset → UTF-16 offset table for a text (gold sets count code points). */
export function codePointToUtf16(text: string): (cp: number) => number {
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[Math.min(cp, map.length - 1)];
}

/** An evaluation: prints its report and returns whether it met its targets. */
export interface Evaluation {
  name: string;
  run(): Promise<{ lines: string[]; ok: boolean }> | { lines: string[]; ok: boolean };
}
