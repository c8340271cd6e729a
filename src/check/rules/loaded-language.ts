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
 * A term whose only loaded words grade a force or describe a checkable property ("staunch
 * opponent", "aggressively pushed", "harmful coal byproduct", "unreliable electricity"; see
 * `GRADING_OR_FACT`), or that report someone else's emotion ("the furious North Koreans"), is
 * left alone, and so are someone else's words the quotes layer did not mark: a turn of an
 * interview transcript ("JP: It is a terrible time"), a quotation running over several lines or
 * between doubled apostrophes, a sentence ending in a reporting clause (", Hollande said").
 * Overlapping terms are reported once, as the longest.
 */
import type { Loaded, Token } from '../../types.js';
import { defineRule, type Draft } from '../rule.js';
import { inQuoteMarks, type CheckContext } from '../context.js';
import * as TERMS from '../../extract/loaded/terms.js';
import { adverbBase, qualityNouns } from '../../extract/loaded/loaded.js';

const WHAT: Record<string, string> = {
  'name-calling': 'name-calling',
  exaggeration: 'exaggeration',
  'loaded-language': 'emotive wording',
};

/** Distancing markers (the writer attributes the term to others), Wikipedia Words to watch: "so-called". */
const DISTANCING = new Set(['so-called', 'so', 'called', 'self-styled', 'self-proclaimed', 'supposed', 'alleged']);

const COPULA = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", '’s', "'re", '’re', 'become', 'became', 'remain', 'remains', 'seem', 'seems']);

/** The past forms among the layer's emotive verbs ("annihilated", "crushed"): verbs, whatever the tagger says. */
const VERB_FORMS: ReadonlySet<string> = new Set(TERMS.EMOTIVE_NOUNS_VERBS.words.filter((w) => !w.includes(' ') && w.endsWith('ed')));

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
  // a verb reports what someone did ("Reid frequently mocked Romney", "widely ridiculed"): the
  // manner or frequency adverb the layer adds to it does not make it the writer's judgement
  if (l.rule === 'loaded/emotive-verb') return false;
  const { list, first } = tokensOf(ctx, l.start, l.end);
  if (!list.length) return true; // no tokens to judge by: trust the loaded layer
  // the layer's past-tense verbs ("annihilated", "slaughtered") alone, which the tagger often calls adjectives
  if (list.length === 1 && VERB_FORMS.has(list[0].norm)) return false;
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
  'deride', 'dismiss', 'decry', 'denounce', 'condemn', 'criticize', 'criticise', 'slam', 'blast', 'mock', 'ridicule', 'hail', 'praise', 'tout', 'insist', 'contend', 'case',
  'characterize', 'characterise']);
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

/**
 * Words of the loaded layer that, as a term's only loaded words, grade or describe rather than
 * judge (as words or as the base of their -ly adverb):
 * - force of a process or of commitment (Martin & White 2005 §3.5, Appraisal graduation: force;
 *   the brief's "intensifying adverbs before a plain reporting or action verb"): "staunch
 *   opponent", "fierce fighting", "harsh critic", "a scathing report", "aggressively pushed",
 *   "dramatically outspent";
 * - a property that can be checked, in the first sense WordNet gives (the brief's "descriptive
 *   adjectives of fact"): "harmful coal byproduct", "unreliable electricity", "hostile forces",
 *   "militant group", "toxic waste", "the devastating hurricane";
 * - a reputation reported, like "notorious" and "infamous", which the layer leaves out: "the
 *   disgraced former chief";
 * - novelty and the outlook of a situation, the ordinary measures of news (Appraisal
 *   appreciation: valuation, low force): "unprecedented warning", "grim prospect", "dire warnings",
 *   "dismal prospects";
 * - size, a dimension adjective like "huge" and "massive", which the layer's magnitude list leaves
 *   out for the same reason: "a colossal storm";
 * - the public's reaction, which news reports by these names (Appraisal affect, reported): "drew
 *   a backlash", "public outcry", "Beck's ire".
 * Their nouns of quality grade or describe too ("the hostility of the regime", "toxicity"; made as
 * the layer makes them). Judgement of conduct and character ("reckless", "cynically",
 * "foolishly"), affect and the labels stay loaded, and so does any term with another loaded word
 * ("rampant xenophobe").
 */
