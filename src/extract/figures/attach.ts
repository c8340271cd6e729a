/**
 * What a figure is attached to: who gives it (the quote it sits in, or the attribution verb of its
 * clause: "X estimates 4,700", "4,700 ..., officials said", "according to X"), which epistemic
 * hedges cover it, which figure it is a part of ("including 600 dead") and whom it is about
 * ("among North Korean forces").
 */
import type { Entity, FigureSource, Hedge, Mention, Offsets, Span, Token } from '../../types.js';
import { MONTH_WORDS, WEEKDAY_WORDS } from '../../nlp/dates.js';
import { PART_CUES } from './lexicon.js';
import { nounPhraseAt, type Draft, type ReadContext } from './read.js';

/** Words that open a clause of its own after the figure ("videos that indicate", "a victim who had apparently"). */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'whether', 'if', 'because', 'although', 'until', 'while']);
/** Relative pronouns: a figure after one sits in a clause about a noun, not in the hedged claim. */
const RELATIVES = new Set(['which', 'who', 'whom', 'whose']);

/**
 * Epistemic hedges whose scope covers the figure (`d`, at [start, end)), as spans. The hedges
 * layer scopes a cue over its sentence; a cue in a clause of its own after the figure ("ten
 * nations were put on alert that the plague could spread"), an adjective after it ("shot by the
 * alleged gunman"), or a cue before a relative clause the figure sits in ("the footage is
 * presumed to come from a camera which is located 780 feet away") does not hedge the figure.
 */
export function hedgesCovering(c: ReadContext, d: Draft, hedges: readonly Hedge[], start: number, end: number): Span[] {
  const out: Span[] = [];
  for (const h of hedges) {
    if (h.kind !== 'epistemic') continue;
    if (!(h.scope.start <= start && end <= h.scope.end)) continue;
    if (h.start >= end ? !coversForward(c, d, h) : h.end <= start ? !coversBackward(c, d, h) : false) continue;
    out.push({ start: h.start, end: h.end, text: h.text });
  }
  return out;
}

/** Whether a cue after the figure is in its clause: no clause opener between, and not an adjective. */
function coversForward(c: ReadContext, d: Draft, h: Hedge): boolean {
  let k = d.to;
  // ("that" as a determiner, "up to that task", opens nothing)
  for (; k < c.end && c.tokens[k].start < h.start; k++) if (CLAUSE_OPENERS.has(c.norms[k]) && c.tokens[k].pos !== 'DET') return false;
  return !(k < c.end && c.tokens[k].start === h.start && c.tokens[k].pos === 'ADJ');
}

/** Whether a cue before the figure governs it: no relative pronoun or new clause (", and", ";") between them. */
function coversBackward(c: ReadContext, d: Draft, h: Hedge): boolean {
  for (let k = d.from - 1; k >= c.first && c.tokens[k].start >= h.end; k--) {
    if (RELATIVES.has(c.norms[k]) || STOP.has(c.norms[k]) || (c.tokens[k].pos === 'CCONJ' && k > c.first && c.norms[k - 1] === ',')) return false;
  }
  return true;
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
/** Whether token `k` heads a noun phrase: a noun, or a word after a determiner or noun ("an assassination manual", tagged ADJ). */
function isNounBefore(c: ReadContext, k: number): boolean {
  const t = c.tokens[k];
  return t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'ADJ' && k > c.first && (c.tokens[k - 1].pos === 'DET' || c.tokens[k - 1].pos === 'NOUN'));
}

/** Speech verbs with an addressee before their that-clause ("told reporters that"). Source: Levin (1993), §37.2 "tell" verbs and §37.9 "advise" verbs. */
const ADDRESSEE_VERBS = new Set(['tell', 'warn', 'assure', 'remind', 'inform', 'notify', 'advise', 'convince', 'persuade', 'brief']);
/** Time words that end the phrase before a complementizer ("said Monday that"). */
const TIME_NOUNS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|month|year|morning|evening|night|earlier)$/;

