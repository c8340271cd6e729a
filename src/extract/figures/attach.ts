/**
 * What a figure is attached to: who gives it (the quote it sits in, or the attribution verb of its
 * clause: "X estimates 4,700", "4,700 ..., officials said", "according to X"), which epistemic
 * hedges cover it, which figure it is a part of ("including 600 dead") and whom it is about
 * ("among North Korean forces").
 */
import type { Entity, FigureSource, Hedge, Mention, Offsets, Span, Token } from '../../types.js';
import { PART_CUES } from './lexicon.js';
import { nounPhraseAt, type Draft, type ReadContext } from './read.js';

/** Epistemic hedges whose scope covers [start, end), as spans. */
export function hedgesCovering(hedges: readonly Hedge[], start: number, end: number): Span[] {
  const out: Span[] = [];
  for (const h of hedges) {
    if (h.kind !== 'epistemic') continue;
    if (h.scope.start <= start && end <= h.scope.end) out.push({ start: h.start, end: h.end, text: h.text });
  }
  return out;
}

/** An attribution found in the figure's clause, with the verb that made it. */
export interface Attribution {
  /** Null for a passive attribution ("damage is estimated at"): it hedges but names nobody. */
  source: FigureSource | null;
  /** The subject phrase in the text. */
  span: Offsets;
  verb: Token | null;
  rule: string;
}

const SKIP_BEFORE_VERB = new Set(['ADV', 'AUX', 'PART']);
const SUBJECT_POS = new Set(['PROPN', 'NOUN', 'ADJ']);
const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i']);
const STOP = new Set([';', ':', '—', '–']);
const OBJECT_VERBS_AFTER = new Set(['say', 'tell', 'estimate', 'report', 'claim', 'add', 'note', 'write', 'confirm', 'state', 'announce', 'believe', 'allege', 'testify']);

