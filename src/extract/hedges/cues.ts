/**
 * Hedge, weasel and vague-attribution cues: data, each list with the source it follows.
 *
 * A cue is a sequence of word matchers over tokens: `word` matches the lower-cased token,
 * `~word` matches the lemma (so `~estimate` covers estimate, estimates, estimated), `#POS`
 * matches any token with that universal POS tag, `word|word` is an alternative. Conditions on
 * the first token (`pos`) and on the token after the cue (`next*`) keep the modal `may` apart
 * from the month, `could not` (ability) apart from `could` (possibility), and `some 12,000` (an
 * approximate figure, the figures stage's business) apart from `some experts` (a weasel).
 *
 * Sources (cited per list below):
 * - wooorm/hedges and wooorm/weasels word lists (MIT, © 2014 Titus Wormer; see
 *   ./wordlists-license.txt), as used by retext-intensify.
 * - Vincze et al. 2008, "The BioScope corpus", annotation guidelines: speculation cue classes
 *   (modal auxiliaries, epistemic verbs, adjectives and adverbs, nouns, "whether or not").
 * - Farkas et al. 2010, "The CoNLL-2010 shared task": Wikipedia weasel cues (vague quantified
 *   subjects, passive attribution) and biomedical hedge cues; Light et al. 2004 speculative
 *   language cues ("suggest", "may", "likely", "possible").
 * - Hyland 1998/2005 hedging lists (approximators, epistemic verbs, probability adverbs).
 * - Wikipedia Manual of Style, "Unsupported attributions" (MOS:WEASEL): "some people say",
 *   "it is believed", "critics say", "experts declare", "reports indicate", "sources say".
 */
import type { Hedge } from '../../types.js';

/** One cue rule. */
export interface CueRule {
  /** Word matchers, see the module doc. */
  words: string[];
  kind: Hedge['kind'];
  /** Rule id written into each hedge (`hedges/modal`, ...). */
  rule: string;
  /** Where the cue comes from. */
  source: string;
  /** POS tags the first token must have. */
  pos?: string[];
  /** The cue does not count when the next token is one of these words (lower case). */
  notNext?: string[];
  /** The next token must have one of these POS tags. */
  nextPos?: string[];
  /** The next token must not have one of these POS tags. */
  notNextPos?: string[];
  /** The cue does not count when the previous token is one of these words. */
  notPrev?: string[];
  /** The cue does not count when the previous token has one of these POS tags ("five most important"). */
  notPrevPos?: string[];
  /**
   * A verb that hedges only with a clause after it ("indicates that ...", "indicate the dam was
   * damaged"), not with a plain object ("a lamp to indicate voltage", "indicates the direction").
   */
  clauseComplement?: boolean;
  /**
   * A cue ending in a verb of naming (call, know as, refer to as, term, dub, name, nickname)
   * does not count when a name follows: a proper noun or a quotation mark.
   */
  notBeforeName?: boolean;
  /** The cue does not count when one of these word sequences follows it. */
  notFollowedBy?: string[];
  /**
   * A modal whose subject is generic (a bare plural or an indefinite: "patients may", "a port
   * may") and whose verb is dynamic states what sometimes happens (Coates 1983's "existential"
   * root possibility: "severe cases may require ventilation" = some do), not the writer's doubt.
   * The subject may also be a relative pronoun with such an antecedent ("treatments that may
   * help"), a gerund ("treating the symptoms may make"), or shared with a generic present
   * ("PVY is transmissible but may also remain dormant"; after a past, perfect or future it is
   * a conjecture: "has sent troops and may send more"); `may` of purpose ("so that we may") is
   * no doubt either. Perfect, progressive and copular forms ("may have been", "may be lacking",
   * "may be wrong") stay epistemic.
   */
  rootWithGenericSubject?: boolean;
  /** The last word must be a past participle, not an -ing form ("is said", not "are thinking"). */
  participle?: boolean;
  /**
   * The word at this index of the cue must be a past form, not a base or present form: "often
   * cited" (agentless) is a weasel, "supporters often cite" names who cites.
   */
  pastFormAt?: number;
  /**
   * The verb must be followed by a predicate: "to", a clause, or an adjective (after adverbs)
   * that is not the modifier of a noun. "appears to be", "appeared calm" hedge; "appeared only to
   * the host", "can appear anywhere", "appears several times" mean "show up".
   */
  predicate?: boolean;
  /**
   * A first-person belief whose complement says what ought to be ("we believe that people should
   * ...", "have the right to") states a conviction, not doubt about a fact (Hyland 1998 counts
   * personal attribution as a hedge of propositions, not of values).
   */
  notNormative?: boolean;
  /** The verb does not count before an -ing form: "suggested requiring" proposes an act (suggest = propose). */
  notGerund?: boolean;
  /**
   * `could` as the past of ability in a clause of purpose ("so that they could vote", Quirk et al.
   * 1985, 15.48) or of degree ("as big as the land could hold"): no doubt about a fact.
   */
  pastAbility?: boolean;
  /** A verb of saying or thinking (`REPORTING`) must follow, after auxiliaries and adverbs: "critics (have long) argued". */
  reportingVerb?: boolean;
  /** Not after a negative determiner or preposition, maybe with an adjective between ("no reasonable doubt"). */
  notNegated?: boolean;
}

