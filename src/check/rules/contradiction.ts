/**
 * `contradiction` (stretch, info): the article characterises the same group in opposite terms,
 * "woefully unprepared" in one place and "well-prepared" in another. Opposites are found by
 * English morphology, not a word list: a negative-prefixed participle (un-/in-/im-/ir-/il-/ill-
 * + X-ed) against "well(-)X-ed" for the same X (the un-/well- antonymy WordNet records for
 * participial adjectives, e.g. prepared/unprepared, equipped/unequipped). Both sentences must
 * mention the same entity or entities of the same country, so "unarmed civilians" and
 * "well-armed militants" of different sides are not paired.
 */
import type { Offsets, Token } from '../../types.js';
import { defineRule, type Draft } from '../rule.js';

const NEGATIVE = /^(?:un|in|im|ir|il|ill-)([a-z]{3,}ed)$/;

/** Whether a token's word ends in "ed". */
function endsInEd(w: string): boolean {
  const n = w.length;
  return n >= 2 && w.charCodeAt(n - 1) === 100 && w.charCodeAt(n - 2) === 101;
}

/**
 * Whether the text may hold a "well-Xed" (one token, or "well" then "-" or not, then an -ed word):
 * without one there is nothing to pair. Looks only at the "well" tokens the context's shared walk
 * found, so most documents' tokens are not walked again.
 */
function mayHaveWellForm(toks: readonly Token[], wells: readonly number[]): boolean {
  for (let n = 0; n < wells.length; n++) {
    const k = wells[n];
    const w = toks[k].norm;
    if (w !== 'well') return true; // "well-…"
    if (k + 1 >= toks.length) continue;
    const next = toks[k + 1].norm;
    if (endsInEd(next) || (next === '-' && k + 2 < toks.length && endsInEd(toks[k + 2].norm))) return true;
  }
  return false;
}

/** The rule. */
export const contradiction = defineRule({
  id: 'contradiction',
  severity: 'info',
  stretch: true,
  description: 'The article describes the same group in opposite terms (e.g. "unprepared" and "well-prepared").',
  example: {
    bad: 'The city\'s firefighters were unequipped for the blaze. The chief said the firefighters were well-equipped.',
    good: 'The city\'s firefighters were short of breathing gear, the union said. The chief said the firefighters were well-equipped.',
  },
  check(ctx) {
    const { tokens } = ctx.layers.tokens;
    // no "well-Xed" form: no pair (most documents; their tokens are not walked)
    if (!mayHaveWellForm(tokens, ctx.tokenMarks().wells)) return [];
    const neg = new Map<string, Offsets & { sentence: number }>();
    const pos = new Map<string, Offsets & { sentence: number }>();
    // every form we pair ends in -ed: only those tokens
    for (const i of ctx.edWords()) {
      const t = tokens[i];
      // (NEGATIVE needs a word starting with "u" or "i": test that before running the regex)
      const c = t.norm.charCodeAt(0);
      const m = c === 117 || c === 105 ? NEGATIVE.exec(t.norm) : null;
      if (m && (t.pos === 'ADJ' || t.pos === 'VERB')) {
        if (!neg.has(m[1])) neg.set(m[1], { start: t.start, end: t.end, sentence: t.sentence });
        continue;
      }
      if (t.norm.startsWith('well-') && t.norm.endsWith('ed')) {
        const base = t.norm.slice(5);
        if (!pos.has(base)) pos.set(base, { start: t.start, end: t.end, sentence: t.sentence });
        continue;
      }
      // "well - prepared" / "well prepared" as separate tokens
      if (t.norm.endsWith('ed') && i > 0) {
        const p1 = tokens[i - 1];
        const p2 = tokens[i - 2];
        const well = p1.norm === 'well' ? p1 : p1.norm === '-' && p2?.norm === 'well' ? p2 : null;
        if (well && well.sentence === t.sentence && !pos.has(t.norm)) pos.set(t.norm, { start: well.start, end: t.end, sentence: t.sentence });
      }
    }
    if (!neg.size || !pos.size) return [];
    // entities and countries mentioned in each sentence (only for the sentences that matter)
    const wanted = new Set<number>();
    for (const [base, n] of neg) if (pos.has(base)) wanted.add(n.sentence).add(pos.get(base)!.sentence);
    if (!wanted.size) return [];
    const about = new Map<number, Set<string>>();
    for (const e of ctx.layers.entities) {
      for (const m of e.mentions) {
        const s = ctx.sentenceAt(m.start);
        if (!s || !wanted.has(s.index)) continue;
        const set = about.get(s.index) ?? new Set<string>();
        set.add(`e:${e.id}`);
        if (e.country) set.add(`c:${e.country}`);
        about.set(s.index, set);
      }
    }
    const out: Draft[] = [];
    for (const [base, n] of neg) {
      const p = pos.get(base);
      if (!p) continue;
      const a = about.get(n.sentence);
      const b = about.get(p.sentence);
      if (!a || !b || ![...a].some((k) => b.has(k))) continue;
      const first = n.start < p.start ? n : p;
      const second = first === n ? p : n;
      // when the article already gives each word to a different source, the finding is that the
      // sources disagree, not that the attribution is missing
      const by1 = ctx.quoteAt(first.start, first.end)?.speaker?.name;
      const by2 = ctx.quoteAt(second.start, second.end)?.speaker?.name;
      const w1 = ctx.text.slice(first.start, first.end);
      const w2 = ctx.text.slice(second.start, second.end);
      out.push({
        start: first.start,
        end: first.end,
        message:
          by1 && by2 && by1 !== by2
            ? `Sources disagree about the same group: ${by1} “${w1}” here, ${by2} “${w2}” elsewhere.`
            : `The article calls the same group “${w1}” here and “${w2}” elsewhere; say whose view each is.`,
        related: [{ start: second.start, end: second.end }],
      });
    }
    return out;
  },
});