export const GRADING_OR_FACT: ReadonlySet<string> = new Set([
  // force and commitment
  'staunch', 'fervent', 'zealous', 'ardent', 'passionate', 'fierce', 'harsh', 'bitter', 'strident', 'vehement', 'relentless',
  'aggressive', 'dramatic', 'violent', 'wild', 'furious', 'frantic', 'feverish', 'breathless', 'lavish', 'grand', 'defiant',
  'obsessive', 'scathing', 'blistering', 'withering',
  // checkable properties (`FACT`)
  'harmful', 'toxic', 'poisonous', 'noxious', 'destructive', 'devastating', 'unreliable', 'hostile', 'militant', 'dangerous', 'deadly',
  // reputation
  'disgraced',
  // novelty and outlook
  'unprecedented', 'grim', 'dire', 'bleak', 'dismal',
  // size
  'colossal',
  // public reaction, reported
  'backlash', 'outcry', 'uproar', 'furor', 'furore', 'ire',
]);

/**
 * Adjectives of an emotion felt (Appraisal affect realised as the experiencer's state, Martin &
 * White 2005 §2.2; the experiencer participles of Quirk et al. 1985 §7.15): "the furious North
 * Koreans", "an anguished wife", "the group was very outraged". Said of someone else they report
 * an emotion, as news does; the writer's own ("I was horrified") stays loaded, and so do the
 * provoking forms, which tell the reader what to feel ("horrifying", "heartbreaking"). The
 * layer's affect participles in -ed are added to these.
 */
const EXPERIENCER: ReadonlySet<string> = new Set([
  ...TERMS.AFFECT.words.filter((w) => w.endsWith('ed')),
  'outraged', 'enraged', 'panicked', 'furious', 'livid', 'irate', 'distraught', 'heartbroken', 'despondent', 'aghast', 'fuming',
  'seething', 'grief-stricken', 'terror-stricken', 'panic-stricken',
]);
const FIRST_PERSON = new Set(['i', 'we']);

/** Whether "I" or "we" comes shortly before token `first` in its sentence (the writer's own feeling: "I was horrified"). */
function firstPersonBefore(ctx: CheckContext, first: number): boolean {
  const toks = ctx.layers.tokens.tokens;
  const sentence = toks[first].sentence;
  for (let i = first - 1; i >= 0 && i >= first - 4 && toks[i].sentence === sentence; i--) if (FIRST_PERSON.has(toks[i].norm)) return true;
  return false;
}

/** The adjectives of `GRADING_OR_FACT` that describe a checkable property (harm, danger, hostility). */
const FACT: ReadonlySet<string> = new Set(['harmful', 'toxic', 'poisonous', 'noxious', 'destructive', 'devastating', 'hostile', 'dangerous', 'deadly']);

/**
 * Nouns of discourse and thought (Francis 1994, "Labelling discourse": illocution,
 * language-activity, text and mental-process nouns), as lemmas: words and ideas have no physical
 * harm to describe, so a `FACT` adjective on them is a figure that judges ("a devastating
 * letter", "toxic rhetoric", "toxic beliefs").
 */
const DISCOURSE_NOUNS: ReadonlySet<string> = new Set([
  'news', 'letter', 'exchange', 'rhetoric', 'debate', 'remark', 'comment', 'speech', 'language', 'critique', 'report', 'message',
  'tweet', 'word', 'statement', 'claim', 'accusation', 'argument', 'article', 'column', 'editorial', 'review', 'talk', 'lie',
  'propaganda', 'narrative', 'ideology', 'sermon', 'slogan',
  // mental-process nouns (Francis 1994): ideas are no substances either ("toxic beliefs")
  'idea', 'view', 'opinion', 'belief', 'assumption', 'theory', 'notion', 'thinking', 'attitude',
]);

/**
 * Adjectives with a plain medical sense (the layer's MEDICAL_SENSE: "sick", "virulent"): used
 * alone as a predicate ("the child is sick", "the pneumonic form is more virulent") they state a
 * condition; before a noun the layer already tells "a sick child" from "a sick joke".
 */
const MEDICAL_PREDICATE: ReadonlySet<string> = new Set(Object.keys(TERMS.MEDICAL_SENSE));

/** Every single word of the loaded layer's lists (forms and lemmas) and the nouns of quality it makes, to tell a term's loaded words from its other words. */
const LOADED_WORDS: ReadonlySet<string> = new Set(
  Object.values(TERMS)
    .flatMap((v) => (v && typeof v === 'object' && 'words' in v ? (v as TERMS.TermList).words : []))
    .filter((w) => !w.includes(' '))
    .concat([TERMS.EMOTIVE, TERMS.JUDGEMENT].flatMap((l) => l.words.flatMap(qualityNouns))),
);

