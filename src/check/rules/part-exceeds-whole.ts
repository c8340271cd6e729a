/**
 * `part-exceeds-whole`: a figure given as part of another ("4,700 casualties, including 600 dead")
 * is larger than its whole. Reads `partOf` from the figures layer; compares the part's lower bound
 * with the whole's upper bound so that ranges and "up to" never fire wrongly.
 */
import { defineRule } from '../rule.js';
import { figureLabel, sameKind } from '../context.js';
import type { Figure } from '../../types.js';
import { unitClass } from '../units.js';

/** Classes that hold other classes: casualties hold the dead and wounded, people hold every group of people. */
const HOLDS: Record<string, ReadonlySet<string>> = {
  casualties: new Set(['dead', 'wounded']),
  people: new Set(['dead', 'wounded', 'casualties', 'troops', 'civilians', 'victims', 'displaced', 'detained', 'protesters']),
};

/** Whether the part counts the same kind of thing as its whole (or a kind the whole holds). */
function countsWithin(part: Figure, whole: Figure): boolean {
  const p = unitClass(part.unit);
  const w = unitClass(whole.unit);
  if (!p || !w) return false;
  return p === w || !!HOLDS[w]?.has(p);
}

const isShare = (f: Figure) => !!f.percentOf || /%|percent|per cent|percentage/i.test(`${f.unit ?? ''} ${f.text}`);

/** The rule. */
export const partExceedsWhole = defineRule({
  id: 'part-exceeds-whole',
  severity: 'error',
  description: 'A number given as part of a total is larger than the total.',
  example: {
    bad: 'The ministry counted 400 casualties, including 600 dead.',
    good: 'The ministry counted 4,000 casualties, including 600 dead.',
  },
  check(ctx) {
    const out = [];
    // (built at the first part: most documents have none)
    let byId: Map<string, Figure> | null = null;
    for (const part of ctx.layers.figures) {
      if (!part.partOf) continue;
      byId ??= new Map(ctx.layers.figures.map((f) => [f.id, f]));
      const whole = byId.get(part.partOf);
      if (!whole || !sameKind(part, whole) || part.qualifier === 'vague') continue;
      // a share of a part ("25 percent of inmates, 40 percent of whom") has another base: not comparable
      if (isShare(part) || isShare(whole)) continue;
      if (!countsWithin(part, whole)) continue;
      const partLow = part.min ?? (part.qualifier === 'upper-bound' ? 0 : part.value);
      const wholeHigh = whole.max ?? (whole.qualifier === 'lower-bound' || whole.qualifier === 'vague' ? Infinity : whole.value);
      if (partLow > wholeHigh) {
        out.push({
          start: part.start,
          end: part.end,
          message: `“${figureLabel(part)}” is given as part of “${figureLabel(whole)}” but is larger than it.`,
          related: [{ start: whole.start, end: whole.end }],
        });
      }
    }
    return out;
  },
});
