/**
 * Figures on the seed article, as issue 4's "Done means" states them: each reported number with
 * its qualifier, unit, source (vague or not), hedges and part–whole link; model names and years
 * are not figures.
 */
import type { Check } from '../accept.js';
import type { Analysis, Figure } from '../../src/types.js';

const EXAMPLE = 'nk-troops-kursk.txt';

/** The figures in a section with a value and unit; `null` when none. */
function find(a: Analysis, section: Figure['section'], value: number, unit: RegExp): Figure | null {
  return a.figures.find((f) => f.section === section && f.value === value && f.unit !== null && unit.test(f.unit)) ?? null;
}

const describe = (f: Figure) => `${f.id} "${f.text}" ${f.qualifier} unit=${f.unit} source=${f.source ? `${f.source.name}${f.source.vague ? '(vague)' : ''}` : 'null'} hedges=[${f.hedges.map((h) => h.text).join(', ')}] partOf=${f.partOf}`;

/** Builds a check over one figure found by section, value and unit. */
function figureCheck(name: string, section: Figure['section'], value: number, unit: RegExp, expect: (f: Figure, a: Analysis) => string | null): Check {
  return {
    example: EXAMPLE,
    name,
    check(a) {
      const f = find(a, section, value, unit);
      if (!f) return `no ${section} figure ${value} counting ${unit}; figures: ${a.figures.map(describe).join('; ') || 'none'}`;
      const problem = expect(f, a);
      return problem ? `${problem} (got ${describe(f)})` : null;
    },
  };
}

const hedgedBy = (f: Figure, word: string) => f.hedges.some((h) => h.text.toLowerCase() === word);

/** The figures stage's expectations on the seed article. */
export const checks: Check[] = [
  figureCheck('summary: 12,000 troops, exact, source Vladimir Putin, unhedged', 'summary', 12000, /^troops$/, (f) => {
    if (f.qualifier !== 'exact') return 'qualifier should be exact';
    if (f.source?.name !== 'Vladimir Putin' || f.source.vague) return 'source should be Vladimir Putin (named)';
    if (f.hedges.length) return 'should be unhedged';
    return null;
  }),
  figureCheck('body: up to 12,000 North Korean soldiers, upper bound, source intelligence reports (vague), hedged by "estimate"', 'body', 12000, /^soldiers$/, (f) => {
    if (f.qualifier !== 'upper-bound' || f.max !== 12000 || f.min !== null) return 'should be an upper bound with max 12000';
    if (f.unitText !== 'North Korean soldiers') return 'unitText should be "North Korean soldiers"';
    if (!f.source || f.source.name.toLowerCase() !== 'intelligence reports' || !f.source.vague) return 'source should be "intelligence reports", vague';
    if (!hedgedBy(f, 'estimate')) return 'should be hedged by "estimate"';
    return null;
  }),
  figureCheck('body: 4,700 casualties, source South Korea\'s National Intelligence Service, hedged by "estimates", among North Korean forces', 'body', 4700, /^casualties$/, (f) => {
    if (f.qualifier !== 'exact') return 'qualifier should be exact';
    if (!f.source || !/National Intelligence Service/.test(f.source.name) || f.source.vague) return 'source should be the National Intelligence Service, not vague';
    if (!hedgedBy(f, 'estimates')) return 'should be hedged by "estimates"';
    if (f.about !== 'North Korean forces') return 'about should be "North Korean forces"';
    return null;
  }),
  figureCheck('body: 600 dead is part of the 4,700, same source and hedge', 'body', 600, /^dead$/, (f, a) => {
    const whole = find(a, 'body', 4700, /^casualties$/);
    if (!whole || f.partOf !== whole.id) return `partOf should be the body's 4,700 figure (${whole?.id ?? 'missing'})`;
    if (!f.source || !/National Intelligence Service/.test(f.source.name)) return 'source should be the National Intelligence Service';
    if (!hedgedBy(f, 'estimates')) return 'should be hedged by "estimates"';
    return null;
  }),
  figureCheck('summary: 4,700 casualties (unit before the parenthesis), source "Reports" (vague), unhedged', 'summary', 4700, /^casualties$/, (f) => {
    if (!f.source || f.source.name.toLowerCase() !== 'reports' || !f.source.vague) return 'source should be "Reports", vague';
    if (f.hedges.length) return 'should be unhedged';
    return null;
  }),
  figureCheck('summary: 600 dead is part of the summary\'s 4,700', 'summary', 600, /^dead$/, (f, a) => {
    const whole = find(a, 'summary', 4700, /^casualties$/);
    return whole && f.partOf === whole.id ? null : `partOf should be the summary's 4,700 figure (${whole?.id ?? 'missing'})`;
  }),
  {
    example: EXAMPLE,
    name: '"thousands of troops" is a vague figure (implied minimum 2,000) in the title and the body',
    check(a) {
      const vague = a.figures.filter((f) => f.qualifier === 'vague' && f.value === 2000 && f.min === 2000 && f.max === null && f.unit === 'troops');
      const sections = new Set(vague.map((f) => f.section));
      return sections.has('title') && sections.has('body') ? null : `vague "thousands of troops" found in: ${[...sections].join(', ') || 'nowhere'}`;
    },
  },
  {
    example: EXAMPLE,
    name: '"AK-47" and "2024" are not figures',
    check(a) {
      const bad = a.figures.filter((f) => /AK|47|2024/.test(f.text) || f.value === 47 || f.value === 2024);
      return bad.length ? `not figures: ${bad.map(describe).join('; ')}` : null;
    },
  },
  {
    example: EXAMPLE,
    name: 'figure spans equal their text, ids f1.. in start order',
    check(a) {
      for (const [i, f] of a.figures.entries()) {
        if (a.document.text.slice(f.start, f.end) !== f.text) return `${f.id}: text differs from its span`;
        if (f.id !== `f${i + 1}`) return `${f.id}: expected id f${i + 1}`;
        if (i && f.start < a.figures[i - 1].start) return `${f.id}: out of order`;
      }
      return null;
    },
  },
];