/** Whether the attribution word at `k` works as a verb here (wink tags "estimates" as a noun too). */
function actsAsVerb(c: ReadContext, k: number): boolean {
  const t = c.tokens[k];
  if (t.pos === 'VERB') return true;
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  const prev = c.tokens[k - 1];
  const next = c.tokens[k + 1];
  if (!prev || k - 1 < c.first || !next || k + 1 >= c.end) return false;
  if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') return false;
  return !(next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PUNCT' || next.pos === 'ADP');
}

/** Whether the verb at `k` is a passive participle ("is estimated", "were reported"): its subject is not the source. */
function isPassive(c: ReadContext, k: number): boolean {
  let j = k - 1;
  while (j >= c.first && c.tokens[j].pos === 'ADV') j--;
  return j >= c.first && c.tokens[j].lemma === 'be' && /(?:ed|wn|ld|id|ound)$/.test(c.norms[k]);
}

/** The subject phrase ending right before token `k` (adverbs and auxiliaries skipped); null if none. */
function subjectBefore(c: ReadContext, k: number): { from: number; to: number } | null {
  let j = k - 1;
  while (j >= c.first && SKIP_BEFORE_VERB.has(c.tokens[j].pos) && !/['’]s$/.test(c.tokens[j].norm)) j--;
  if (j < c.first) return null;
  if (c.tokens[j].pos === 'PRON') return PERSONAL.has(c.norms[j]) ? { from: j, to: j + 1 } : null;
  if (c.tokens[j].pos !== 'NOUN' && c.tokens[j].pos !== 'PROPN') return null;
  const to = j + 1;
  while (j - 1 >= c.first && to - j < 8) {
    const t = c.tokens[j - 1];
    if (SUBJECT_POS.has(t.pos) || (t.pos === 'PART' && /^['’]s$/.test(t.norm)) || (t.text === '-' && t.start === c.tokens[j].start - 1)) j--;
    // "Port of Rotterdam Authority", "Bank of England": "of" between two parts of a name
    else if (c.norms[j - 1] === 'of' && c.tokens[j].pos === 'PROPN' && j - 2 >= c.first && c.tokens[j - 2].pos === 'PROPN') j -= 2;
    else break;
  }
  // an adjective cannot start the name when it is the whole of it
  return { from: j, to };
}

const spanOf = (c: ReadContext, from: number, to: number): Offsets => ({ start: c.tokens[from].start, end: c.tokens[to - 1].end });

/**
 * The entity mentioned inside [start, end) that ends last (the head of "South Korea's National
 * Intelligence Service" rather than "South Korea"), longest first. A plain scan: it runs once per
 * attributed figure, cheaper than sorting every mention of the document.
 */
function mentionInside(entities: readonly Entity[], start: number, end: number): { entity: Entity; mention: Mention } | null {
  let best: { entity: Entity; mention: Mention } | null = null;
  for (const entity of entities) {
    for (const m of entity.mentions) {
      // inside the phrase, or a longer name that ends on its head
      if (m.end > end || (m.start < start && m.end !== end)) continue;
      if (!best || m.end > best.mention.end || (m.end === best.mention.end && m.start < best.mention.start)) best = { entity, mention: m };
    }
  }
  return best;
}

/** The source a subject phrase names: the entity it mentions where known, vague when its head is. */
function sourceFrom(c: ReadContext, from: number, to: number, entities: readonly Entity[], vagueHeads: ReadonlySet<string>): FigureSource {
  let a = from;
  while (a < to - 1 && /^(?:the|a|an)$/.test(c.norms[a])) a++;
  const start = c.tokens[a].start;
  const end = c.tokens[to - 1].end;
  const headNorm = c.norms[to - 1];
  const hasName = c.tokens.slice(a, to).some((t, i) => t.pos === 'PROPN' && !(a + i === to - 1 && vagueHeads.has(t.norm)));
  const vague = vagueHeads.has(headNorm) || (!hasName && /s$/.test(headNorm) && c.tokens[to - 1].pos === 'NOUN');
  const named = vague ? null : mentionInside(entities, start, end);
  if (named) return { name: named.entity.name, entity: named.entity.id, vague: false, quote: null };
  return { name: c.text.slice(start, end), entity: null, vague, quote: null };
}

/**
 * Finds who gives the figure in its own sentence: "according to X" anywhere; the nearest
 * attribution verb before it with its subject ("X estimates 4,700"); or a trailing ", X said".
 * Each pattern is its own function, so V8 optimises (and, on a rare branch, re-optimises) small
 * pieces rather than one large one.
 */
export function attributionFor(c: ReadContext, d: Draft, mentions: readonly Entity[], vagueHeads: ReadonlySet<string>): Attribution | null {
  return accordingTo(c, d, mentions, vagueHeads) ?? verbBefore(c, d, mentions, vagueHeads) ?? saidAfter(c, d, mentions, vagueHeads);
}

/** "according to X" anywhere in the sentence outside the figure. */
function accordingTo(c: ReadContext, d: Draft, mentions: readonly Entity[], vagueHeads: ReadonlySet<string>): Attribution | null {
  const { norms, tokens } = c;
  for (let k = c.first; k + 2 < c.end; k++) {
    if (norms[k] === 'according' && norms[k + 1] === 'to' && !(k + 2 > d.from && k < d.to)) {
      let j = k + 2;
      const from = j;
      while (j < c.end && j - from < 8 && tokens[j].pos !== 'PUNCT' && tokens[j].pos !== 'ADP' && tokens[j].pos !== 'CCONJ' && tokens[j].pos !== 'SCONJ') j++;
      if (j > from) return { source: sourceFrom(c, from, j, mentions, vagueHeads), span: spanOf(c, from, j), verb: null, rule: 'figures/according-to' };
    }
  }
  return null;
}

/** The nearest attribution verb before the figure, in its clause, with its subject ("X estimates 4,700"). */
function verbBefore(c: ReadContext, d: Draft, mentions: readonly Entity[], vagueHeads: ReadonlySet<string>): Attribution | null {
  const { norms, tokens } = c;
  for (let k = d.from - 1; k >= c.first; k--) {
    // a new clause (";", "—", ", and", ", but") has its own subject
    if (STOP.has(norms[k]) || (tokens[k].pos === 'CCONJ' && k > c.first && norms[k - 1] === ',')) break;
    const lemma = c.lex.verbs.get(norms[k]);
    if (!lemma || !actsAsVerb(c, k)) continue;
    if (isPassive(c, k)) return { source: null, span: spanOf(c, k, k + 1), verb: tokens[k], rule: 'figures/passive' };
    const subject = subjectBefore(c, k);
    if (!subject) continue;
    return { source: sourceFrom(c, subject.from, subject.to, mentions, vagueHeads), span: spanOf(c, subject.from, subject.to), verb: tokens[k], rule: 'figures/source-verb' };
  }
  return null;
}

/** A trailing "..., officials said." / "..., said the ministry." after the figure. */
function saidAfter(c: ReadContext, d: Draft, mentions: readonly Entity[], vagueHeads: ReadonlySet<string>): Attribution | null {
  const { norms, tokens } = c;
  for (let p = d.to; p < c.end; p++) {
    if (norms[p] !== ',') continue;
    const after = p + 1;
    if (after >= c.end) break;
    const lemma0 = c.lex.verbs.get(norms[after]);
    if (lemma0 && OBJECT_VERBS_AFTER.has(lemma0)) {
      const np = nounPhraseAt(c, after + 1);
      if (np && (np.to >= c.end || tokens[np.to].pos === 'PUNCT')) return { source: sourceFrom(c, after + 1, np.to, mentions, vagueHeads), span: spanOf(c, after + 1, np.to), verb: tokens[after], rule: 'figures/source-after' };
    }
    let j = after;
    while (j < c.end && j - after < 8 && (SUBJECT_POS.has(tokens[j].pos) || tokens[j].pos === 'DET' || tokens[j].pos === 'PRON' || (tokens[j].pos === 'PART' && /^['’]s$/.test(norms[j])))) j++;
    const lemma = c.lex.verbs.get(norms[j]);
    if (j > after && lemma && OBJECT_VERBS_AFTER.has(lemma) && (j + 1 >= c.end || tokens[j + 1].pos === 'PUNCT')) {
      return { source: sourceFrom(c, after, j, mentions, vagueHeads), span: spanOf(c, after, j), verb: tokens[j], rule: 'figures/source-after' };
    }
  }
  return null;
}

/** Words between two figures that make the second a part of the first ("including", "of whom"). */
const PART_CUE_SET = new Set(PART_CUES);

const PART_TRAILING = new Set(['DET', 'ADJ', 'NOUN']);

/** Whether the tokens between figure `a` and `b` make `b` a part of `a`. */
export function isPartLink(c: ReadContext, a: Draft, b: Draft): boolean {
  if (b.partMarker) return true;
  const words: string[] = [];
  let punct = false;
  let trailing = 0;
  for (let k = a.to; k < b.from; k++) {
    if (c.tokens[k].pos === 'PUNCT') punct = true;
    else if (words.length && PART_TRAILING.has(c.tokens[k].pos) && !PART_CUE_SET.has(`${words.join(' ')} ${c.norms[k]}`) && trailing < 2) trailing++;
    else if (trailing) return false;
    else words.push(c.norms[k]);
  }
  // "including a record $100 million": up to two determiners, adjectives or nouns may follow the cue
  const cue = words.join(' ');
  if (!PART_CUE_SET.has(cue)) return false;
  return cue !== 'with' || punct;
}

/** The group or place after a figure (and its parts): "among North Korean forces", "in Gaza". */
export function aboutAfter(c: ReadContext, tail: number): string | null {
  let k = tail;
  let comma = false;
  while (k < c.end && (c.norms[k] === ',' || c.norms[k] === ')')) {
    comma = true;
    k++;
  }
  if (k >= c.end) return null;
  if (c.norms[k] === 'among') return nounPhraseAt(c, k + 1)?.text ?? null;
  if (!comma && c.norms[k] === 'in' && c.tokens[k + 1]?.pos === 'PROPN') return nounPhraseAt(c, k + 1)?.text ?? null;
  return null;
}