const WOOORM_HEDGES = 'wooorm/hedges (MIT)';
const WOOORM_WEASELS = 'wooorm/weasels (MIT)';
const BIOSCOPE = 'Vincze et al. 2008, BioScope guidelines: speculation cues';
const CONLL = 'Farkas et al. 2010, CoNLL-2010 Wikipedia weasel cues';
const HYLAND = 'Hyland 1998, Hedging in Scientific Research Articles: hedging devices';
const MOS = 'Wikipedia MOS:WEASEL, unsupported attributions';

/**
 * A passive after a modal reads as root possibility ("may be used", "can be combined": it is
 * possible to use them), not as the writer's doubt (Coates 1983, The Semantics of the Modal
 * Auxiliaries; Palmer 2001): "may have been" and "may be + adjective/noun" stay epistemic.
 */
const ROOT_PASSIVE = ['be #VERB', '#ADV be #VERB', 'be #ADV #VERB'];

/**
 * "could find no evidence", "could do nothing": a negative object denies the ability as "could not"
 * does (Quirk et al. 1985, 10.61, negation by a negative object).
 */
const NEGATIVE_OBJECT = ['#VERB no|nothing|none|nobody|little'];

const modal = (w: string, notNext: string[] = []): CueRule => ({
  words: [w],
  kind: 'epistemic',
  rule: 'hedges/modal',
  source: BIOSCOPE,
  pos: ['AUX', 'VERB'],
  notNext,
  notFollowedBy: w === 'could' ? [...ROOT_PASSIVE, ...NEGATIVE_OBJECT] : ROOT_PASSIVE,
  rootWithGenericSubject: w === 'may',
  pastAbility: w === 'could',
});

/**
 * Rules from a list of cues. wink-nlp splits most hyphenated words ("well - known") but keeps
 * some whole, so a hyphenated cue is added in both forms.
 */
const list = (words: string[], kind: Hedge['kind'], rule: string, source: string, extra: Partial<CueRule> = {}): CueRule[] =>
  words.flatMap((w) => {
    const forms = [w.split(' ')];
    if (/\w-\w/.test(w)) forms.push(w.split(' ').flatMap((x) => (/\w-\w/.test(x) ? x.split('-').flatMap((p, i) => (i ? ['-', p] : [p])) : [x])));
    return forms.map((f) => ({ words: f, kind, rule, source, ...extra }));
  });

/** Information sources that, unnamed, make an attribution vague ("reports indicate"). */
export const VAGUE_SOURCES = ['reports', 'sources', 'accounts', 'rumors', 'rumours', 'estimates', 'studies', 'polls', 'media', 'intelligence'];

