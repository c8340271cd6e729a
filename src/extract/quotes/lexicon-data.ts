/**
 * The quotes stage's word lists, as data with their sources. Code in `lexicon.ts` compiles them
 * (inflected forms, user additions from `--lexicon`) once; nothing here is specific to an article.
 *
 * Sources:
 * - [Levin93] B. Levin, English Verb Classes and Alternations (1993), §37 "Verbs of communication"
 *   (37.1 transfer of message, 37.2 tell, 37.3 manner of speaking, 37.7 say, 37.8 complain,
 *   37.9 advise) and §29.4-29.5 "declare" / "conjecture" verbs, §31.2 "admire" (psych verbs).
 * - [Krestel08] R. Krestel, S. Bergler, R. Witte, "Minding the Source: Automatic Tagging of
 *   Reported Speech in Newspaper Articles", LREC 2008: the reporting-verb list (say, add, claim,
 *   argue, warn, estimate, predict, ...), including evidential "show/indicate/find" cues.
 * - [Pareti16] S. Pareti, "PARC 3.0: A Corpus of Attribution Relations", LREC 2016, and Pareti's
 *   thesis (2015) on attribution cues: speech, thought (belief/intention) and evidence cues,
 *   "according to", relays (citing, quoting), nominal cues ("in a statement").
 * - [AP] The Associated Press Stylebook entry "said" and common newsroom attribution verbs
 *   (tweeted, posted, wrote) for the written channels of statements.
 */

/** A list of entries with where it comes from. */
export interface SourcedList {
  source: string;
  entries: readonly string[];
}

/**
 * Reporting verbs (lemmas): a statement follows or precedes them. Inflected forms are generated;
 * irregular forms are in `IRREGULAR_FORMS`.
 */
export const REPORTING_VERBS: readonly SourcedList[] = [
  {
    source: 'Levin93 §37.7 say verbs, §37.2 tell verbs; Krestel08 reporting verbs',
    entries: [
      'say', 'tell', 'add', 'state', 'announce', 'declare', 'claim', 'assert', 'insist', 'argue', 'contend',
      'maintain', 'explain', 'note', 'observe', 'remark', 'reply', 'respond', 'answer', 'report',
      'reveal', 'disclose', 'confirm', 'deny', 'acknowledge', 'admit', 'concede', 'allege', 'mention',
      'repeat', 'reiterate', 'recall', 'remind', 'inform', 'assure', 'proclaim', 'affirm', 'stress',
      'emphasize', 'emphasise', 'counter', 'retort', 'concur', 'agree', 'conclude', 'speculate', 'announce',
    ],
  },
  {
    source: 'Levin93 §37.9 advise verbs and §37.8 complain verbs; Krestel08 (warn, predict, urge, promise)',
    entries: [
      'warn', 'caution', 'advise', 'urge', 'predict', 'forecast', 'promise', 'pledge', 'vow', 'swear',
      'complain', 'lament', 'boast', 'brag', 'object', 'protest', 'ask', 'demand', 'suggest',
      'propose', 'recommend', 'testify', 'estimate', 'guess',
    ],
  },
  {
    source: 'Levin93 §37.3 manner-of-speaking verbs used as attribution in news',
    entries: ['shout', 'yell', 'scream', 'whisper', 'quip', 'joke', 'muse', 'exclaim', 'mutter', 'chant', 'murmur', 'mumble', 'holler', 'bellow'],
  },
  {
    source: 'AP Stylebook attribution verbs for written statements; Pareti16 (written-channel cues)',
    entries: ['write', 'tweet', 'post', 'blog', 'email', 'text'],
  },
  {
    source: 'Pareti16 evaluative speech-act cues (praise/criticise/accuse); Levin93 §33 judgement verbs',
    entries: [
      'accuse', 'criticize', 'criticise', 'praise', 'blame', 'hail', 'denounce', 'condemn', 'decry', 'slam',
      'blast', 'dismiss', 'reject', 'defend', 'describe', 'call', 'dub', 'label', 'brand', 'term',
    ],
  },
];

/**
 * Verbs whose bare noun-phrase object is what they judge, (dis)avow or mention, not a statement: "praised
 * the troops", "confirmed the deployment". Only a clause, a predicate on the object ("hailed the
 * mission as a victory", "criticized X for leaving") or a noun naming a statement ("denied the
 * claim that ...") is reported content after them.
 */
export const JUDGED_OBJECT_VERBS: readonly SourcedList[] = [
  {
    source: 'Levin93 §33 judgement verbs (praise, criticize, condemn, blame, ...)',
    entries: [
      'praise', 'hail', 'laud', 'applaud', 'commend', 'criticize', 'criticise', 'condemn', 'denounce', 'decry', 'slam',
      'blast', 'defend', 'dismiss', 'reject',
    ],
  },
  {
    source: 'Quirk et al. 1985, ch. 16 (verb complementation): verbs of assent and denial take a that-clause or a noun phrase naming a known fact',
    entries: ['confirm', 'deny', 'acknowledge', 'admit', 'concede'],
  },
  {
    source: 'Levin93 §37.7 say verbs (mention): a bare object is only the topic of the talk',
    entries: ['mention'],
  },
];

