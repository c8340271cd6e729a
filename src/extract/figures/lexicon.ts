/**
 * The figures stage's language knowledge, as data. Each list names where it comes from; users
 * extend them through their `--lexicon` file (keys in `USER_KEYS`, validated in `compile.ts`).
 */
import type { Figure } from '../../types.js';

/** A frozen lookup table without a prototype, so that words like "constructor" are not found in it. */
function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** A qualifier phrase before (or after) a number and what it does to the bounds. */
export interface QualifierEntry {
  phrase: string;
  qualifier: Exclude<Figure['qualifier'], 'exact' | 'range' | 'vague'>;
}

/**
 * Qualifiers written before a number. Sources: the claimtrace spec (analysis-v1, `qualifier`);
 * AP Stylebook entries "about", "more than, over", "fewer, less", "upward(s) of"; the Economist
 * Style Guide on approximations ("some", "an estimated"); CoNLL-2010 / BioScope annotation
 * guidelines (Vincze et al. 2008), which treat "approximately", "about", "nearly", "roughly" as
 * numeric approximators rather than speculation cues.
 */
export const QUALIFIERS_BEFORE: readonly QualifierEntry[] = [
  // approximate
  ...['about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some', 'an estimated', 'estimated',
    'an approximate', 'approx.', 'circa', 'close to', 'in the region of', 'in the neighborhood of',
    'in the neighbourhood of', 'the best part of', 'something like', 'somewhere around', 'an average of',
    'on average']
    .map((phrase) => ({ phrase, qualifier: 'approximate' as const })),
  // upper bound
  ...['up to', 'as many as', 'as much as', 'no more than', 'not more than', 'at most', 'fewer than', 'less than',
    'under', 'below', 'just under', 'a maximum of', 'not exceeding', 'as long as', 'as high as', 'as large as']
    .map((phrase) => ({ phrase, qualifier: 'upper-bound' as const })),
  // lower bound
  ...['at least', 'more than', 'over', 'upwards of', 'upward of', 'in excess of', 'no fewer than', 'no less than',
    'not less than', 'a minimum of', 'at a minimum', 'above', 'just over', 'well over', 'exceeding', 'greater than',
    'north of']
    .map((phrase) => ({ phrase, qualifier: 'lower-bound' as const })),
];

/** Qualifiers written after a number ("5,000 or more", "300 or so", "5,000-plus"); same sources. */
export const QUALIFIERS_AFTER: readonly QualifierEntry[] = [
  { phrase: 'or more', qualifier: 'lower-bound' },
  { phrase: 'plus', qualifier: 'lower-bound' },
  { phrase: '- plus', qualifier: 'lower-bound' },
  { phrase: '+', qualifier: 'lower-bound' },
  { phrase: 'or so', qualifier: 'approximate' },
  { phrase: 'or fewer', qualifier: 'upper-bound' },
  { phrase: 'or less', qualifier: 'upper-bound' },
  { phrase: 'at most', qualifier: 'upper-bound' },
  { phrase: 'at least', qualifier: 'lower-bound' },
];

/**
 * Currency symbols and ISO 4217 codes written before an amount ("$5", "US$5", "€30bn", "USD 5").
 * Source: ISO 4217 and Wikipedia "Currency symbol". A bare "$" is read as USD, as the spec says.
 */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = table({
  $: 'USD', us$: 'USD', usd: 'USD', '€': 'EUR', eur: 'EUR', '£': 'GBP', gbp: 'GBP', '¥': 'JPY', jpy: 'JPY',
  '₹': 'INR', inr: 'INR', '₽': 'RUB', rub: 'RUB', '₩': 'KRW', krw: 'KRW', '₴': 'UAH', uah: 'UAH', '₪': 'ILS',
  ils: 'ILS', c$: 'CAD', cad: 'CAD', a$: 'AUD', aud: 'AUD', hk$: 'HKD', hkd: 'HKD', chf: 'CHF', cny: 'CNY',
  rmb: 'CNY', '₺': 'TRY',
});