/** The nouns of quality of `GRADING_OR_FACT` ("hostility" → "hostile"), as the layer makes them. */
const GRADING_NOUNS: ReadonlyMap<string, string> = new Map([...GRADING_OR_FACT].flatMap((w) => qualityNouns(w).map((n) => [n, w] as [string, string])));

/** The word of the layer's lists a token is, directly, as the -ly adverb of one or as the noun of quality of a `GRADING_OR_FACT` word. */
function loadedWord(t: Token): string | null {
  const quality = GRADING_NOUNS.get(t.norm);
  if (quality !== undefined) return quality;
  if (LOADED_WORDS.has(t.norm)) return t.norm;
  if (LOADED_WORDS.has(t.lemma)) return t.lemma;
  if (t.pos === 'ADV') for (const b of adverbBase(t.norm)) if (LOADED_WORDS.has(b)) return b;
  return null;
}

/** Whether the adjective at `k` modifies a noun of discourse: the head of the nouns right after it ("devastating exchange"). */
function discourseHead(list: readonly Token[], k: number): boolean {
  let head: Token | null = null;
  for (let j = k + 1; j < list.length && (list[j].pos === 'NOUN' || list[j].pos === 'PROPN' || list[j].pos === 'ADJ'); j++) if (list[j].pos === 'NOUN') head = list[j];
  return head !== null && DISCOURSE_NOUNS.has(head.lemma);
}

/** Whether the term's only loaded words grade or describe (`GRADING_OR_FACT`) or report someone else's emotion (`EXPERIENCER`); false when it has none we can tell. */
export function onlyGradingOrFact(ctx: CheckContext, l: Loaded): boolean {
  const { list, first } = tokensOf(ctx, l.start, l.end);
  if (list.length === 1 && list[0].pos === 'ADJ' && MEDICAL_PREDICATE.has(list[0].norm)) return true;
  let any = false;
  let mine: boolean | undefined;
  for (let k = 0; k < list.length; k++) {
    const w = loadedWord(list[k]);
    if (w === null) continue;
    if (EXPERIENCER.has(w)) {
      if ((mine ??= firstPersonBefore(ctx, first))) return false;
      any = true;
      continue;
    }
    if (!GRADING_OR_FACT.has(w)) return false;
    // a figure: harm done by words ("a devastating letter")
    if (FACT.has(w) && list[k].pos === 'ADJ' && discourseHead(list, k)) return false;
    any = true;
  }
  return any;
}

/**
 * A speaker label that opens a turn of an interview or deposition transcript ("JP:", "Q:",
 * "GILANI A:", "HANNITY:"): capitals, up to three words, then a colon at the start of a line.
 */