/** Whether "that" at `k` opens a relative clause on the noun before it, not the content of a verb or noun. */
function opensRelative(c: ReadContext, k: number): boolean {
  const n = k - 1;
  if (n < c.first || !isNounBefore(c, n) || CONTENT_NOUNS.has(c.norms[n]) || TIME_NOUNS.test(c.norms[n])) return false;
  let j = n;
  while (j - 1 >= c.first && /^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(c.tokens[j - 1].pos)) j--;
  return !(j - 1 >= c.first && ADDRESSEE_VERBS.has(c.tokens[j - 1].lemma.toLowerCase()));
}

const RELATIVES_AFTER_COMMA = new Set(['which', 'who', 'whom', 'whose', 'where']);

/**
 * Nouns that take a that-clause as their content ("reports that 40 died"), so "that" after them
 * does not open a relative clause. Source: Biber et al. (1999), Longman Grammar of Spoken and
 * Written English, §8.14.2, the most frequent head nouns of noun complement that-clauses in news.
 */
const CONTENT_NOUNS = new Set([
  'fact', 'claim', 'claims', 'report', 'reports', 'idea', 'belief', 'evidence', 'possibility', 'assumption',
  'conclusion', 'suggestion', 'hope', 'fear', 'fears', 'sign', 'signs', 'view', 'news', 'rumor', 'rumors', 'rumour',
  'rumours', 'assurance', 'assurances', 'allegation', 'allegations', 'warning', 'warnings', 'indication',
  'indications', 'estimate', 'estimates', 'statement', 'concern', 'concerns', 'notion', 'assertion', 'doubt', 'doubts',
]);

/** Attribution verbs whose past participle is their base form ("has put the toll at"). */
const SAME_PARTICIPLE = new Set(['put', 'forecast', 'cut', 'broadcast']);
const OBJECT_VERBS_AFTER = new Set(['say', 'tell', 'estimate', 'report', 'claim', 'add', 'note', 'write', 'confirm', 'state', 'announce', 'believe', 'allege', 'testify']);

/**
 * Subordinators that open an adverbial clause ("until Trump reached the final three words"): a
 * figure after one is not in the clause of a speech verb before it (Quirk et al. 1985, §14.12,
 * adverbial subordinators of time, reason and concession).
 */
const ADVERBIAL_SUBORDINATORS = new Set(['until', 'till', 'because', 'although', 'though', 'unless', 'whereas', 'whilst']);

/**
 * Whether the capitalised word at `k` is part of a name ("the Islamic State has"): the run of
 * capitalised words it ends follows a lower-case word, so the sentence is not a title-case
 * headline ("Officials Say 40 Died").
 */
function inCapitalisedName(c: ReadContext, k: number): boolean {
  let j = k - 1;
  while (j >= c.first && /^[A-Z]/.test(c.tokens[j].text)) j--;
  return j >= c.first && /^[a-z]/.test(c.tokens[j].text);
}

