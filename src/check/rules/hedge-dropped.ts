/**
 * `hedge-dropped`: the headline or summary states a figure flatly that the body only gives with a
 * hedge or a bound ("12,000 troops" vs "up to 12,000 soldiers, intelligence reports estimate";
 * "Reports reveal 4,700" vs "the agency estimates 4,700"). Fires only when no body passage states
 * the same number flatly too, so a headline that rounds what the body also states is left alone.
 */
import type { Figure, Offsets } from '../../types.js';
import { defineRule } from '../rule.js';
import { figureLabel, sameNumber, sectionName } from '../context.js';
import { sameCounted } from './attribution-shift.js';

/**
 * Qualifiers that make a flat number an overstatement: "up to", a range, a vague count. "About"
 * is left out (headlines round) and so is "at least"/"more than": the flat number understates.
 */
const BOUNDED = new Set(['upper-bound', 'range', 'vague']);

const hedged = (f: Figure) => f.hedges.length > 0 || BOUNDED.has(f.qualifier);

const how = (f: Figure) => {
  const parts: string[] = [];
  if (BOUNDED.has(f.qualifier)) parts.push(f.qualifier === 'upper-bound' ? 'as an upper bound' : f.qualifier === 'lower-bound' ? 'as a lower bound' : f.qualifier === 'range' ? 'as a range' : 'vaguely');
  if (f.hedges.length) parts.push(`hedged by “${f.hedges.map((h) => h.text).join('”, “')}”`);
  return parts.join(' and ');
};

/** The rule. */
export const hedgeDropped = defineRule({
  id: 'hedge-dropped',
  severity: 'warning',
  description: 'The headline or summary states flatly a figure that the body only gives with a hedge or a bound.',
  example: {
    bad: 'Storm destroyed 300 homes\n\nOfficials estimate that up to 300 homes may have been destroyed.',
    good: 'Storm may have destroyed up to 300 homes\n\nOfficials estimate that up to 300 homes may have been destroyed.',
  },
  check(ctx) {
    const out = [];
    // (built at the first flat headline figure: most documents have none)
    let body: Figure[] | null = null;
    const fired = new Set<string>();
    for (const h of ctx.headlineFigures()) {
      if (hedged(h) || h.qualifier === 'approximate') continue;
      body ??= ctx.layers.figures.filter((f) => f.section === 'body');
      // a part of a figure already reported ("4,700, including 600 dead") is the same claim
      if (h.partOf && fired.has(h.partOf)) continue;
      const same = body.filter((b) => sameNumber(h, b) && sameCounted(h, b));
      if (!same.length || same.some((b) => !hedged(b))) continue;
      const b = same[0];
      fired.add(h.id);
      const related: Offsets[] = [{ start: b.start, end: b.end }, ...b.hedges.map((x) => ({ start: x.start, end: x.end }))];
      out.push({
        start: h.start,
        end: h.end,
        message: `The ${sectionName(h.section)} states “${figureLabel(h)}” flatly, but the body gives it only ${how(b)}: “${figureLabel(b)}”.`,
        related,
      });
    }
    return out;
  },
});
