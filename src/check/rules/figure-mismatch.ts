/**
 * `figure-mismatch`: the headline or summary gives a count of something that the body counts
 * differently. To stay precise it fires only when the body agrees with itself: every body figure
 * of that counted thing (same unit class, same money/percent kind, not a part of another figure)
 * states one and the same number, and that number is incompatible with the headline's even
 * allowing for rounding (10%) and for bounds ("up to", ranges, "thousands").
 */
import type { Figure } from '../../types.js';
import { defineRule } from '../rule.js';
import { figureLabel, sameKind, sectionName } from '../context.js';
import { unitClass } from '../units.js';

/** Headlines round ("nearly 5,000" for 4,700): counts within 10% are taken as the same. */
const ROUNDING = 0.1;

/** The interval a figure allows: bounds where stated, else the value with rounding slack. */
function interval(f: Figure): [number, number] {
  const lo = f.min ?? (f.qualifier === 'upper-bound' ? 0 : f.value);
  const hi = f.max ?? (f.qualifier === 'lower-bound' || f.qualifier === 'vague' ? Infinity : f.value);
  const slack = f.qualifier === 'exact' ? 0 : ROUNDING;
  return [lo * (1 - slack), hi * (1 + slack)];
}

/** Whether two figures can describe the same count. */
export function compatible(a: Figure, b: Figure): boolean {
  const [a0, a1] = interval(a);
  const [b0, b1] = interval(b);
  return a0 <= b1 * (1 + ROUNDING) && b0 <= a1 * (1 + ROUNDING);
}

/** The rule. */
export const figureMismatch = defineRule({
  id: 'figure-mismatch',
  severity: 'error',
  description: 'The headline or summary counts something differently from the body.',
  example: {
    bad: 'Flood kills 40 people\n\nThe floods killed 14 people, the regional government said on Monday.',
    good: 'Flood kills 14 people\n\nThe floods killed 14 people, the regional government said on Monday.',
  },
  check(ctx) {
    const out = [];
    const figures = ctx.layers.figures;
    // (built at the first headline figure with a counted unit: most documents have none)
    let body: Figure[] | null = null;
    for (const h of ctx.headlineFigures()) {
      if (h.qualifier === 'vague' || h.partOf) continue;
      const cls = unitClass(h.unit);
      if (!cls) continue;
      body ??= figures.filter((f) => f.section === 'body' && !f.partOf && !f.percentOf);
      const same = body.filter((b) => unitClass(b.unit) === cls && sameKind(h, b) && b.qualifier !== 'vague');
      if (!same.length) continue;
      // the body must agree with itself, else the article is about several counts
      if (same.some((b) => b.value !== same[0].value)) continue;
      if (same.some((b) => compatible(h, b))) continue;
      // a headline total of several body figures (10 = 6 + 4) is not a mismatch
      if (figures.some((f) => f.partOf === h.id)) continue;
      out.push({
        start: h.start,
        end: h.end,
        message: `The ${sectionName(h.section)} gives “${figureLabel(h)}”, but the body gives “${figureLabel(same[0])}” for the same count.`,
        related: same.slice(0, 3).map((b) => ({ start: b.start, end: b.end })),
      });
    }
    return out;
  },
});
