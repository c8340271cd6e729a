/**
 * Issue 4, hedges and loaded language, on the example article: the epistemic hedges the figures
 * lean on, and the loaded terms in the author's own voice. Voice rule: a term inside a direct or
 * partial quote is `quoted`; inside indirect speech or an attributed belief (the quotes layer's
 * `indirect`/`belief`, e.g. "analysts suggest Kim's gambit is a desperate bid ...") it is
 * `reported`; otherwise `narrator`. So "desperate bid" is `reported` when the quotes layer
 * marks the analysts' paraphrase, `narrator` when it does not; either way never `quoted`.
 */
import type { Check } from '../accept.js';
import type { Analysis } from '../../src/types.js';

const EXAMPLE = 'nk-troops-kursk.txt';

const hedge = (a: Analysis, re: RegExp) => a.hedges.find((h) => h.kind === 'epistemic' && re.test(h.text));
const loadedWith = (a: Analysis, re: RegExp) => a.loaded.filter((l) => re.test(l.text));

const needHedge = (label: string, re: RegExp): Check => ({
  example: EXAMPLE,
  name: `"${label}" is an epistemic hedge`,
  check: (a) => (hedge(a, re) ? null : `no epistemic hedge matching ${re}; hedges: ${a.hedges.map((h) => `${h.kind}:${h.text}`).join(', ') || 'none'}`),
});

const needNarrator = (label: string, re: RegExp): Check => ({
  example: EXAMPLE,
  name: `"${label}" is loaded language in the narrator's voice`,
  check: (a) => {
    const found = loadedWith(a, re);
    if (!found.length) return `no loaded term matching ${re}`;
    return found.some((l) => l.voice === 'narrator') ? null : `found with voice ${found.map((l) => l.voice).join(', ')}`;
  },
});

/** The expectations. */
export const checks: Check[] = [
  needHedge('estimate', /^estimate$/i),
  needHedge('estimates', /^estimates$/i),
  needHedge('likely', /^likely$/i),
  needHedge('reportedly', /^reportedly$/i),
  {
    example: EXAMPLE,
    name: 'the hedge "estimates" scopes over 4,700 and 600',
    check: (a) => {
      const h = hedge(a, /^estimates$/i);
      if (!h) return 'no "estimates" hedge';
      const scope = a.document.text.slice(h.scope.start, h.scope.end);
      return /4,700/.test(scope) && /600/.test(scope) ? null : `scope is "${scope}"`;
    },
  },
  {
    example: EXAMPLE,
    name: '"some"-style approximate figures are no hedges and "thousands" is not a weasel',
    check: (a) => {
      const bad = a.hedges.filter((h) => /^(?:some|thousands|up to)$/i.test(h.text));
      return bad.length ? `unexpected hedges: ${bad.map((h) => h.text).join(', ')}` : null;
    },
  },
  needNarrator('unholy alliance', /^unholy alliance$/i),
  needNarrator('staggering', /^staggering$/i),
  needNarrator("one of the world's most oppressive regimes", /^one of the world[’']s most oppressive regimes$/i),
  needNarrator("dictator's ambitions", /dictator[’']s ambitions/i),
  needNarrator('axis of autocracy', /^axis of autocracy$/i),
  {
    example: EXAMPLE,
    name: '"desperate bid" is loaded, reported (analysts\' paraphrase) or narrator, never quoted',
    check: (a) => {
      const found = loadedWith(a, /desperate bid/i);
      if (!found.length) return 'no loaded term "desperate bid"';
      return found.every((l) => l.voice !== 'quoted') ? null : 'marked quoted';
    },
  },
  {
    example: EXAMPLE,
    name: 'no loaded term inside quotation marks is in the narrator\'s voice',
    check: (a) => {
      const text = a.document.text;
      const inQuotes = (s: number) => {
        const line = text.lastIndexOf('\n', s) + 1;
        const before = text.slice(line, s);
        return ((before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length);
      };
      const bad = a.loaded.filter((l) => l.voice === 'narrator' && inQuotes(l.start));
      return bad.length ? `narrator voice inside quotes: ${bad.map((l) => l.text).join(', ')}` : null;
    },
  },
];