const BE = 'is|are|was|were';
const HAVE = 'has|have|had';
const MODALS = 'may|might|could|can|would|should';
/** Verbs of saying and thinking whose agentless passive is a weasel. */
const PASSIVE_VERBS = ['say', 'believe', 'think', 'claim', 'allege', 'rumor', 'rumour', 'suggest', 'argue', 'consider', 'suppose', 'presume', 'suspect', 'expect', 'estimate', 'speculate', 'assume', 'feel', 'criticize', 'criticise', 'dispute', 'question', 'hope', 'fear', 'understand', 'deem', 'theorize', 'theorise', 'propose', 'contend', 'hypothesize', 'regard', 'rumour'].map((v) => `~${v}`).join('|');
/** The agentless passive forms of a verb list ("is said", "it has been said", "may be said"). */
const passiveTemplates = (verbs: string): string[] => [
  `${BE} ${verbs}`, `${BE} #ADV ${verbs}`, `it ${BE} ${verbs}`, `it ${BE} #ADV ${verbs}`,
  `${HAVE} been ${verbs}`, `${HAVE} #ADV been ${verbs}`, `it ${HAVE} been ${verbs}`, `${MODALS} be ${verbs}`, `${MODALS} have been ${verbs}`,
];
/** Verbs that take "as" in an agentless judgement: "is regarded as", "is seen as". */
const PASSIVE_AS = ['regard', 'see', 'view', 'describe', 'consider', 'portray', 'characterize', 'characterise', 'perceive'].map((v) => `~${v}`).join('|');

/** Degree words that turn a reputation adjective into a ranking nobody is named for. */
const REPUTATION_DEGREE = 'most|very|quite|fairly|highly|widely|hugely|massively|immensely|enormously|extremely|internationally|universally|justly|rightly';
/** Reputation adjectives: fame and esteem as judged by others, and the puffery MOS:PEACOCK lists. */
const REPUTATION = ['famous', 'famed', 'popular', 'renowned', 'celebrated', 'acclaimed', 'respected', 'admired', 'esteemed', 'notable', 'noted', 'prominent', 'influential', 'prestigious', 'revered', 'beloved', 'iconic', 'legendary', 'illustrious', 'distinguished', 'recognized', 'recognised', 'praised', 'controversial', 'notorious', 'infamous', 'remarkable', 'outstanding', 'leading', 'innovative', 'revolutionary', 'visionary', 'brilliant', 'extraordinary', 'inspiring'].join('|');
/** Superlatives of judgement (MOS:PEACOCK "best", "greatest"; "most" + any adjective). */
const SUPERLATIVE = 'most|best|greatest|finest|foremost';
/** Frequency adverbs that, before an agentless verb of naming or judging, stand for "people". */
const FREQUENCY = 'often|commonly|sometimes|generally|usually|frequently|occasionally|traditionally|popularly|colloquially|widely|variously';
/** Verbs of naming and judging whose agent is left out ("commonly known", "often called"). */
const NAMING = ['~know', '~call', '~refer', '~describe', '~consider', '~regard', '~think', '~believe', '~say', '~see', '~view', '~cite', '~credit', '~attribute', '~associate', '~mention', '~term', '~dub', '~label', '~nickname', '~portray', '~praise', '~criticize', '~criticise', '~claim', '~assume', '~identify'].join('|');

/** An agent after a passive that names who holds the view: then it is no weasel. */
const NAMED_AGENT = ['by the', 'by a', 'by an', 'by #PROPN', 'by his', 'by her', 'by their', 'by its', 'by this', 'by these', 'by those', 'by him', 'by them', 'by me', 'by us'];

/** Groups that, unnamed, hold views nobody can check (MOS:WEASEL "critics say", "experts declare"). */
const WEASEL_GROUPS = ['critics', 'experts', 'observers', 'analysts', 'commentators', 'pundits', 'insiders', 'skeptics', 'sceptics', 'detractors', 'scholars', 'historians'];

