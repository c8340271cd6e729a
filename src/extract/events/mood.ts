/**
 * How the words before a trigger change what the event is (CAMEO codebook 1.1b3, the parallel
 * structure of categories 03/10/12/13): negation ("did not send"), modality ("will send", "must
 * send") and governing verbs ("agreed to", "threatened to", "refused to", "demanded that",
 * "denied that", "prepared to").
 */
import type { Sentence, Token } from '../../types.js';
import { POLARITY, type PloverType } from './plover.js';
import type { TokenKeys } from './gazetteer.js';

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
const MODALS = new Set(['will', 'would', 'shall', "'ll", 'wo']);
const OBLIGATION = new Set(['must', 'should']);
/** Modals of ability: negated ("cannot accept", "could not agree") they say the act will not be done. */
const POSSESSIVE = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
const ABILITY = new Set(['can', 'could', 'ca']);
const INTENT_GOV = new Set(['agree', 'promise', 'pledge', 'offer', 'vow', 'swear', 'plan', 'intend', 'commit', 'willing', 'hope', 'want', 'aim', 'undertake', 'consent', 'expect']);
/** Readiness for force is a show of force posture (CAMEO 15), readiness to cooperate an intent (03). */
const PREPARE_GOV = new Set(['prepare', 'prepared', 'ready', 'poised', 'gear', 'brace', 'set']);
/** Aspect verbs between a governor and its act ("prepared to resume shelling"). */
const ASPECT = new Set(['resume', 'continue', 'begin', 'start', 'keep', 'try', 'attempt', 'seek']);
const THREAT_GOV = new Set(['threaten']);
const REFUSE_GOV = new Set(['refuse', 'decline', 'reject', 'unwilling']);
const FAIL_GOV = new Set(['fail']);
/** Verbs whose "that" clause states what did not happen, per the one who denies it. */
const DENY_GOV = new Set(['deny', 'dismiss', 'refute', 'reject']);
/** Verbs whose gerund object is an act not done ("avoids condemning", "refrained from attacking"). */
const AVOID_GOV = new Set(['avoid', 'refrain', 'cease', 'stop', 'quit', 'resist']);
/**
 * Verbs of agreeing, accepting, allowing and endorsing: only these, negated, are a refusal (CAMEO
 * 1.1b3 category 12 "reject": refuse to accept, agree, allow, recognise, support; PETRARCH2's 12x
 * verb lists, e.g. "not accept", "not recognize", "not allow"). Any other act negated ("cannot
 * defend", "could not reach", "did not attend") is told as not done.
 */
export const ACCEPTING = new Set(['accept', 'accede', 'heed', 'agree', 'consent', 'allow', 'permit', 'authorize', 'authorise', 'legalize', 'legalise', 'tolerate', 'recognize', 'recognise', 'acknowledge', 'endorse', 'approve', 'support', 'back', 'concede', 'yield']);
const DEMAND_GOV = new Set(['demand', 'urge', 'ask', 'call', 'order', 'press', 'request', 'tell', 'insist', 'appeal', 'require', 'instruct', 'implore', 'direct', 'force', 'pressure']);

/** What governs an event: negation, a modal or a governing verb and where it is. */
export interface Mood {
  negated: boolean;
  /** Token index of a denial verb whose "that" clause holds the event ("denied that X sent ..."), or -1. */
  deniedBy: number;
  /** The governing verb itself is negated ("does not want to", "never pledged to", "has no plans to"). */
  governorNegated: boolean;
  kind: 'intent' | 'threat' | 'demand' | 'refuse' | 'fail' | 'obligation' | 'prepare' | 'unable' | null;
  /** Token index of the governing word (verb or modal), or -1. */
  governor: number;
}