/**
 * Currency words written after an amount ("5 million dollars"), ISO 4217 codes. "Dollars" alone
 * is read as USD (spec); "pounds" and "won" only after a magnitude word, because "5 pounds" is
 * more often a weight and "won" a verb. Source: ISO 4217 currency names (Wikipedia "ISO 4217").
 */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = table({
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP',
  yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB',
  won: 'KRW', rupee: 'INR', rupees: 'INR', hryvnia: 'UAH', hryvnias: 'UAH', shekel: 'ILS', shekels: 'ILS',
  franc: 'CHF', francs: 'CHF', lira: 'TRY',
});

/** Currency words that need a magnitude word before them to count as money. */
export const AMBIGUOUS_CURRENCY_WORDS: ReadonlySet<string> = new Set(['pound', 'pounds', 'won']);

/** Words that make a number a percentage (AP Stylebook "percent": use the % sign or "percent"). */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['%', 'percent', 'pct', 'per cent', 'percentage point', 'percentage points']);

/**
 * Adjectives and participles used as nouns for people, which can be the counted unit on their
 * own ("600 dead", "20 wounded"). Source: English grammar of nominalised adjectives ("the dead",
 * "the wounded": Quirk et al. 1985, §7.23) and the casualty categories of ACLED's codebook.
 */
export const PEOPLE_ADJECTIVES: ReadonlySet<string> = new Set([
  'dead', 'wounded', 'injured', 'killed', 'missing', 'displaced', 'homeless', 'unemployed', 'hurt', 'arrested',
  'detained', 'captured', 'infected', 'hospitalized', 'hospitalised', 'evacuated', 'stranded', 'affected',
]);

/**
 * Nouns that label a number as a name, not a count ("Section 230", "Flight 370", "Route 66",
 * "No. 10"). Source: AP Stylebook "No." and "numerals" (figures for sections, chapters, pages,
 * rooms, routes and highways), Chicago Manual of Style 9.28–9.31 (numbers as names and parts of
 * documents).
 */
export const NUMBER_LABELS: readonly string[] = [
  'section', 'sections', 'article', 'articles', 'chapter', 'chapters', 'paragraph', 'clause', 'amendment', 'title',
  'page', 'pages', 'p.', 'pp.', 'vol.', 'volume', 'no.', 'no', 'number', 'nos.', '#', 'room', 'suite', 'floor',
  'flight', 'route', 'highway', 'interstate', 'exit', 'gate', 'platform', 'line', 'bus', 'channel', 'apartment',
  'apt.', 'district', 'precinct', 'ward', 'resolution', 'proposition', 'prop.', 'measure', 'bill', 'rule',
  'category', 'level', 'grade', 'stage', 'phase', 'episode', 'season', 'version', 'model', 'type', 'class',
  'division', 'squad', 'battalion', 'brigade', 'regiment', 'unit', 'week', 'day', 'game', 'round', 'lap',
  'figure', 'table', 'item', 'point', 'step', 'part', 'act', 'scene', 'psalm', 'verse', 'order', 'directive',
  'decree', 'code', 'form', 'schedule', 'annex', 'appendix', 'exhibit', 'lot', 'box', 'pier', 'terminal',
  'zone', 'sector', 'block', 'tier', 'hb', 'sb', 'hr', 'h.r.', 's.',
];

/** Tokens after a number that make it a time of day (AP Stylebook "time of day", "a.m., p.m."). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m', "o'clock", 'o’clock', 'gmt', 'utc', 'et', 'est', 'edt', 'pt', 'pst',
  'pdt', 'ct', 'cst', 'cdt', 'bst', 'cet', 'hrs',
]);

/**
 * Heads of a source phrase that make it vague (no one identifiable says so): the weasel
 * categories of the CoNLL-2010 Wikipedia task (Farkas et al. 2010; Wikipedia "Manual of
 * Style/Words to watch: unsupported attributions") and the claimtrace spec's list (reports,
 * intelligence reports, officials, analysts, sources, experts, media reports).
 */