/**
 * Verbs whose noun-phrase object is itself the information reported: an estimate's object is the
 * amount, a forecast's the outcome, a finding's what was found ("estimates 4,700 casualties",
 * "predicted harsh consequences", "polls show a tight race"); the content ends with the object
 * and its predicate, at the next clause boundary.
 */
export const CONTENT_OBJECT_VERBS: readonly SourcedList[] = [
  {
    source: 'Krestel08 reporting verbs (estimate, predict, forecast, announce, propose, ...) and evidential verbs (show, indicate, find, reveal); Pareti16 source-of-evidence cues',
    entries: [
      'estimate', 'predict', 'forecast', 'project', 'reveal', 'disclose', 'show', 'indicate', 'find', 'document', 'report',
      'announce', 'propose', 'recommend', 'demand', 'promise', 'pledge', 'vow', 'urge', 'warn', 'suggest',
    ],
  },
  {
    // "blamed a failure to maintain the canals": the object is the cause the speaker holds
    // responsible, i.e. the claim itself (X is at fault), not a thing praised or condemned
    source: 'Levin93 §33 judgement verbs, the accusation subset (blame, accuse, fault): the object is the party or cause held responsible',
    entries: ['blame', 'accuse', 'fault'],
  },
  {
    source: 'Levin93 §32.1 want verbs and §31.2 fear: the object is what is wanted or feared (Pareti16 intention cues)',
    entries: ['want', 'wish', 'seek', 'prefer', 'fear', 'plan', 'intend'],
  },
];

/** Evidence cues (Krestel08, Pareti16): documents, polls and data "show" or "indicate" things. */
export const EVIDENCE_VERBS: readonly SourcedList[] = [
  {
    source: 'Krestel08 evidential reporting verbs; Pareti16 source-of-evidence cues',
    entries: ['show', 'indicate', 'find', 'reveal', 'suggest', 'estimate', 'project', 'conclude', 'confirm', 'report', 'document'],
  },
];

/** Belief and intention cues (Levin93 §29.5 conjecture verbs, §31.2/§32.1 want verbs; Pareti16 thought cues). */
export const BELIEF_VERBS: readonly SourcedList[] = [
  {
    source: 'Levin93 §29.5 conjecture verbs; Pareti16 thought cues',
    entries: ['believe', 'think', 'suspect', 'assume', 'doubt', 'expect', 'feel', 'consider', 'see', 'reckon', 'suppose', 'understand'],
  },
  {
    source: 'Levin93 §31.2 admire verbs (fear) and §32.1 want verbs; Pareti16 intention cues',
    entries: ['fear', 'hope', 'want', 'wish', 'worry', 'intend', 'plan', 'seek', 'prefer'],
  },
];

/**
 * Belief verbs whose infinitive follows only in the passive ("X is believed to be", raising to
 * object: Postal 1974, On Raising; Levin93 §29.5 conjecture verbs with "NP to be"): "N believed to
 * be ..." is a reduced relative, never N believing. Not the want verbs, nor "expect", whose active
 * takes the infinitive ("they wanted to know", "she expected to win").
 */
export const RAISING_BELIEF_VERBS: SourcedList = {
  source: 'Postal 1974 raising-to-object verbs; Levin93 §29.5 conjecture verbs',
  entries: ['believe', 'think', 'suspect', 'assume', 'consider', 'reckon', 'suppose', 'understand', 'feel', 'fear', 'presume', 'know', 'rumor', 'rumour'],
};

/** Irregular verb forms (lemma → forms) for the verbs above. */
export const IRREGULAR_FORMS: Readonly<Record<string, readonly string[]>> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  feel: ['feel', 'feels', 'felt', 'feeling'],
  see: ['see', 'sees', 'saw', 'seen', 'seeing'],
  find: ['find', 'finds', 'found', 'finding'],
  seek: ['seek', 'seeks', 'sought', 'seeking'],
  swear: ['swear', 'swears', 'swore', 'sworn', 'swearing'],
  forecast: ['forecast', 'forecasts', 'forecasted', 'forecasting'],
  understand: ['understand', 'understands', 'understood', 'understanding'],
  show: ['show', 'shows', 'showed', 'shown', 'showing'],
  text: ['texted'],
  post: ['posted'],
  object: ['objected'],
  question: ['questioned'],
  counter: ['countered'],
  term: ['termed'],
  project: ['projects', 'projected'],
  document: ['documented'],
  answer: ['answered'],
  plan: ['plans', 'planned', 'planning'],
};