const TURN_LABEL = /^(?:[A-Z][A-Z.'’-]*[ \t]){0,2}[A-Z][A-Z.'’-]*:/gm;
/** How many lines a transcript turn runs on after its label (one sentence a line in many sources). */
const TURN_LINES = 8;
const turnCache = new WeakMap<object, number[]>();

/**
 * Starts of the transcript turn labels of the text: at least three, of at least two speakers, one
 * of whom speaks again (else none: "UPDATE:", "RELATED:" and "WATCH:" are rubrics, not turns).
 */
function turnStarts(text: string): number[] {
  const starts: number[] = [];
  const labels = new Set<string>();
  TURN_LABEL.lastIndex = 0;
  for (let m = TURN_LABEL.exec(text); m; m = TURN_LABEL.exec(text)) {
    starts.push(m.index);
    // the speaker by the label's last word ("BACON Q:" and "Q:" are the same questioner)
    labels.add(m[0].slice(m[0].lastIndexOf(' ') + 1));
  }
  return starts.length >= 3 && labels.size >= 2 && labels.size < starts.length ? starts : [];
}

/** Whether the offset is in a turn of an interview transcript (on the label's line or a few lines after it). */
export function inTranscriptTurn(ctx: CheckContext, start: number): boolean {
  let starts = turnCache.get(ctx.layers.tokens);
  if (!starts) turnCache.set(ctx.layers.tokens, (starts = turnStarts(ctx.text)));
  let label = -1;
  for (const s of starts) {
    if (s > start) break;
    label = s;
  }
  if (label < 0) return false;
  let lines = 0;
  for (let k = ctx.text.indexOf('\n', label); k >= 0 && k < start; k = ctx.text.indexOf('\n', k + 1)) {
    // a blank line ends the turn
    if (ctx.text.charCodeAt(k + 1) === 10 || ++lines > TURN_LINES) return false;
  }
  return true;
}

/**
 * Verbs of saying (lemmas, PARC 3.0 attribution cues) that end a sentence as its reporting clause:
 * "Trump's excesses are sickening, Hollande said" is Hollande's judgement. Not "write": an
 * editor's note ("..., the editor wrote") is the publication's own voice.
 */
const SAYING_AFTER = new Set(['say', 'tell', 'add', 'argue', 'insist', 'claim', 'note', 'warn', 'explain', 'contend', 'charge', 'allege', 'tweet', 'declare']);
/** How many tokens a closing reporting clause may have (", the French president said on Tuesday"). */
const REPORTING_TAIL = 8;

/** Whether the sentence of the term ends in a reporting clause after a comma (", Hollande said."). */
export function reportedAfter(ctx: CheckContext, end: number): boolean {
  const { tokens, sentences } = ctx.layers.tokens;
  const { list, first } = tokensOf(ctx, end - 1, end);
  if (!list.length) return false;
  const s = sentences[list[0].sentence];
  let last = s.endToken - 1;
  while (last > first && tokens[last].pos === 'PUNCT') last--;
  for (let k = last; k > first && k > last - REPORTING_TAIL; k--) {
    const v = tokens[k];
    if (v.norm === ',') return false;
    // a finite verb ("said", "says"), not an adjunct ("to say", "saying")
    if (!SAYING_AFTER.has(v.lemma) || v.pos !== 'VERB' || v.norm.endsWith('ing') || tokens[k - 1].norm === 'to') continue;
    // the clause starts at a comma ("..., Hollande said", "..., said Hollande"), and reports no
    // quotation between it and the term (', “France is no longer France,” he claimed')
    for (let c = k - 1; c > first && c >= k - REPORTING_TAIL; c--) {
      if (tokens[c].norm !== ',') continue;
      return !ctx.text.slice(end, tokens[c].start).match(/["“”]|''/);
    }
    return false;
  }
  return false;
}

/**
 * Whether the term sits between doubled apostrophes in its block, the quotation marks of some
 * news archives (''too much of the party became an echo chamber''), which neither the quotes
 * layer nor `inQuoteMarks` reads: an odd number of them before it, one after it.
 */
export function inDoubledApostrophes(ctx: CheckContext, start: number, end: number): boolean {
  const b = ctx.blockAt(start);
  if (!b) return false;
  const t = ctx.analysisText;
  let n = 0;
  for (let i = t.indexOf("''", b.start); i >= 0 && i < start; i = t.indexOf("''", i + 2)) n++;
  if (n % 2 === 0) return false;
  const after = t.indexOf("''", end);
  return after >= 0 && after < b.end;
}

/** How far (characters) to look for the quotation marks around a term that may sit in a quotation running over several lines. */
const RUN_ON_REACH = 1500;

/**
 * Whether the term sits in a quotation that runs over several lines or paragraphs (“It is all
 * lies. / Is that clear?”), which `inQuoteMarks` (one block) does not see: the nearest curly
 * mark before it opens and the nearest after it closes. Straight marks say neither, so they do
 * not count.
 */
export function inRunOnQuote(ctx: CheckContext, start: number, end: number): boolean {
  const t = ctx.text;
  let before = 0;
  for (let i = start - 1; i >= 0 && i >= start - RUN_ON_REACH; i--) {
    const c = t.charCodeAt(i);
    if (c === 0x201c || c === 0x201d) {
      before = c;
      break;
    }
  }
  if (before !== 0x201c) return false;
  for (let i = end; i < t.length && i < end + RUN_ON_REACH; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x201c) return false;
    if (c === 0x201d) return true;
  }
  return false;
}

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
      if (inQuoteMarks(ctx, l.start, l.end) || !evaluative(ctx, l) || notAsserted(ctx, l) || onlyGradingOrFact(ctx, l)) continue;
      if (inTranscriptTurn(ctx, l.start) || inRunOnQuote(ctx, l.start, l.end) || inDoubledApostrophes(ctx, l.start, l.end) || reportedAfter(ctx, l.end)) continue;
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