/** Verbs with which a vague subject reports or claims. */
export const REPORTING = '~say|~indicate|~suggest|~claim|~believe|~think|~estimate|~report|~allege|~argue|~contend|~maintain|~assert|~speculate|~fear|~warn|~note|~point|~show|~feel|~agree|~consider|~insist|~describe|~call|~predict|~expect|~doubt|~question|~criticize|~criticise|~emphasize|~emphasise|~stress|~caution|~charge|~accuse|~dismiss|~praise|~worry|~blame|~urge|~wonder|~recommend|~attribute|~cite|~acknowledge|~concede|~conclude';
/** The lemmas of `REPORTING`, for the test after a group noun (`reportingVerb`). */
export const REPORTING_LEMMAS: ReadonlySet<string> = new Set(REPORTING.split('|').map((w) => w.slice(1)));

/** The built-in cue rules. */
export const CUE_RULES: readonly CueRule[] = [
  // Modal auxiliaries of possibility (BioScope "modal auxiliaries"; Hyland). `could not`,
  // `couldn't` and `cannot` deny ability, they do not hedge.
  modal('may'),
  modal('might'),
  modal('could', ['not', "n't", 'never', 'hardly', 'only']),
  // "should" is a hedge cue in BioScope only in its rare epistemic sense ("this should work"); in
  // news it is nearly always deontic ("the senator should release his taxes"), an opinion about
  // what ought to happen, not doubt about what did: not a cue here.
  // Epistemic adverbs and adjectives (BioScope; Hyland; wooorm/hedges).
  ...list(
    ['perhaps', 'maybe', 'possibly', 'probably', 'unlikely', 'presumably', 'supposedly', 'purportedly', 'allegedly',
      'reportedly', 'apparently', 'seemingly', 'arguably', 'conceivably', 'potentially', 'plausibly', 'ostensibly', 'evidently',
      'putatively', 'perchance'],
    'epistemic', 'hedges/adverb', `${BIOSCOPE}; ${HYLAND}; ${WOOORM_HEDGES}`,
  ),
  // "More likely", "less likely" compare propensities ("a species is more likely to practise
  // monogamy"): a comparative claim, not the writer's doubt (Hyland 1998 counts the positive form).
  ...list(['likely'], 'epistemic', 'hedges/adverb', `${BIOSCOPE}; ${HYLAND}; ${WOOORM_HEDGES}`, { notPrev: ['more', 'less'] }),
  // Adjectives of likelihood are hedges when they say the writer cannot vouch for a fact:
  // "it is possible that", "the alleged attack", "an unconfirmed report". "Possible" before a
  // noun mostly lists options ("all possible combinations"), so only its predicative use counts.
  ...list(['probable', 'plausible', 'putative', 'alleged', 'purported', 'supposed to', 'unconfirmed', 'unverified'],
    'epistemic', 'hedges/adjective', `${BIOSCOPE}; ${WOOORM_HEDGES}`),
  ...list(['possible that', 'it is possible', "it 's possible", 'it was possible', 'it seems possible', 'it may be possible', 'is possible that', 'quite possible', 'entirely possible', 'very possible', 'it is probable', 'it is likely', 'it is unlikely'],
    'epistemic', 'hedges/adjective', BIOSCOPE, { notNext: ['to'] }),
  ...list(['possibility', 'likelihood', 'speculation', 'suspicion', 'hypothesis', 'rumor', 'rumour', 'assumption', 'conjecture'],
    'epistemic', 'hedges/noun', BIOSCOPE),
  ...list(['unclear', 'uncertain', 'unknown', 'not clear', 'not known', 'in doubt', 'open to question'],
    'epistemic', 'hedges/uncertain', `${BIOSCOPE} (negated certainty)`, { notNext: ['number'] }),
  // Degree approximators: hedged generalisations (Hyland: approximators of degree; wooorm/hedges).
  // Frequency adverbs ("often", "usually", "sometimes") are left out: they state how often
  // something happens, not how sure the writer is, and CoNLL-2010's annotators did not count
  // them. Before a number an approximator is a figure qualifier instead.
  ...list(
    ['generally', 'largely', 'somewhat', 'relatively', 'broadly', 'to some extent', 'to a certain extent', 'more or less',
      'in part', 'hardly', 'scarcely', 'tends to', 'tend to', 'tended to', 'virtually', 'arguably', 'in some ways', 'in some respects', 'in a sense', 'in some sense'],
    'epistemic', 'hedges/approximator', `${HYLAND}; ${WOOORM_HEDGES}`, { notNextPos: ['NUM'] },
  ),
  // "In general" hedges as a sentence adverbial ("In general, people tend to ..."); after a noun
  // it means "as a whole" ("the genre in general").
  ...list(['in general'], 'epistemic', 'hedges/approximator', `${HYLAND}; ${WOOORM_HEDGES}`, { notNextPos: ['NUM'], notPrevPos: ['NOUN', 'PROPN'] }),
  // "sort of", "kind of" hedge as adverbs ("kind of tired", "sort of agreed"); after a
  // determiner they are the classifier nouns of "a sort of gallery", "this kind of action"
  // (Hyland 1998 lists the adverbial use).
  ...list(['sort of', 'kind of'], 'epistemic', 'hedges/approximator', `${HYLAND}; ${WOOORM_HEDGES}`,
    { notNextPos: ['NUM'], notPrev: ['a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'every', 'each', 'no', 'what', 'which', 'one', 'another', 'other', 'same', 'certain', 'all', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'new', 'different', 'similar'] }),
  // Negative frequency adverbs quantify over few cases, like "few" (HedgeCounter's list in
  // wooorm/hedges: "rarely", "seldom", "almost never").
  ...list(['rarely', 'seldom', 'almost never', 'hardly ever'], 'epistemic', 'hedges/approximator', WOOORM_HEDGES),
  // Epistemic verbs (BioScope "epistemic verbs"; Light et al. 2004; wooorm/hedges).
  // "suggested holding talks", "suggested that he should resign": suggest = propose (Quirk et al.
  // 1985, 16.32, the mandative clause), an act of advice, not an inference
  ...list(['~suggest'], 'epistemic', 'hedges/verb', `${BIOSCOPE}; ${WOOORM_HEDGES}`, { notGerund: true, notNormative: true }),
  ...list(['~speculate', '~suppose', '~presume', '~hypothesize', '~hypothesise', '~postulate', '~surmise', '~guess', '~suspect'],
    'epistemic', 'hedges/verb', `${BIOSCOPE}; ${WOOORM_HEDGES}`),
  // "no doubt", "little doubt that", "beyond reasonable doubt" are boosters, not hedges (Hyland
  // 2005, Metadiscourse: boosters). On CoNLL-2010 dropping them costs one held-out sentence that
  // its annotators marked uncertain ("... is without doubt the invention ..."); in news they assert.
  ...list(['~doubt'], 'epistemic', 'hedges/verb', `${BIOSCOPE}; ${WOOORM_HEDGES}`, { notNegated: true }),
  ...list(['~estimate'], 'epistemic', 'hedges/estimate', `${BIOSCOPE}; ${WOOORM_HEDGES}`),
  ...list(['~seem', 'seemingly'], 'epistemic', 'hedges/verb', `${WOOORM_HEDGES}; ${HYLAND}`),
  // `appear` hedges only before to/that/as/an adjective ("appears to", "it appears that"),
  // not in "appeared on the album".
  ...list(['~appear'], 'epistemic', 'hedges/verb', `${WOOORM_HEDGES}; ${HYLAND}`, { nextPos: ['PART', 'SCONJ', 'ADJ', 'ADV'], notNext: ['in', 'on', 'at', 'before', 'with'], predicate: true }),
  ...list(['~indicate'], 'epistemic', 'hedges/verb', `${WOOORM_HEDGES}; ${HYLAND}`, { clauseComplement: true }),
  // The verb "claim" with a clause casts doubt on what follows (Wikipedia MOS:CLAIM, words that
  // may introduce doubt); with an unnamed claimant ("they claim that", "others claimed that",
  // "advocates claim that") it is a weasel. A named claimant ("Smith claims that", "he claims")
  // is an attribution, the quotes layer's; a plain object is no claim of fact ("claimed the title").
  ...list(['~claim'], 'weasel', 'hedges/weasel-claim', `Wikipedia MOS:CLAIM; ${MOS}`,
    { pos: ['VERB'], clauseComplement: true, notPrevPos: ['PROPN'], notPrev: ['he', 'she', 'i', 'we', 'you'] }),
  // Belief verbs hedge the writer's own statement with a first-person subject ("we believe");
  // with a named third party they report someone's belief (the quotes layer's `belief`), with a
  // vague subject or none they are weasels (below).
  ...['i', 'we'].flatMap((p) => list(['~believe', '~think', '~assume', '~suspect', '~suppose', '~reckon', '~feel', '~guess', '~expect', '~presume', '~doubt'].map((v) => `${p} ${v}`),
    'epistemic', 'hedges/belief', `${HYLAND} (personal attribution); ${WOOORM_HEDGES}`,
    // "we believe in" is faith or trust (a creed), not a guess
    { notNext: ['in'], notNormative: true })),
  ...list(['~allege', 'rumored', 'rumoured', 'rumors', 'rumours', 'speculation'], 'epistemic', 'hedges/belief', `${BIOSCOPE}; ${WOOORM_HEDGES}`),
  ...list(['whether or not', 'if true', 'if confirmed', 'as yet unconfirmed'], 'epistemic', 'hedges/conditional', BIOSCOPE),

  // Weasels (Wikipedia MOS:WEASEL; CoNLL-2010 Wikipedia; wooorm/weasels): an unnamed, vaguely
  // quantified subject or a passive attribution with no agent.
  // "most" only as a quantifier of a plural noun ("most historians"), not in superlatives.
  // after a determiner ("the most", "that most difficult period") "most" makes a superlative
  ...list(['most #NOUN', 'most #ADJ #NOUN'], 'weasel', 'hedges/weasel-quantifier', `${CONLL}; ${WOOORM_WEASELS}; ${MOS}`, { notPrev: ['the', 'this', 'that', 'these', 'those', 'at', 'a', 'how', 'too', 'for', 'one', 'very', 'not', 'no', 'is', 'are', 'was', 'were', 'be', 'am', 'of', 'his', 'her', 'its', 'their', 'our', 'my', 'your', "'s", '’s'], notPrevPos: ['NUM'] }),
  // "a certain god", "a certain vogue": the specific indefinite (a referent the writer does not
  // name, or "some degree of"), not a vague number of people holding a view.
  // "various" and "a variety of" are left out: they say the things are of different kinds
  // ("various media", "a variety of symptoms"), not that an unnamed number of people hold a view.
  ...list(['some', 'many', 'several', 'numerous', 'countless', 'certain', 'a few', 'a number of', 'a lot of', 'lots of', 'a handful of', 'plenty of', 'a majority of', 'the majority of', 'a minority of', 'the vast majority'],
    'weasel', 'hedges/weasel-quantifier', `${CONLL}; ${WOOORM_WEASELS}; ${MOS}`, { notNextPos: ['NUM', 'PUNCT', 'AUX', 'VERB', 'CCONJ'], notPrev: ['how', 'too', 'one', 'very', 'not', 'no', 'a'], notNext: ['as'] }),
  // "few critics", "few believe" (a negative quantifier, HedgeCounter's list in wooorm/hedges); "the
  // few willing to travel" and "a few" (above) pick out a set.
  ...list(['few'], 'weasel', 'hedges/weasel-quantifier', `${CONLL}; ${WOOORM_WEASELS}; ${MOS}`,
    { notNextPos: ['NUM', 'PUNCT', 'AUX', 'VERB', 'CCONJ'], notPrev: ['how', 'too', 'one', 'very', 'not', 'no', 'a', 'the', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'last', 'next', 'first', 'past'], notNext: ['as'] }),
  // "Some argue", "many fear"; after a comma "many conscripted" is an apposition, not a subject.
  ...list(['some', 'many', 'most', 'others'], 'weasel', 'hedges/weasel-subject', `${MOS}; ${CONLL}`, { nextPos: ['VERB', 'AUX'], notPrev: ['the', 'how', 'so', 'too', 'as', 'at', 'for', ',', '—', '–'] }),
  ...list(WEASEL_GROUPS,
    // "critics should do more research" tells the group what to do, it reports no view of theirs
    // "experts have responded with measures" reports an act, not a view: the verb must be one of
    // saying or thinking (`reportingVerb`)
    'weasel', 'hedges/weasel-group', `${MOS} ("critics say", "experts declare"); ${WOOORM_WEASELS}`, { nextPos: ['VERB', 'AUX', 'ADV'], notNext: ['should', 'must', 'ought'], reportingVerb: true }),
  // The group in a relative clause ("there are scholars who believe"), and professions that,
  // unnamed, report a view only with a verb of saying or thinking ("scientists say": MOS:WEASEL's
  // "researchers claim"; "scientists conducted studies" is no attribution).
  // After a determiner ("the researchers say") the profession is a group named before.
  ...list([`${WEASEL_GROUPS.join('|')} who|that ${REPORTING}`, `scientists|researchers|academics|economists|specialists ${REPORTING}`],
    'weasel', 'hedges/weasel-group', `${MOS} ("critics say", "experts declare", "researchers claim"); ${WOOORM_WEASELS}`,
    { notPrev: ['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', "'s", '’s'] }),
  // Passive attribution with no agent: "it is believed", "is said to", "has been claimed",
  // "may be regarded as".
  // "Reported" with a subject other than "it" is hearsay only before "to" or "that" ("is reported
  // to have fled"); "cases were reported from a clinic", "no deaths have been reported" record events.
  ...list([
    ...passiveTemplates(PASSIVE_VERBS), `it ${BE} ~report`, `it ${BE} #ADV ~report`, `it ${HAVE} been ~report`,
    ...passiveTemplates('~report').filter((p) => !p.startsWith('it ')).map((p) => `${p} to|that`),
    `${BE} ${PASSIVE_AS} as`, `${BE} #ADV ${PASSIVE_AS} as`, `${MODALS} be ${PASSIVE_AS} as`,
  ], 'weasel', 'hedges/passive-attribution', `${MOS} ("it is believed", "it has been said"); ${CONLL}`, { participle: true, notNext: ['about', 'of'], notFollowedBy: NAMED_AGENT }),
  // Unattributed consensus: a reputation word claims that people at large hold a view without
  // saying who ("well-known", "best known for", "one of the most celebrated", "widely regarded",
  // "often referred to as"). MOS:WEASEL counts "is widely regarded as" and the puffery of
  // MOS:PEACOCK ("renowned", "celebrated", "acclaimed") as claims that need a source; CoNLL-2010's
  // Wikipedia annotators marked them too.
  // A belief ascribed to people at large ("the common belief that", "conventional wisdom").
  ...list(['common belief', 'popular belief', 'widespread belief', 'widely held', 'widely-held', 'conventional wisdom', 'popular perception', 'common perception'],
    'weasel', 'hedges/consensus', `${MOS}; ${WOOORM_WEASELS}`),
  ...list(['well-known', 'well known', 'best-known', 'best known', 'widely known', 'little-known', 'little known', 'lesser-known', 'lesser known', 'world-famous', 'world-renowned', 'much-loved', 'highly regarded', 'highly respected', 'widely respected', 'widely considered', 'widely regarded', 'widely believed', 'widely seen', 'widely accepted', 'widely used'],
    'weasel', 'hedges/consensus', `${MOS}; Wikipedia MOS:PEACOCK; ${CONLL}`),
  ...list([`${REPUTATION_DEGREE} ${REPUTATION}`, `one of the ${REPUTATION_DEGREE} ${REPUTATION}`, `one of #PROPN|#NOUN 's ${REPUTATION_DEGREE} ${REPUTATION}`],
    'weasel', 'hedges/consensus', `${MOS}; Wikipedia MOS:PEACOCK; ${CONLL}`),
  // A superlative ranking with no ranker: "one of the most important", "one of the best in the
  // state", "among the finest". MOS:PEACOCK lists "best" and "greatest" among words that need a
  // source; a superlative of judgement ranks the subject against all others on someone's say-so.
  ...list([`one of the ${SUPERLATIVE}`, `one of #PROPN|#NOUN|#PRON 's ${SUPERLATIVE}`, `one of his|her|its|their ${SUPERLATIVE}`, `among|amongst the ${SUPERLATIVE}`],
    'weasel', 'hedges/consensus', `Wikipedia MOS:PEACOCK; ${MOS}`),
  // A verb of naming followed by the name itself ("commonly called IDEA 2004", "often known as
  // 'mitten foot'") reports what a thing is called, a fact of usage, not a view (the stage checks
  // `notBeforeName`); "often referred to as the heart of the city" stays a weasel.
  // The verb of an agentless "often called" is a participle; "supporters often cite" is active,
  // with its subject named (`pastFormAt`).
  ...list([`${FREQUENCY} ${NAMING}`, `${FREQUENCY} ${NAMING} as|to|that`],
    'weasel', 'hedges/consensus', `${MOS} ("is often referred to as", "is commonly thought")`, { notBeforeName: true, pastFormAt: 1 }),
  ...list([`${BE} ${FREQUENCY} ${NAMING}`, `${HAVE} ${FREQUENCY} been ${NAMING}`, `${HAVE} been ${FREQUENCY} ${NAMING}`, `${BE} known that`],
    'weasel', 'hedges/consensus', `${MOS} ("is often referred to as", "is commonly thought")`, { notBeforeName: true }),
  // "is known to cause" is agentless; "is known to us", "known to the police" name who knows.
  ...list([`${BE} known to`], 'weasel', 'hedges/consensus', `${MOS} ("is often referred to as", "is commonly thought")`, { notBeforeName: true, nextPos: ['VERB', 'AUX'] }),
  ...list([`it ${BE} known`], 'weasel', 'hedges/consensus', `${MOS} ("is often referred to as", "is commonly thought")`, { notBeforeName: true, notNext: ['to'] }),
  ...list(['there are those', 'there is speculation', 'there are claims', 'there are reports', 'some say', 'many say', 'some argue', 'many believe', 'some believe', 'people say', 'they say', 'word has it', 'it is said', 'rumor has it', 'rumour has it', 'legend has it', 'according to some', 'according to many', 'by many', 'by some', 'by most', 'by others', 'by other #NOUN', 'by critics', 'by experts', 'by observers', 'by scholars', 'by historians', 'by commentators', 'among others', 'and others', 'some have', 'many have', 'others have', 'according to legend', 'by some accounts', 'by many accounts', 'by most accounts', 'by some estimates', 'by most estimates'],
    'weasel', 'hedges/weasel-phrase', `${MOS}; ${WOOORM_WEASELS}`),
  // "widely" after a verb ("prices vary widely") is extent rather than consensus, but CoNLL-2010's
  // annotators count it (round s5: excluding it cost the held-out half), so it stays a cue.
  ...list(['widely'], 'weasel', 'hedges/weasel-phrase', `${MOS}; ${WOOORM_WEASELS}`),

  // Vague attribution: an unnamed information source with a reporting verb ("reports indicate",
  // "sources say", "intelligence reports estimate"), or "according to" one (MOS:WEASEL).
  // (a modifier before the source, "intelligence reports", is taken in by the stage)
  ...list([`${VAGUE_SOURCES.join('|')} ${REPORTING}`], 'attribution', 'hedges/vague-source', MOS),
  ...list(['according to reports', 'according to sources', 'according to media reports', 'according to unconfirmed reports', 'according to some reports', 'according to local media', 'according to media', 'according to estimates', 'according to unnamed', 'according to anonymous', 'according to people familiar', 'people familiar with', 'sources familiar with', 'sources close to', 'officials familiar with', 'speaking on condition of anonymity', 'on condition of anonymity', 'unnamed sources', 'unnamed officials', 'anonymous sources', 'anonymous officials', 'unconfirmed reports', 'media reports', 'press reports', 'news reports'],
    'attribution', 'hedges/vague-source', MOS),
];

/** Key of the `--lexicon` file that extends the cue rules. */
export const LEXICON_KEY = 'hedges';