/** Whether the attribution word at `k` works as a verb here (wink tags "estimates" as a noun too). */
function actsAsVerb(c: ReadContext, k: number): boolean {
  const t = c.tokens[k];
  const prev = c.tokens[k - 1];
  if (/^[A-Z]/.test(t.text) && inCapitalisedName(c, k)) return false;
  // "has record low support": a base form cannot follow perfect "have", so it is a noun or adjective here
  if (prev && k - 1 >= c.first && prev.lemma === 'have' && c.norms[k] === t.lemma && c.lex.verbs.get(c.norms[k]) === c.norms[k] && !SAME_PARTICIPLE.has(c.norms[k])) return false;
  if (t.pos === 'VERB') return true;
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  const next = c.tokens[k + 1];
  if (!prev || k - 1 < c.first || !next || k + 1 >= c.end) return false;
  if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') return false;
  // "the PAC tally doesn't", "Battleground state Florida": before an auxiliary or a name it is a noun
  return !(next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PUNCT' || next.pos === 'ADP' || next.pos === 'AUX' || next.pos === 'PROPN');
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

/** Whether token `k` is a hyphen glued to the words on both sides ("52-count"). */
function isJoiningHyphen(c: ReadContext, k: number): boolean {
  const t = c.tokens[k];
  return t.text === '-' && k > c.first && k + 1 < c.end && c.tokens[k - 1].end === t.start && c.tokens[k + 1].start === t.end;
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

/** "the newly revised timeline", "the recently released figures": a participle between an adverb or determiner and its noun modifies the noun. */
function participleModifier(c: ReadContext, j: number): boolean {
  const { tokens } = c;
  if (j + 1 >= c.end || tokens[j + 1].pos !== 'NOUN' || !/(?:ed|en)$/.test(c.norms[j])) return false;
  const prev = tokens[j - 1].pos;
  return prev === 'ADV' || prev === 'DET';
}

/** "according to X" anywhere in the sentence outside the figure. */
function accordingTo(c: ReadContext, d: Draft, mentions: readonly Entity[], vagueHeads: ReadonlySet<string>): Attribution | null {
  const { norms, tokens } = c;
  for (let k = c.first; k + 2 < c.end; k++) {
    if (norms[k] === 'according' && norms[k + 1] === 'to' && !(k + 2 > d.from && k < d.to)) {
      let j = k + 2;
      const from = j;
      // the name ends at punctuation, a preposition, a conjunction or a verb ("figures released by")
      while (j < c.end && j - from < 8 && (tokens[j].pos !== 'PUNCT' || isJoiningHyphen(c, j)) && tokens[j].pos !== 'ADP' && tokens[j].pos !== 'CCONJ' && tokens[j].pos !== 'SCONJ'
        && !(tokens[j].pos === 'VERB' && j > from && !isJoiningHyphen(c, j - 1) && !participleModifier(c, j))) j++;
      // "according to a 52-count complaint": the figure is inside the source's name
      if (d.from >= from && d.from < j) return null;
      if (j > from) return { source: sourceFrom(c, from, j, mentions, vagueHeads), span: spanOf(c, from, j), verb: null, rule: 'figures/according-to' };
    }
  }
  return null;
}

/** The nearest attribution verb before the figure, in its clause, with its subject ("X estimates 4,700"). */
function verbBefore(c: ReadContext, d: Draft, mentions: readonly Entity[], vagueHeads: ReadonlySet<string>): Attribution | null {
  const { norms, tokens } = c;
  let comma = false;
  for (let k = d.from - 1; k >= c.first; k--) {
    // a new clause (";", "—", ", and", ", but") has its own subject
    if (STOP.has(norms[k]) || ADVERBIAL_SUBORDINATORS.has(norms[k]) || (tokens[k].pos === 'CCONJ' && k > c.first && norms[k - 1] === ',')) break;
    // a relative clause about a noun is background, not what the verb reports: "... and
    // WikiLeaks, which released tens of thousands of emails", "a manual that the CIA kept secret
    // for 40 years" (but "reports that 40 died" is the report's content)
    // (a comma between the relative and the figure closed the relative clause: "X estimate the war,
    // which began in 2014, has killed 14,000")
    if (norms[k] === ',') comma = true;
    if (k > c.first && ((RELATIVES_AFTER_COMMA.has(norms[k]) && norms[k - 1] === ',' && !comma)
      || (norms[k] === 'that' && opensRelative(c, k)))) break;
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
  // "in Gaza", but not "in August": a month or weekday is when, not whom or where
  if (!comma && c.norms[k] === 'in' && c.tokens[k + 1]?.pos === 'PROPN' && k + 1 < c.end && MONTH_WORDS[c.norms[k + 1]] === undefined && WEEKDAY_WORDS[c.norms[k + 1]] === undefined) {
    return nounPhraseAt(c, k + 1)?.text ?? null;
  }
  return null;
}
