/**
 * `unattributed-figure`: a count that is a claim (people killed, wounded, displaced, detained,
 * troops; or any figure presented as an estimate) with no source anywhere near it. Precision
 * first: counts of points, votes, years or money are narrative and not flagged; vague counts
 * ("thousands") are left alone; and a figure is not flagged when its paragraph or the next one
 * attributes something ("said", "according to", a quote with a speaker), when the same number is
 * attributed elsewhere in the article, or when it sits inside a quote (the speaker's words).
 * Headline figures are not flagged: headlines leave attribution to the body. One finding per
 * claim: a part of an unsourced whole ("seven victims ..., two of which") is said with its whole,
 * and "an estimated" before one figure does not make the other figures of its clause estimates.
 */
import type { Figure } from '../../types.js';
import { defineRule, type Draft } from '../rule.js';
import { figureLabel, inQuoteMarks } from '../context.js';
import { CLAIM_UNIT_CLASSES, unitClass } from '../units.js';

/** Words saying a figure is someone's estimate (CoNLL-2010 hedge cues of estimation). */
const ESTIMATE = /\b(?:estimat\w*|projected|believed|thought to|calculated|extrapolated)\b/i;
/**
 * Attribution somewhere in a paragraph: PARC 3.0's most frequent cues, and the ways a document is
 * credited with a count ("a report released by the police lists seven victims", "data published
 * by the ministry show ...").
 */
const ATTRIBUTED =
  /\b(?:said|says|say|told|according to|reported|reports|estimates?|estimated by|figures? from|data from|statistics from|counted|tallied|confirmed|announced|stated|(?:released|published|compiled|issued) by|lists|listed|shows?|showed|found that)\b/i;

/** The rule. */
export const unattributedFigure = defineRule({
  id: 'unattributed-figure',
  severity: 'warning',
  description: 'A count of people harmed, displaced, detained or deployed, or an estimate, is given with no source.',
  example: {
    bad: 'Landslides in the valley buried 230 residents overnight.',
    good: 'Landslides in the valley buried 230 residents overnight, the regional rescue service said.',
  },
  check(ctx) {
    const out: Draft[] = [];
    const figures = ctx.layers.figures;
    // (both built at the first figure that needs them: most documents flag none)
    let sourcedValues: Set<number> | null = null;
    let byId: Map<string, Figure> | null = null;
    const blocks = ctx.layers.structure.blocks;
    const attributedBlock = new Map<number, boolean>();
    const blockAttributes = (i: number): boolean => {
      if (i < 0 || i >= blocks.length) return false;
      let v = attributedBlock.get(i);
      if (v === undefined) {
        const b = blocks[i];
        v = ATTRIBUTED.test(ctx.analysisText.slice(b.start, b.end)) || ctx.layers.quotes.some((q) => q.speaker && q.start >= b.start && q.start < b.end);
        attributedBlock.set(i, v);
      }
      return v;
    };
    const blockIndex = (f: Figure) => {
      const b = ctx.blockAt(f.start);
      return b ? blocks.indexOf(b) : -1;
    };
    // "an estimated" right before a figure is that figure's qualifier, not a hedge on its clause
    const ownedBy = (h: { start: number; end: number }, f: Figure) =>
      figures.some((g) => g !== f && ((g.start >= h.end && g.start - h.end <= 1) || (g.start <= h.start && h.end <= g.end)));
    const flags = (f: Figure) => {
      if (f.source || f.section !== 'body' || f.qualifier === 'vague') return false;
      const cls = unitClass(f.unit);
      return { cls, estimate: ESTIMATE.test(f.text) || f.hedges.some((h) => ESTIMATE.test(h.text) && !ownedBy(h, f)) };
    };
    for (const f of figures) {
      const flag = flags(f);
      if (!flag) continue;
      const { cls, estimate } = flag;
      if (!(cls && CLAIM_UNIT_CLASSES.has(cls)) && !estimate) continue;
      // (the cheap test first: every test here only rules a figure out, in any order)
      sourcedValues ??= new Set(figures.filter((g) => g.source).map((g) => g.value));
      if (sourcedValues.has(f.value)) continue;
      if (ctx.quoteAt(f.start, f.end) || inQuoteMarks(ctx, f.start, f.end)) continue;
      // ALL-CAPS lines are newsletter headlines and labels, not the article's claims
      if (!/[a-z]/.test(ctx.text.slice(f.start, f.end)) && /[A-Z]{2}/.test(ctx.text.slice(f.start, f.end))) continue;
      byId ??= new Map(figures.map((g) => [g.id, g]));
      const whole = f.partOf ? byId.get(f.partOf) : undefined;
      // an attributed whole covers its parts; an unattributed one is flagged itself
      if (whole && (whole.source || flags(whole))) continue;
      const bi = blockIndex(f);
      if (blockAttributes(bi) || blockAttributes(bi + 1)) continue;
      out.push({
        start: f.start,
        end: f.end,
        message: estimate
          ? `“${figureLabel(f)}” is given as an estimate, but the text does not say whose estimate it is.`
          : `“${figureLabel(f)}” is a count the reader cannot check: the text does not say who counted it.`,
        related: [],
      });
    }
    return out;
  },
});