/** Verbs whose final consonant doubles before -ed/-ing (regular spelling rule for stressed CVC endings). */
export const DOUBLING: readonly string[] = ['admit', 'commit', 'regret', 'plan', 'quip', 'concur', 'blog', 'prefer', 'dub', 'rebut', 'refer', 'omit'];

/**
 * Verbs taking an addressee before the reported clause ("told reporters that ...", Levin93 §37.2
 * tell verbs and §37.9 advise verbs): the object is skipped, not reported.
 */
export const ADDRESSEE_VERBS: SourcedList = {
  source: 'Levin93 §37.2 tell verbs, §37.9 advise verbs',
  entries: ['tell', 'inform', 'assure', 'remind', 'warn', 'advise', 'urge', 'caution', 'promise', 'ask', 'email', 'text'],
};

/** Multi-word cues matched on lower-cased word sequences; `speaker` says where the speaker is. */
export const PHRASE_CUES: readonly { words: readonly string[]; kind: 'according' | 'phrasal'; source: string }[] = [
  { words: ['according', 'to'], kind: 'according', source: 'Pareti16 prepositional source cue' },
  { words: ['as', 'reported', 'by'], kind: 'according', source: 'Pareti16 prepositional source cue' },
  { words: ['in', 'the', 'words', 'of'], kind: 'according', source: 'Pareti16 prepositional source cue' },
  { words: ['point', 'out'], kind: 'phrasal', source: 'Krestel08 reporting verbs (phrasal)' },
  { words: ['points', 'out'], kind: 'phrasal', source: 'Krestel08 reporting verbs (phrasal)' },
  { words: ['pointed', 'out'], kind: 'phrasal', source: 'Krestel08 reporting verbs (phrasal)' },
  { words: ['pointing', 'out'], kind: 'phrasal', source: 'Krestel08 reporting verbs (phrasal)' },
  { words: ['call', 'for'], kind: 'phrasal', source: 'Pareti16 speech cues (calls for)' },
  { words: ['calls', 'for'], kind: 'phrasal', source: 'Pareti16 speech cues (calls for)' },
  { words: ['called', 'for'], kind: 'phrasal', source: 'Pareti16 speech cues (calls for)' },
  { words: ['calling', 'for'], kind: 'phrasal', source: 'Pareti16 speech cues (calls for)' },
  { words: ['made', 'clear'], kind: 'phrasal', source: 'Pareti16 light-verb speech cues' },
  { words: ['makes', 'clear'], kind: 'phrasal', source: 'Pareti16 light-verb speech cues' },
];

/** Relay cues: the subject passes on the words of the NP that follows (Pareti16 nested attribution). */
export const RELAY_CUES: SourcedList = {
  source: 'Pareti16 nested attributions (quoting, citing)',
  entries: ['quoting', 'quoted', 'quotes', 'citing', 'cited', 'cites'],
};

/** Partial-quote cues: a quoted phrase after them is someone's words, not a scare quote (Pareti16). */
export const PARTIAL_CUES: SourcedList = {
  source: 'Pareti16 attribution of partial quotations; Levin93 §29.3 dub verbs',
  entries: ['calling', 'called', 'calls', 'call', 'describing', 'described', 'describes', 'dubbed', 'dubbing', 'labeled', 'labelled', 'labeling', 'branded', 'branding', 'termed', 'declaring', 'declared', 'declares', 'hailed', 'hailing', 'vowing', 'vowed', 'promising', 'promised', 'urging', 'urged', 'ordered', 'order'],
};

/**
 * Nouns that take a content clause ("the claim that ...", "the fact that ..."): after a denial or
 * a confirmation, such an object is the statement itself.
 */
export const CONTENT_NOUNS: SourcedList = {
  source: 'Quirk et al. 1985, ch. 17 (appositive that-clauses after nouns such as claim, fact, idea, report)',
  entries: [
    'claim', 'claims', 'allegation', 'allegations', 'report', 'reports', 'suggestion', 'idea', 'notion', 'assertion',
    'charge', 'charges', 'accusation', 'accusations', 'rumor', 'rumors', 'rumour', 'rumours', 'view', 'argument',
    'belief', 'fact', 'possibility', 'theory', 'story', 'speculation',
  ],
};

/**
 * Nouns that name a statement: "X's statement said" and "quoting X's order to ..." speak for
 * their possessor X (Pareti16 nominal cues).
 */
export const STATEMENT_NOUNS: SourcedList = {
  source: 'Pareti16 nominal attribution cues',
  entries: [
    'statement', 'statements', 'order', 'orders', 'remarks', 'remark', 'words', 'message', 'letter', 'tweet', 'tweets',
    'post', 'speech', 'announcement', 'comments', 'comment', 'testimony', 'report', 'decree', 'address', 'interview',
    'office', 'campaign', 'spokesman', 'spokeswoman', 'spokesperson', 'lawyer', 'lawyers', 'attorney',
  ],
};