export const VAGUE_SOURCE_HEADS: readonly string[] = [
  'report', 'reports', 'official', 'officials', 'analyst', 'analysts', 'source', 'sources', 'expert', 'experts',
  'observer', 'observers', 'critic', 'critics', 'estimate', 'estimates', 'intelligence', 'media', 'press',
  'people', 'some', 'many', 'others', 'researchers', 'scientists', 'studies', 'study', 'research', 'data',
  'figures', 'statistics', 'authorities', 'insiders', 'diplomats', 'witnesses', 'residents', 'activists',
  'commentators', 'pundits', 'historians', 'economists', 'polls', 'surveys', 'accounts', 'rumors', 'rumours',
  'documents', 'records', 'estimates', 'reporting', 'outlets', 'newspapers', 'aides', 'advisers', 'advisors',
  'lawmakers', 'legislators', 'sources', 'person', 'someone',
];

/**
 * Attribution verbs that give a figure its source ("X estimates 4,700", "X said 40 were killed").
 * Source: reporting-verb lists of Bergler (1992) and Krestel, Bergler & Witte (2008, LREC),
 * matching the speech cues of PolNeAR's annotation guide (Newell, Margolin & Ruths 2018); plus
 * counting verbs (count, tally, record) used to attribute statistics.
 */
export const ATTRIBUTION_VERBS: readonly string[] = [
  'say', 'tell', 'estimate', 'report', 'claim', 'confirm', 'reveal', 'indicate', 'show', 'suggest', 'state',
  'announce', 'acknowledge', 'admit', 'count', 'tally', 'record', 'find', 'believe', 'calculate', 'project',
  'predict', 'forecast', 'warn', 'note', 'write', 'allege', 'assert', 'insist', 'add', 'explain', 'testify',
  'disclose', 'declare', 'think', 'expect', 'assess', 'put', 'place', 'cite', 'document', 'conclude', 'argue',
  'tweet', 'post', 'publish', 'verify',
];

/**
 * Attribution verbs that also express uncertainty, so the verb itself hedges the figure it
 * attributes ("intelligence reports estimate ..."). Source: speculation cues of the BioScope /
 * CoNLL-2010 guidelines (Vincze et al. 2008; Farkas et al. 2010): estimate, suggest, indicate,
 * believe, think, expect, assess, project, predict.
 */
export const HEDGING_ATTRIBUTION_VERBS: readonly string[] = [
  'estimate', 'suggest', 'indicate', 'believe', 'think', 'expect', 'assess', 'project', 'predict', 'forecast',
  'calculate', 'allege', 'claim', 'speculate', 'guess', 'reckon',
];

/** Inflected forms written after a subject: lemma → forms, made once (regular English morphology). */
export function verbForms(lemma: string): string[] {
  const irregular: Record<string, string[]> = {
    say: ['say', 'says', 'said', 'saying'],
    tell: ['tell', 'tells', 'told', 'telling'],
    find: ['find', 'finds', 'found', 'finding'],
    show: ['show', 'shows', 'showed', 'shown', 'showing'],
    write: ['write', 'writes', 'wrote', 'written', 'writing'],
    think: ['think', 'thinks', 'thought', 'thinking'],
    put: ['put', 'puts', 'putting'],
  };
  if (irregular[lemma]) return irregular[lemma];
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const third = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const past = lemma.endsWith('e') ? `${lemma}d` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  return [lemma, third, past, `${stem}ing`];
}

/** Relative phrases that make the next figure part of the previous one ("including", "of whom"). */
export const PART_CUES: readonly string[] = [
  'including', 'includes', 'included', 'among them', 'among whom', 'of whom', 'of which', 'of them', 'of those',
  'among those', 'with',
];

/**
 * Head nouns of a phrase that can state a figure when no entity or name backs it: people and
 * roles, organisations and groups, and documents, media and data. Source: the WordNet 3.0
 * lexicographer categories noun.person, noun.group and noun.communication (Miller 1990; Fellbaum
 * 1998), their commonest members in news writing; agent nouns (-er, -or, -ist, -ian, -man ...)
 * are accepted by suffix besides (Quirk et al. 1985, App. I.32, agentive suffixes).
 */
