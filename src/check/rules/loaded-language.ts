/**
 * `loaded-language`: emotive or judgemental wording in the writer's own voice. Reads the loaded
 * layer, keeps only `voice: narrator` (a speaker's words and the writer's paraphrase of someone
 * are theirs), and skips anything between quotation marks the quotes layer did not claim.
 *
 * Precision: the same word can judge or describe ("a military regime", "a terror attack",
 * "sanctions on terrorists" describe; "a serial liar", "this unholy alliance" judge). A term is
 * flagged when it evaluates by its form: it holds an adjective or adverb ("unholy alliance",
 * "staggering"), it is a multi-word name-calling label ("axis of autocracy"), or it is a noun
 * used as a predicate ("is a serial liar", "That comment is a lie"). Bare nouns used to refer,
 * and verbs (often the writer's paraphrase of someone: "stoke tension"), are left alone, and so
 * is a term governed by a verb of saying or thinking ("who think in terms of good and evil").
 * Overlapping terms are reported once, as the longest.
 */
import type { Loaded, Token } from '../../types.js';
import { defineRule, type Draft } from '../rule.js';
import { inQuoteMarks, type CheckContext } from '../context.js';

const WHAT: Record<string, string> = {
  'name-calling': 'name-calling',
  exaggeration: 'exaggeration',
  'loaded-language': 'emotive wording',
};

/** Distancing markers (the writer attributes the term to others), Wikipedia Words to watch: "so-called". */
const DISTANCING = new Set(['so-called', 'so', 'called', 'self-styled', 'self-proclaimed', 'supposed', 'alleged']);

const COPULA = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", '’s', "'re", '’re', 'become', 'became', 'remain', 'remains', 'seem', 'seems']);

/** Tokens of a span (binary search on the token layer). */
function tokensOf(ctx: CheckContext, start: number, end: number): { list: Token[]; first: number } {
  const toks = ctx.layers.tokens.tokens;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const list: Token[] = [];
  for (let i = lo; i < toks.length && toks[i].start < end; i++) list.push(toks[i]);
  return { list, first: lo };
}

/** Whether the term judges by its form (see the file comment). */
export function evaluative(ctx: CheckContext, l: Loaded): boolean {
  const { list, first } = tokensOf(ctx, l.start, l.end);
  if (!list.length) return true; // no tokens to judge by: trust the loaded layer
  // "so-called" distances the writer from a term (like scare quotes): it does not judge
  if (list.some((t) => (t.pos === 'ADJ' || t.pos === 'ADV') && !DISTANCING.has(t.norm))) return true;
  const content = list.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  if (!content.length) return false; // verbs and the like
  if (l.category === 'name-calling' && content.length >= 2) return true;
  // a predicate noun: "is (a) (serial) liar"
  const toks = ctx.layers.tokens.tokens;
  for (let i = first - 1, n = 0; i >= 0 && n < 4 && toks[i].sentence === list[0].sentence; i--, n++) {
    const t = toks[i];
    if (COPULA.has(t.norm) || (t.pos === 'AUX' && t.lemma === 'be')) return true;
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'NUM')) return false;
  }
  return false;
}

/**
 * Verbs of saying and thinking (PARC 3.0 / Bergler reporting and belief verbs, lemmas) and the
 * interrogative "whether": a term right after one of them, in the same clause, is someone's view
 * or an open question, not the writer's assertion ("who think in terms of good and evil",
 * "whether it is patriotic to pay", "has been called a charlatan").
 */
const NOT_ASSERTED = new Set(['think', 'believe', 'say', 'call', 'describe', 'paint', 'portray', 'consider', 'regard', 'view', 'deem', 'label', 'brand', 'accuse', 'claim', 'argue', 'allege', 'dub', 'whether',
  // verbs of evaluating someone else's thing ("derided the deal as toothless"): PARC 3.0 attribution cues
  'deride', 'dismiss', 'decry', 'denounce', 'condemn', 'criticize', 'criticise', 'slam', 'blast', 'mock', 'ridicule', 'hail', 'praise', 'tout', 'insist', 'contend', 'case']);
/** How far back (tokens) a saying or thinking verb still governs the term. */
const GOVERN = 8;

/** Whether the term sits right after a verb of saying/thinking or "whether", in the same clause. */
export function notAsserted(ctx: CheckContext, l: Loaded): boolean {
  const { list, first } = tokensOf(ctx, l.start, l.end);
  if (!list.length) return false;
  const toks = ctx.layers.tokens.tokens;
  for (let i = first - 1, n = 0; i >= 0 && n < GOVERN && toks[i].sentence === list[0].sentence; i--, n++) {
    const t = toks[i];
    if (t.pos === 'PUNCT' && /^[,;:(—–]$/.test(t.norm)) return false;
    if (NOT_ASSERTED.has(t.lemma) || NOT_ASSERTED.has(t.norm)) return true;
  }
  return false;
}

/**
 * Terms that only grade (Martin & White 2005, Appraisal: graduation/force) without judging: the
 * loaded layer's magnitude adjectives and amplified neutral adjectives. Kept in the layer (PTC
 * annotates them as exaggeration) but too common in neutral reporting for a warning.
 */
const GRADUATION_ONLY = (l: Loaded) => l.rule === 'loaded/magnitude' || (l.rule === 'loaded/amplified' && l.category === 'exaggeration');

/** The rule. */
export const loadedLanguage = defineRule({
  id: 'loaded-language',
  severity: 'warning',
  description: "Emotive or judgemental wording appears in the writer's own voice rather than in a quote.",
  example: {
    bad: "The council's reckless scheme will ruin the old harbour.",
    good: "The council's plan will replace the old harbour wall, which residents oppose.",
  },
  check(ctx) {
    const keep: Loaded[] = [];
    for (const l of ctx.layers.loaded) {
      if (l.voice !== 'narrator') continue;
      // Appraisal "graduation" alone (size and force: "massive", "historic", "deeply divided") is how
      // straight news measures things; a reader is warned of judgement, affect and reaction words
      if (GRADUATION_ONLY(l)) continue;
      const q = ctx.quoteAt(l.start, l.end);
      if (q && (q.kind === 'direct' || q.kind === 'partial')) continue;
      if (inQuoteMarks(ctx, l.start, l.end) || !evaluative(ctx, l) || notAsserted(ctx, l)) continue;
      // ALL-CAPS runs are mostly inline subheads and labels ("HE'S BEEN CALLED OUT —"), where
      // the tagger's parts of speech cannot be trusted
      if (/[A-Z]{2}/.test(l.text) && !/[a-z]/.test(l.text)) continue;
      keep.push(l);
    }
    if (!keep.length) return [];
    // overlapping terms once, as the longest ("one of the world's most oppressive regimes" over "regimes")
    const out: Draft[] = [];
    for (const l of [...keep].sort((a, b) => b.end - b.start - (a.end - a.start))) {
      if (out.some((d) => d.start < l.end && l.start < d.end)) continue;
      const what = WHAT[l.category] ?? l.category.replace(/-/g, ' ');
      out.push({
        start: l.start,
        end: l.end,
        message: `“${l.text.replace(/\s+/g, ' ')}” is ${what} in the writer's own voice; attribute it to someone or use neutral words.`,
        related: [],
      });
    }
    return out.sort((a, b) => a.start - b.start);
  },
});