/**
 * Common nouns that speak as unnamed sources (Pareti16 "source" spans without names; the weasel
 * list of retext-equality/wooorm weasels for "experts", "critics", "sources").
 */
export const UNNAMED_SPEAKERS: SourcedList = {
  source: 'Pareti16 unnamed sources; wooorm/weasels (experts, critics, sources)',
  entries: [
    'official', 'officials', 'analyst', 'analysts', 'expert', 'experts', 'source', 'sources', 'report', 'reports',
    'critic', 'critics', 'observer', 'observers', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors',
    'spokesman', 'spokeswoman', 'spokesperson', 'general', 'generals', 'commander', 'commanders', 'diplomat',
    'diplomats', 'lawmaker', 'lawmakers', 'legislator', 'legislators', 'senator', 'senators', 'minister', 'ministers',
    'investigator', 'investigators', 'prosecutor', 'prosecutors', 'police', 'witness', 'witnesses', 'resident',
    'residents', 'people', 'voters', 'supporters', 'opponents', 'democrats', 'republicans', 'media', 'press',
    'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'data', 'documents', 'intelligence', 'military',
    'government', 'administration', 'agency', 'ministry', 'campaign', 'researchers', 'scientists', 'economists',
    'leader', 'leaders', 'authorities', 'statement', 'footage', 'figures', 'estimates', 'member', 'members',
    'spokespeople', 'insiders', 'person', 'man', 'woman', 'official', 'staff', 'staffers', 'employee', 'employees',
  ],
};

/**
 * Partitive and quantifying nouns: in "X of Y" the Y is who is meant ("a group of protesters",
 * "thousands of residents", "a majority of voters"), so X is not the speaker the way a role is
 * ("the mayor of Leeds").
 */
export const PARTITIVE_NOUNS: SourcedList = {
  source: 'Quirk et al. 1985 §5.7-5.9 (partitive constructions: quantity, measure and collective partitives) and §5.27 (quantifying nouns)',
  entries: [
    'group', 'groups', 'number', 'numbers', 'majority', 'minority', 'lot', 'lots', 'couple', 'dozen', 'dozens',
    'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'handful', 'pair',
    'percent', 'per', 'cent', 'half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'part', 'rest', 'bulk',
    'share', 'portion', 'fraction', 'plenty', 'crowd', 'crowds', 'host', 'range', 'variety', 'series', 'set',
    'kind', 'kinds', 'sort', 'sorts', 'type', 'types', 'bunch', 'wave', 'string', 'slew',
    'all', 'some', 'many', 'most', 'none', 'each', 'both', 'several', 'few', 'one', 'two', 'three', 'any', 'either', 'neither',
  ],
};

/**
 * Relational nouns for people that take an "of" complement and name who speaks ("the head of the
 * agency", "the wife of the victim") but carry no agentive suffix (those are found by
 * `hasAgentSuffix` in src/nlp/morphology.ts).
 */
export const RELATIONAL_ROLE_NOUNS: SourcedList = {
  source: 'Quirk et al. 1985 §17.38 (of-phrases after relational nouns: kinship and role nouns); Wikipedia "Kinship terminology" (English terms)',
  entries: [
    'head', 'heads', 'chief', 'chiefs', 'chair', 'secretary', 'deputy', 'deputies', 'staff', 'envoy', 'envoys',
    'wife', 'husband', 'widow', 'widower', 'son', 'sons', 'daughter', 'daughters', 'mother', 'father', 'parents',
    'brother', 'sister', 'family', 'families', 'friend', 'friends', 'relatives', 'colleague', 'colleagues', 'ally', 'allies',
  ],
};

/**
 * Noun compounds whose first word is a cue word used as a modifier ("the Heritage Foundation think
 * tank"): there the word is no verb and starts no attribution.
 */
export const CUE_WORD_COMPOUNDS: SourcedList = {
  source: 'Wikipedia "Think tank" and "Report card" (lexicalised noun compounds, Quirk et al. 1985 App. I.57 noun + noun compounds)',
  entries: ['think tank', 'think tanks', 'report card', 'report cards'],
};

/** Personal pronouns that can be speakers, with number and gender (for resolution). */
export const PRONOUNS: Readonly<Record<string, { plural: boolean; gender: 'male' | 'female' | null; person: boolean }>> = {
  he: { plural: false, gender: 'male', person: true },
  she: { plural: false, gender: 'female', person: true },
  they: { plural: true, gender: null, person: false },
  it: { plural: false, gender: null, person: false },
  i: { plural: false, gender: null, person: true },
  we: { plural: true, gender: null, person: false },
  you: { plural: false, gender: null, person: true },
};