/** Reads negation, modality and governing verbs in the few words before a trigger (`keys`: `tokenKeys(tokens)`). */
export function moodOf(tokens: readonly Token[], keys: TokenKeys, s: Sentence, i: number): Mood {
  const mood: Mood = { negated: false, deniedBy: -1, governorNegated: false, kind: null, governor: -1 };
  let sawTo = false;
  let sawThat = false;
  for (let k = i - 1, n = 0; k >= s.firstToken && n < 9; k--, n++) {
    const t = tokens[k];
    const w = keys.stem(k);
    if (t.pos === 'PUNCT' && t.norm !== '-' && t.norm !== '"' && t.norm !== '“' && t.norm !== '”') break;
    if (NEGATORS.has(t.norm) || NEGATORS.has(w)) {
      if (!mood.kind || mood.kind === 'intent') mood.negated = true;
      continue;
    }
    if (t.norm === 'to' && (t.pos === 'PART' || t.pos === 'ADP')) {
      sawTo = true;
      continue;
    }
    if (ASPECT.has(w) && (t.pos === 'VERB' || t.pos === 'AUX') && !sawTo && !sawThat && k >= i - 2) continue;
    if (t.norm === 'that') {
      // a relative "that" ("legislation that would allow ..."): what governs the noun before it
      // does not govern this clause
      const after = tokens[k + 1];
      if (k > s.firstToken && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN') && after && (after.pos === 'AUX' || after.pos === 'VERB')) break;
      sawThat = true;
      continue;
    }
    if (AVOID_GOV.has(w) && t.pos === 'VERB' && tokens[i].norm.endsWith('ing') && (k === i - 1 || (k === i - 2 && tokens[i - 1].norm === 'from'))) {
      mood.negated = true;
      break;
    }
    if (MODALS.has(t.norm) || (w === 'will' && t.pos === 'AUX')) {
      if (!mood.kind) {
        mood.kind = 'intent';
        mood.governor = k;
      }
      continue;
    }
    // "cannot accept", "couldn't agree": a negated ability reads as a refusal (the negator comes
    // first on the way back); a positive "can" is left to the caller
    if (t.pos === 'AUX' && !sawTo && !sawThat && ABILITY.has(t.norm)) {
      if (!mood.kind && mood.negated) {
        mood.kind = 'unable';
        mood.governor = k;
      }
      continue;
    }
    if (OBLIGATION.has(t.norm) || (t.norm === 'have' && sawTo && k === i - 2)) {
      if (!mood.kind) {
        mood.kind = 'obligation';
        mood.governor = k;
      }
      continue;
    }
    if (sawThat && !sawTo && DENY_GOV.has(w) && t.pos === 'VERB') {
      mood.negated = true;
      mood.deniedBy = k;
      break;
    }
    if (sawTo || sawThat) {
      const kind = THREAT_GOV.has(w) ? 'threat' : REFUSE_GOV.has(w) ? 'refuse' : FAIL_GOV.has(w) ? 'fail' : DEMAND_GOV.has(w) && (t.pos === 'VERB' || demandNoun(tokens, s, k, sawTo)) ? 'demand' : INTENT_GOV.has(w) || INTENT_GOV.has(t.norm) ? 'intent' : PREPARE_GOV.has(w) || PREPARE_GOV.has(t.norm) ? 'prepare' : null;
      // ("told reporters that ..." reports; only "told X to ..." demands: Merriam-Webster tell 1 vs 4)
      if (kind && (sawTo || (kind === 'demand' && w !== 'tell'))) {
        // an explicit governing verb outranks a bare modal ("would agree to")
        mood.kind = kind;
        mood.governor = k;
        if (kind !== 'intent') mood.negated = false;
        // "does not want to accept", "never pledged to", "did not call for": the intent, threat or
        // demand was not made; "is not expected to meet" is a forecast, the act not done
        if ((kind === 'intent' || kind === 'threat' || kind === 'demand') && negatedBefore(tokens, keys, s, k)) {
          if (w === 'expect') {
            mood.kind = null;
            mood.negated = true;
          } else mood.governorNegated = true;
        }
        break;
      }
    }
    // "to annihilate and wipe out": a verb coordinated with the trigger in the same inflection
    // shares its governor, so read on past it
    if (t.pos === 'VERB' && !sawTo && !sawThat && tokens[k + 1].pos === 'CCONJ' && sameInflection(t.norm, tokens[i].norm)) continue;
    if (t.pos === 'VERB' && !sawTo && !sawThat) break;
  }
  if (mood.kind === null && !mood.negated) {
    // "ordered troops to cross the border and seize the airport": a bare verb coordinated with an
    // infinitive shares that infinitive's governor (the demand, intent or threat), not a bare act
    const first = coordinatedInfinitive(tokens, s, i);
    if (first >= 0) {
      const shared = moodOf(tokens, keys, s, first);
      if (shared.kind !== null) return shared;
    }
  }
  return mood;
}

/**
 * The verb of the infinitive ("to cross") that a bare verb after "and"/"or" at `i` is coordinated
 * with ("to cross the border and seize"), or -1: only its object between, no other verb,
 * auxiliary, pronoun or punctuation but a comma before the conjunction.
 */
function coordinatedInfinitive(tokens: readonly Token[], s: Sentence, i: number): number {
  const t = tokens[i];
  if (t.pos !== 'VERB' || t.norm !== t.lemma) return -1;
  let k = i - 1;
  while (k > s.firstToken && tokens[k].pos === 'ADV') k--;
  if (k <= s.firstToken || (tokens[k].norm !== 'and' && tokens[k].norm !== 'or')) return -1;
  if (tokens[k - 1].norm === ',') k--;
  for (let j = k - 1; j > s.firstToken && j >= k - 10; j--) {
    const w = tokens[j];
    // the infinitive, or a bare verb coordinated with it in turn ("to annihilate and wipe out the
    // occupiers and liberate the area": "liberate" goes back through "wipe" to "annihilate")
    if (w.pos === 'VERB') return infinitiveMarked(tokens, j) ? j : coordinatedInfinitive(tokens, s, j);
    // (a hyphen inside a word, "neo-Nazi", is no punctuation between phrases)
    if (w.pos === 'PUNCT' && w.norm === '-' && tokens[j - 1].end === w.start && tokens[j + 1].start === w.end) continue;
    if (w.pos === 'AUX' || (w.pos === 'PRON' && !POSSESSIVE.has(w.norm)) || w.pos === 'PUNCT' || w.pos === 'SCONJ' || w.pos === 'CCONJ') return -1;
  }
  return -1;
}

/** Whether "to" comes right before the verb at j, or before the quotation mark that opens it ("to “annihilate"). */
function infinitiveMarked(tokens: readonly Token[], j: number): boolean {
  const mark = tokens[j - 1];
  if (!mark) return false;
  if (mark.norm === 'to') return mark.pos === 'PART';
  // (before a quotation mark the tagger may read "to" as a preposition)
  const to = tokens[j - 2];
  return OPENING_MARKS.has(mark.norm) && !!to && to.norm === 'to' && (to.pos === 'PART' || to.pos === 'ADP');
}

/** Quotation marks that open a quote inside a clause ("ordered to “annihilate ...”"). */
export const OPENING_MARKS: ReadonlySet<string> = new Set(['"', '“', '‘']);

/** Whether two verbs carry the same ending (both "-ed", both "-ing", or neither): a cheap sign of coordination. */
function sameInflection(a: string, b: string): boolean {
  const ed = (w: string) => w.endsWith('ed');
  const ing = (w: string) => w.endsWith('ing');
  return ed(a) === ed(b) && ing(a) === ing(b);
}

/**
 * Whether the noun at k names a demand whose "to" clause is the act demanded ("Kim's order to
 * annihilate", "a call to withdraw"); "in order to" is a purpose, not a demand.
 */
function demandNoun(tokens: readonly Token[], s: Sentence, k: number, sawTo: boolean): boolean {
  return sawTo && tokens[k].pos === 'NOUN' && tokens[k + 1]?.norm === 'to' && !(k > s.firstToken && tokens[k - 1].norm === 'in');
}

/** Whether a negator sits right before governing verb `g`, past auxiliaries and adverbs ("does not want", "didn't really want"). */
function negatedBefore(tokens: readonly Token[], keys: TokenKeys, s: Sentence, g: number): boolean {
  for (let k = g - 1; k >= s.firstToken && k >= g - 3; k--) {
    const t = tokens[k];
    if (NEGATORS.has(t.norm) || NEGATORS.has(keys.stem(k))) return true;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

/**
 * Combines an event type with the mood governing it (CAMEO's parallel 03/10/12/13 structure);
 * `accepting`: the trigger is a verb of `ACCEPTING`, the only acts whose negation is a refusal.
 */
export function governed(type: PloverType, cameo: string, mood: Mood, unless: boolean, accepting: boolean): { type: PloverType; cameo: string; negated: boolean } | null {
  const polarity = POLARITY[type];
  switch (mood.kind) {
    case 'threat':
      return { type: 'THREATEN', cameo: '13', negated: mood.governorNegated };
    case 'demand':
      return { type: 'DEMAND', cameo: '10', negated: mood.governorNegated };
    case 'refuse':
      return { type: 'REJECT', cameo: '12', negated: false };
    case 'unable':
      // "cannot accept", "could not agree to": refusing (CAMEO 12); "cannot attack", "cannot
      // defend", "could not reach a deal" tell no act done, no refusal
      return accepting ? { type: 'REJECT', cameo: '12', negated: false } : { type, cameo, negated: true };
    case 'fail':
      // "failed to approve": not accepting; "failed to attend": not done (the verbs CAMEO 127/128
      // codes after "fail", "reach agreement", "comply", are patterns.ts `fail`)
      return accepting ? { type: 'REJECT', cameo: '12', negated: false } : { type, cameo, negated: true };
    case 'obligation':
      return null; // handled by the caller (needs a speaker)
    case 'prepare':
      if (polarity === 'conflict') return { type: 'MOBILIZE', cameo: '15', negated: false };
      return polarity === 'coop' ? { type: 'AGREE', cameo: '03', negated: false } : { type, cameo, negated: mood.negated };
    case 'intent':
      // not wanting or planning a cooperative act is refusing it (CAMEO 12, as "refuse to"); any
      // other act is told as not done (as after "fail to")
      if (mood.governorNegated) return type === 'AGREE' || polarity === 'coop' ? { type: 'REJECT', cameo: '12', negated: false } : { type, cameo, negated: true };
      if (unless && !mood.negated) return { type: 'THREATEN', cameo: '13', negated: false };
      if (mood.negated) return polarity === 'conflict' ? { type: 'AGREE', cameo: '03', negated: false } : type === 'AGREE' || polarity === 'coop' ? { type: 'REJECT', cameo: '12', negated: false } : { type, cameo, negated: true };
      if (polarity === 'coop') return { type: 'AGREE', cameo: '03', negated: false };
      if (polarity === 'conflict') return { type: 'THREATEN', cameo: '13', negated: false };
      return { type, cameo, negated: false };
    default:
      // "did not accept the proposal", "never agreed to the plan": not accepting what another party
      // offers or demands is rejecting it (CAMEO 12 reject; 124 refuse to yield), not a negated agreement
      // (the caller keeps a passive, "was not accepted", and agreeing with a view, "don't agree with", apart)
      // ("did not reach a deal", "did not attend the talks": no acceptance refused, the act not
      // done; a plain "did not support/endorse X" states a stance or a fact, while "did not
      // accept/allow" answers an offer or a request)
      if (mood.negated && accepting && (type === 'AGREE' || type === 'CONCEDE')) return { type: 'REJECT', cameo: '12', negated: false };
      return { type, cameo, negated: mood.negated };
  }
}