export const SOURCE_NOUNS: readonly string[] = [
  // noun.person
  'people', 'person', 'man', 'men', 'woman', 'women', 'official', 'spokesperson', 'expert', 'analyst', 'source',
  'witness', 'eyewitness', 'victim', 'doctor', 'scientist', 'researcher', 'economist', 'president', 'minister',
  'secretary', 'chief', 'head', 'judge', 'prosecutor', 'lawyer', 'attorney', 'sheriff', 'police', 'staff',
  'professor', 'student', 'parent', 'resident', 'citizen', 'voter', 'taxpayer', 'patient', 'nominee', 'candidate',
  'aide', 'adviser', 'advisor', 'critic', 'activist', 'diplomat', 'leader', 'member', 'ally', 'family', 'friend',
  'colleague', 'official', 'authority', 'authorities', 'insider', 'observer', 'someone', 'anyone', 'nobody',
  'everyone', 'others', 'some', 'many', 'most', 'few', 'both', 'all', 'each', 'neither',
  // noun.group
  'government', 'administration', 'ministry', 'department', 'agency', 'office', 'bureau', 'service', 'campaign',
  'company', 'firm', 'corporation', 'bank', 'fund', 'group', 'committee', 'commission', 'council', 'board', 'court',
  'party', 'parties', 'union', 'association', 'organisation', 'organization', 'institute', 'institution', 'center',
  'centre', 'university', 'army', 'military', 'navy', 'force', 'forces', 'team', 'network', 'media', 'press',
  'outlet', 'newspaper', 'magazine', 'station', 'channel', 'state', 'city', 'county', 'country', 'nation', 'regime',
  'embassy', 'senate', 'congress', 'parliament', 'cabinet', 'coalition', 'alliance', 'community', 'industry',
  'intelligence', 'police', 'public', 'majority', 'minority', 'side', 'camp', 'body', 'panel', 'jury', 'audience',
  'crowd', 'lobby', 'consortium', 'charity', 'hospital', 'school', 'clinic', 'laboratory', 'lab', 'website', 'site',
  'port', 'airport', 'exchange', 'market', 'club', 'league', 'church', 'federation', 'assembly', 'tribunal', 'operator',
  'manufacturer', 'provider', 'insurer', 'utility', 'directorate', 'mission', 'delegation', 'secretariat', 'watchdog',
  // noun.communication and data
  'report', 'study', 'survey', 'poll', 'figure', 'figures', 'data', 'statistic', 'statistics', 'census', 'estimate',
  'statement', 'letter', 'memo', 'memorandum', 'indictment', 'complaint', 'paper', 'database', 'slide', 'record',
  'filing', 'document', 'analysis', 'review', 'audit', 'tally', 'count', 'update', 'release', 'bulletin', 'notice',
  'notification', 'ad', 'advertisement', 'essay', 'article', 'book', 'email', 'e-mail', 'tweet', 'post', 'video',
  'results', 'result', 'findings', 'finding', 'projection', 'forecast', 'model', 'chart', 'graph', 'table', 'map',
  'list', 'registry', 'register', 'log', 'transcript', 'testimony', 'affidavit', 'lawsuit', 'suit', 'motion',
  'ruling', 'verdict', 'order', 'bill', 'budget', 'proposal', 'timeline', 'return', 'returns', 'account',
  'accounts', 'version', 'story', 'piece', 'column', 'editorial', 'interview', 'speech', 'broadcast', 'program',
  'programme', 'documentary', 'research', 'reporting', 'coverage', 'investigation', 'inquiry', 'probe', 'evidence',
  'documents', 'records', 'rumor', 'rumour', 'claim', 'claims', 'assessment', 'index', 'guide', 'manual', 'text',
  'message', 'announcement', 'declaration', 'communique', 'briefing', 'summary', 'note', 'page', 'feed', 'blog',
  'receipt', 'invoice', 'ledger', 'spreadsheet', 'enforcement', 'prosecution', 'defense', 'defence',
  'source', 'sources', 'tracker', 'calculation', 'calculations', 'numbers', 'number', 'polls', 'surveys', 'studies',
];

/**
 * Keys a user's `--lexicon` file may use to extend the figures stage (entries are added to the
 * built-in lists; bad entries are skipped with an `E_LEXICON_ENTRY` diagnostic):
 *
 *   figureQualifiers: [{ phrase: "in the region of", qualifier: approximate | upper-bound | lower-bound }]
 *   vagueSources:     ["pundits"]        heads of source phrases that make a source vague
 *   sourceNouns:      ["dossier"]        head nouns of phrases that can state a figure (besides names and people)
 *   numberLabels:     ["pier"]           nouns that make the next number a name ("pier 9")
 *   attributionVerbs: ["tally"]          verb lemmas that attribute a figure ("X tallies 40")
 *   measureUnits:     ["furlong"]        singular units a number measures before a noun ("a two furlong race")
 *   unitSymbols:      ["nm"]             unit symbols glued to a number ("5nm")
 *   kindCompounds:    ["lane"]           nouns whose "N-noun" compound names a kind, not a count ("a four-lane road")
 */
export const USER_KEYS = {
  qualifiers: 'figureQualifiers',
  vagueSources: 'vagueSources',
  sourceNouns: 'sourceNouns',
  labels: 'numberLabels',
  verbs: 'attributionVerbs',
  measures: 'measureUnits',
  symbols: 'unitSymbols',
  kinds: 'kindCompounds',
} as const;

/**
 * Nouns whose hyphenated compound with a number names a kind of thing, not a count of its parts
 * ("a four-way race", "a two-front war", "a two-party system", "a five-star general"): the
 * number is part of a fixed name, as the Wikipedia articles so titled show ("Two-front war",
 * "Two-party system", "One-party state", "Multiple-alarm fire", "Four-way stop", "Two-way
 * communication", "Five-star rank", "Two-stroke engine", "Four-wheel drive", "Two-door",
 * "Three-piece suit", "Two-tier system", "Three-act structure", "Two-seater", "Three-ply",
 * "Ten-speed bicycle"). A compound of any other noun written with numerals counts the parts of
 * the noun it modifies ("a 12-member jury", "a 50-state survey"); a small spelled-out number in a
 * compound ("a two-state solution", "a three-judge panel") is read as a kind in `read.ts`.
 */
export const KIND_COMPOUND_NOUNS: ReadonlySet<string> = new Set([
  'way', 'front', 'party', 'star', 'alarm', 'stroke', 'wheel', 'door', 'piece', 'tier', 'act', 'seater', 'ply', 'speed',
  'prong', 'sided', 'fold', 'dimensional',
]);

/**
 * Units of measure written in the singular between a number and the noun it modifies ("a three
 * hour recording", "a 10 mile march"): the number measures the unit, not the head noun. (With a
 * hyphen, "a 100-page report", any noun is read so; without one only these, because "two county
 * residents" counts residents.) Sources: NIST Special Publication 811, "Guide for the Use of the
 * International System of Units" (SI and accepted units, time units) and NIST Handbook 44,
 * Appendix C (US customary units of length, area, mass and volume); "page", "point", "mile" and
 * "lap" as AP Stylebook "numerals" lists measures written with figures.
 */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([
  'second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century',
  'millimeter', 'millimetre', 'centimeter', 'centimetre', 'meter', 'metre', 'kilometer', 'kilometre', 'km', 'mile',
  'inch', 'foot', 'yard', 'acre', 'hectare', 'gram', 'kilogram', 'kg', 'ounce', 'pound', 'ton', 'tonne',
  'liter', 'litre', 'gallon', 'barrel', 'watt', 'kilowatt', 'megawatt', 'gigawatt', 'volt', 'degree',
  'page', 'point', 'lap',
]);

/**
 * Unit symbols written straight after a number ("9mm", "5km", "300MW"): the number measures that
 * unit. "m", "k" and "bn" are left to the magnitude suffixes ("1.2m" is 1.2 million in news).
 * Source: NIST Special Publication 811, §5 and Appendix B (SI symbols and US customary
 * abbreviations); IEC 80000-13 for the data units (kB, MB, GB, TB).
 */
export const UNIT_SYMBOLS: ReadonlySet<string> = new Set([
  'mm', 'cm', 'km', 'mg', 'kg', 'lb', 'lbs', 'oz', 'ft', 'yd', 'mi', 'mph', 'kph', 'km/h', 'ml', 'kw', 'mw', 'gw',
  'kwh', 'mwh', 'gwh', 'hz', 'khz', 'mhz', 'ghz', 'kb', 'mb', 'gb', 'tb', 'cc', 'sq',
]);
