/**
 * Word lists the entity rules read: person titles, organisation head words, group nouns, and the
 * capitalised words that are never names. Each list names where it comes from.
 */

/**
 * Titles and honorifics that precede a person's name, with the sector and gender they imply.
 * Source: Wikipedia "English honorifics", "Style (form of address)" and the AP Stylebook's
 * "titles" and "military titles" entries (abbreviated forms included).
 */
export const PERSON_TITLES: Record<string, { sector?: string; gender?: 'male' | 'female' }> = {
  mr: { gender: 'male' }, 'mr.': { gender: 'male' }, mrs: { gender: 'female' }, 'mrs.': { gender: 'female' },
  ms: { gender: 'female' }, 'ms.': { gender: 'female' }, miss: { gender: 'female' }, dr: {}, 'dr.': {},
  sir: { gender: 'male' }, dame: { gender: 'female' }, lord: { gender: 'male' }, lady: { gender: 'female' },
  king: { sector: 'government', gender: 'male' }, queen: { sector: 'government', gender: 'female' },
  prince: { gender: 'male' }, princess: { gender: 'female' }, emperor: { sector: 'government', gender: 'male' },
  pope: { sector: 'religion', gender: 'male' }, cardinal: { sector: 'religion', gender: 'male' },
  archbishop: { sector: 'religion' }, bishop: { sector: 'religion' }, rabbi: { sector: 'religion' }, imam: { sector: 'religion' },
  ayatollah: { sector: 'religion', gender: 'male' }, rev: { sector: 'religion' }, 'rev.': { sector: 'religion' }, reverend: { sector: 'religion' }, sheikh: { gender: 'male' }, father: { sector: 'religion', gender: 'male' },
  president: { sector: 'government' }, 'vice-president': { sector: 'government' }, premier: { sector: 'government' },
  chancellor: { sector: 'government' }, minister: { sector: 'government' }, secretary: { sector: 'government' },
  governor: { sector: 'government' }, 'gov.': { sector: 'government' }, mayor: { sector: 'government' },
  senator: { sector: 'legislature' }, 'sen.': { sector: 'legislature' }, representative: { sector: 'legislature' },
  'rep.': { sector: 'legislature' }, congressman: { sector: 'legislature', gender: 'male' },
  congresswoman: { sector: 'legislature', gender: 'female' }, speaker: { sector: 'legislature' },
  ambassador: { sector: 'government' }, envoy: { sector: 'government' }, spokesman: { gender: 'male' },
  spokeswoman: { gender: 'female' }, spokesperson: {}, judge: { sector: 'judiciary' }, justice: { sector: 'judiciary' },
  prosecutor: { sector: 'judiciary' }, general: { sector: 'military' }, 'gen.': { sector: 'military' },
  colonel: { sector: 'military' }, 'col.': { sector: 'military' }, lieutenant: { sector: 'military' }, 'lt.': { sector: 'military' },
  major: { sector: 'military' }, 'maj.': { sector: 'military' }, captain: { sector: 'military' }, 'capt.': { sector: 'military' },
  sergeant: { sector: 'military' }, 'sgt.': { sector: 'military' }, admiral: { sector: 'military' }, 'adm.': { sector: 'military' },
  marshal: { sector: 'military' }, commander: { sector: 'military' }, 'cmdr.': { sector: 'military' },
  corporal: { sector: 'military' }, private: { sector: 'military' }, professor: { sector: 'education' }, 'prof.': { sector: 'education' },
  coach: { sector: 'sports' }, chairman: { gender: 'male' }, chairwoman: { gender: 'female' }, chair: {}, director: {},
  leader: {}, whip: { sector: 'legislature' }, chief: {}, deputy: {}, ceo: { sector: 'business' }, founder: {}, dictator: { sector: 'government' },
  counsel: { sector: 'judiciary' }, inspector: { sector: 'police' }, detective: { sector: 'police' }, officer: { sector: 'police' },
  sheriff: { sector: 'police' }, trooper: { sector: 'police' }, superintendent: {}, commissioner: { sector: 'government' },
  councillor: { sector: 'government' }, councilor: { sector: 'government' }, councilman: { sector: 'government', gender: 'male' },
  councilwoman: { sector: 'government', gender: 'female' }, alderman: { sector: 'government' }, magistrate: { sector: 'judiciary' },
  solicitor: { sector: 'judiciary' }, monsignor: { sector: 'religion', gender: 'male' }, msgr: { sector: 'religion', gender: 'male' },
  'msgr.': { sector: 'religion', gender: 'male' }, pastor: { sector: 'religion' }, pontiff: { sector: 'religion', gender: 'male' },
};

/**
 * Words that may join a title to its head ("Prime Minister", "Foreign Minister", "Defence
 * Secretary"): a capitalised modifier before one of the titles above. Source: AP Stylebook titles.
 */
export const TITLE_MODIFIERS = new Set([
  'prime', 'foreign', 'defence', 'defense', 'interior', 'finance', 'home', 'deputy', 'vice', 'acting', 'former',
  'state', 'chief', 'supreme', 'lieutenant', 'major', 'brigadier', 'rear', 'attorney', 'first', 'crown', 'grand',
  'trade', 'economy', 'justice', 'health', 'education', 'energy', 'labour', 'labor', 'agriculture', 'transport',
  'culture', 'sports', 'environment', 'security', 'intelligence', 'army', 'navy', 'opposition', 'senior', 'ex',
  'special', 'independent', 'police', 'county', 'city', 'homeland', 'affairs', 'commerce', 'industry', 'information',
  'communications', 'veterans', 'treasury', 'war', 'planning', 'development', 'water', 'mines', 'petroleum',
  // legislative leadership titles ("Majority Leader", "Minority Whip"; AP Stylebook, "leader")
  'majority', 'minority',
]);

/**
 * Head words that make a proper-noun run an organisation, with the sector they imply. Source:
 * the CoNLL-2003 / MUC-7 named-entity guidelines (ORGANIZATION: "named corporate, governmental,
 * or other organizational entity") and Wikipedia "Types of business entity" for legal suffixes.
 */
export const ORG_WORDS: Record<string, string | null> = {
  ministry: 'government', department: 'government', agency: 'government', service: 'government', office: 'government',
  government: 'government', administration: 'government', cabinet: 'government', commission: 'government',
  council: 'government', committee: 'government', authority: 'government', bureau: 'government', directorate: 'government',
  parliament: 'legislature', assembly: 'legislature', congress: 'legislature', senate: 'legislature', duma: 'legislature',
  court: 'judiciary', tribunal: 'judiciary',
  army: 'military', navy: 'military', 'air force': 'military', force: 'military', forces: 'military', command: 'military', guard: 'military',
  corps: 'military', brigade: 'military', regiment: 'military', division: 'military', battalion: 'military',
  police: 'police', constabulary: 'police',
  party: 'party', movement: 'party', front: 'party', alliance: 'party', coalition: 'party', league: 'party',
  union: 'labor', federation: null, association: null, organisation: null, organization: null, society: null,
  foundation: 'ngo', institute: 'education', institution: null, university: 'education', college: 'education',
  academy: 'education', school: 'education', center: null, centre: null, group: 'business', bank: 'business',
  fund: 'business', company: 'business', corporation: 'business', corp: 'business', 'corp.': 'business',
  inc: 'business', 'inc.': 'business', ltd: 'business', 'ltd.': 'business', plc: 'business', llc: 'business',
  ag: 'business', sa: 'business', gmbh: 'business', co: 'business', 'co.': 'business', holdings: 'business',
  industries: 'business', airlines: 'business', airways: 'business', motors: 'business', systems: 'business',
  technologies: 'business', exchange: 'business', network: 'media', news: 'media', times: 'media', post: 'media',
  journal: 'media', herald: 'media', tribune: 'media', gazette: 'media', telegraph: 'media', press: 'media',
  broadcasting: 'media', television: 'media', radio: 'media', church: 'religion',
  club: 'sports', fc: 'sports', 'f.c.': 'sports', united: 'sports', rovers: 'sports', wanderers: 'sports', athletic: 'sports',
  city: null, team: 'sports', board: null, trust: null, commissariat: 'government', secretariat: 'government',
  brigades: 'military',
  // government bodies named by their function ("Immigration and Customs Enforcement", "Federal Reserve", "Sixth Circuit")
  enforcement: 'police', reserve: 'government', circuit: 'judiciary', treasury: 'government', patrol: 'police',
  // associations named by their members ("Security, Police and Fire Professionals of America", "United Auto Workers")
  professionals: 'labor', workers: 'labor', employees: 'labor', teamsters: 'labor', caucus: 'legislature',
  // company-name words (Wikipedia, "Types of business entity"; Reuters company names)
  communications: 'business', pharmaceuticals: 'business', pharmaceutical: 'business', electric: 'business',
  electronics: 'business', insurance: 'business', securities: 'business', partners: 'business', investments: 'business',
  enterprises: 'business', laboratories: 'business', labs: 'business', bancorp: 'business', bancshares: 'business',
  financial: 'business', petroleum: 'business', chemicals: 'business', steel: 'business', mining: 'business',
  telecom: 'business', telecommunications: 'business', entertainment: 'business', studios: 'business', publishing: 'business',
  airline: 'business', railways: 'business', railway: 'business', shipping: 'business', resources: 'business', brothers: 'business',
  bros: 'business', 'bros.': 'business', cables: 'business', controls: 'business', foods: 'business', stores: 'business',
  // newspaper and agency names (Wikipedia, "List of newspapers in the United States": the common title words)
  dispatch: 'media', enquirer: 'media', inquirer: 'media', chronicle: 'media', observer: 'media', guardian: 'media',
  mirror: 'media', express: 'media', mail: 'media', review: 'media', magazine: 'media', daily: 'media', monitor: 'media', examiner: 'media',
  courier: 'media', bulletin: 'media', sentinel: 'media', globe: 'media', wire: 'media', newspaper: 'media',
  newsroom: 'media', newsdesk: 'media',
};

/**
 * Lower-case nouns that, right before or after an unknown name, say it names an organisation
 * ("news agency Tanjug", "Belgian club Standard Liege", "packaging company Cofinec", "the Sun
 * newspaper", "First Union bank"), with the sector they imply. Source: the descriptor
 * appositions of wire-service style (AP Stylebook, "identification"; MUC-7 ORGANIZATION guidelines).
 */
export const ORG_DESCRIPTORS: Record<string, string | null> = {
  agency: null, company: 'business', firm: 'business', group: 'business', corporation: 'business', conglomerate: 'business',
  bank: 'business', lender: 'business', insurer: 'business', carrier: 'business', airline: 'business', automaker: 'business',
  carmaker: 'business', retailer: 'business', manufacturer: 'business', brokerage: 'business', subsidiary: 'business', unit: 'business', newspaper: 'media', daily: 'media',
  weekly: 'media', broadcaster: 'media', network: 'media', magazine: 'media', club: 'sports', side: 'sports', team: 'sports',
  party: 'party', organisation: null, organization: null, charity: 'ngo', union: 'labor', outfit: null,
};

/**
 * Player and staff roles after which a one-word name is a team ("Norwich striker Keith O'Neill",
 * "former Auxerre playmaker"). Source: association football positions (Wikipedia, "Association
 * football positions") and the staff titles of sports reporting.
 */
export const TEAM_ROLES = new Set([
  'striker', 'forward', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'playmaker', 'winger', 'fullback', 'sweeper',
  'skipper', 'captain', 'coach', 'manager', 'pitcher', 'quarterback', 'batsman', 'bowler', 'all-rounder', 'fly-half',
  'scrum-half', 'prop', 'hooker', 'lock', 'flanker', 'centre', 'guard', 'stopper', 'teammate', 'team-mate', 'fans', 'supporters',
]);

/**
 * Capitalised words that open names of organisations, places and teams but never a person's
 * name: compass points, colour terms, and the adjectives of institutional names ("Federal
 * Reserve", "White Sox", "West Hartlepool", "Royal Borough"). A run starting with one is no
 * person by its shape alone. Sources: the compass points; Berlin & Kay (1969) basic colour terms;
 * the modifiers of the CoNLL-2003 / MUC-7 ORGANIZATION and LOCATION examples.
 */
export const NAME_MODIFIERS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'northeast', 'northwest', 'southeast',
  'southwest', 'central', 'middle', 'upper', 'lower', 'greater', 'inner', 'outer', 'red', 'white', 'black', 'blue', 'green',
  'yellow', 'orange', 'purple', 'grey', 'gray', 'federal', 'national', 'royal', 'imperial', 'international', 'united',
  'supreme', 'grand', 'great', 'holy', 'sacred', 'blessed', 'special', 'general', 'senior', 'junior', 'former', 'minor',
  'major', 'standard', 'first', 'second', 'third', 'sixth', 'fifth', 'fourth', 'seventh', 'eighth', 'ninth', 'tenth',
  'air', 'bay', 'port', 'mount', 'mt', 'mt.', 'fort', 'lake', 'cape', 'state', 'city', 'county', 'house', 'senate',
  'hurricane', 'typhoon', 'storm', 'tropical', 'operation', 'mission', 'project', 'animal', 'democratic',
  'republican', 'liberal', 'conservative', 'socialist', 'communist', 'muslim', 'christian', 'catholic', 'islamic', 'jewish',
]);

/**
 * Religious and political affiliations written with a capital: the plural names a group of people
 * ("Muslims", "Republicans"), the adjective or singular qualifies someone and is no entity of its
 * own ("a Republican senator", "Catholic schools"). Sources: Wikipedia, "List of religions and
 * spiritual traditions" (major traditions and their adherents' names) and "Political parties in
 * the United States" / "List of political ideologies" (members' names).
 */
export const AFFILIATIONS: Record<string, { plural: string; sector: string | null }> = {
  muslim: { plural: 'muslims', sector: 'religion' }, christian: { plural: 'christians', sector: 'religion' },
  catholic: { plural: 'catholics', sector: 'religion' }, protestant: { plural: 'protestants', sector: 'religion' },
  jew: { plural: 'jews', sector: 'religion' }, hindu: { plural: 'hindus', sector: 'religion' }, sikh: { plural: 'sikhs', sector: 'religion' },
  buddhist: { plural: 'buddhists', sector: 'religion' }, evangelical: { plural: 'evangelicals', sector: 'religion' },
  mormon: { plural: 'mormons', sector: 'religion' }, sunni: { plural: 'sunnis', sector: 'religion' }, shiite: { plural: 'shiites', sector: 'religion' },
  islamist: { plural: 'islamists', sector: 'religion' }, jihadist: { plural: 'jihadists', sector: 'rebels' },
  republican: { plural: 'republicans', sector: 'party' }, democrat: { plural: 'democrats', sector: 'party' },
  conservative: { plural: 'conservatives', sector: 'party' }, liberal: { plural: 'liberals', sector: 'party' },
  socialist: { plural: 'socialists', sector: 'party' }, communist: { plural: 'communists', sector: 'party' },
  marxist: { plural: 'marxists', sector: 'party' }, stalinist: { plural: 'stalinists', sector: 'party' },
  bolshevik: { plural: 'bolsheviks', sector: 'party' }, libertarian: { plural: 'libertarians', sector: 'party' },
  progressive: { plural: 'progressives', sector: 'party' }, nationalist: { plural: 'nationalists', sector: 'party' },
  latino: { plural: 'latinos', sector: null }, hispanic: { plural: 'hispanics', sector: null },
};

/** Adjectives of the affiliations above that are no plural or singular noun ("Democratic", "Islamic", "Jewish"). */
export const AFFILIATION_ADJECTIVES = new Set(['democratic', 'islamic', 'jewish', 'christian', 'catholic', 'muslim', 'republican', 'islamophobic', 'evangelical', 'orthodox', 'papal', 'petrine']);

/** Compass words: after "in" or "from" they are no place names of their own ("in the North", "from East"). */
export const COMPASS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'northeast', 'northwest', 'southeast',
  'southwest', 'central', 'midwest', 'middle',
]);

/** Organisation words that also work as the first word ("Bank of England", "University of Texas"). */
export const ORG_OPENERS = new Set([
  'ministry', 'department', 'bank', 'university', 'council', 'court', 'church', 'federation', 'union', 'institute',
  'office', 'party', 'house', 'league', 'organisation', 'organization', 'association', 'board', 'bureau', 'commission',
  'committee', 'congress', 'college', 'academy', 'society', 'order', 'army', 'navy', 'republic', 'kingdom', 'state', 'port',
]);

/**
 * Lower-case nouns that, after a demonym or country ("North Korean soldiers", "Russia's
 * military"), name a group of people, with the sector and the CAMEO actor-type suffix they imply.
 * Source: CAMEO codebook (Schrodt 2012), actor type codes GOV, MIL, COP, MED, REB, LEG, JUD, BUS,
 * CVL, OPP, ELI, EDU, REL.
 */
export const GROUP_NOUNS: Record<string, { sector: string | null; cameo: string | null }> = {
  soldiers: { sector: 'military', cameo: 'MIL' }, troops: { sector: 'military', cameo: 'MIL' },
  forces: { sector: 'military', cameo: 'MIL' }, military: { sector: 'military', cameo: 'MIL' },
  army: { sector: 'military', cameo: 'MIL' }, navy: { sector: 'military', cameo: 'MIL' }, commanders: { sector: 'military', cameo: 'MIL' },
  generals: { sector: 'military', cameo: 'MIL' }, officers: { sector: 'military', cameo: 'MIL' }, fighters: { sector: 'military', cameo: 'MIL' },
  sailors: { sector: 'military', cameo: 'MIL' }, pilots: { sector: 'military', cameo: 'MIL' }, units: { sector: 'military', cameo: 'MIL' },
  officials: { sector: 'government', cameo: 'GOV' }, government: { sector: 'government', cameo: 'GOV' },
  authorities: { sector: 'government', cameo: 'GOV' }, diplomats: { sector: 'government', cameo: 'GOV' },
  ministers: { sector: 'government', cameo: 'GOV' }, leaders: { sector: 'government', cameo: 'GOV' },
  leadership: { sector: 'government', cameo: 'GOV' }, regime: { sector: 'government', cameo: 'GOV' },
  lawmakers: { sector: 'legislature', cameo: 'LEG' }, legislators: { sector: 'legislature', cameo: 'LEG' },
  parliamentarians: { sector: 'legislature', cameo: 'LEG' }, judges: { sector: 'judiciary', cameo: 'JUD' },
  prosecutors: { sector: 'judiciary', cameo: 'JUD' }, police: { sector: 'police', cameo: 'COP' },
  investigators: { sector: 'police', cameo: 'COP' }, media: { sector: 'media', cameo: 'MED' },
  journalists: { sector: 'media', cameo: 'MED' }, reporters: { sector: 'media', cameo: 'MED' },
  rebels: { sector: 'rebels', cameo: 'REB' }, insurgents: { sector: 'rebels', cameo: 'REB' }, militants: { sector: 'rebels', cameo: 'REB' },
  separatists: { sector: 'rebels', cameo: 'REB' }, guerrillas: { sector: 'rebels', cameo: 'REB' },
  opposition: { sector: 'opposition', cameo: 'OPP' }, protesters: { sector: 'civilians', cameo: 'CVL' },
  demonstrators: { sector: 'civilians', cameo: 'CVL' }, civilians: { sector: 'civilians', cameo: 'CVL' },
  citizens: { sector: 'civilians', cameo: 'CVL' }, residents: { sector: 'civilians', cameo: 'CVL' },
  people: { sector: 'civilians', cameo: 'CVL' }, workers: { sector: 'labor', cameo: 'LAB' }, farmers: { sector: 'agriculture', cameo: 'AGR' },
  companies: { sector: 'business', cameo: 'BUS' }, firms: { sector: 'business', cameo: 'BUS' }, businesses: { sector: 'business', cameo: 'BUS' },
  banks: { sector: 'business', cameo: 'BUS' }, students: { sector: 'education', cameo: 'EDU' },
  scientists: { sector: 'education', cameo: 'EDU' }, experts: { sector: 'education', cameo: 'EDU' },
  analysts: { sector: null, cameo: null }, voters: { sector: 'civilians', cameo: 'CVL' },
  refugees: { sector: 'refugees', cameo: 'REF' }, migrants: { sector: 'refugees', cameo: 'REF' },
  clerics: { sector: 'religion', cameo: 'REL' }, intelligence: { sector: 'government', cameo: 'GOV' },
  spies: { sector: 'government', cameo: 'GOV' }, occupiers: { sector: 'military', cameo: 'MIL' }, personnel: { sector: 'military', cameo: 'MIL' },
};

/** Group nouns that form a group entity even without a country ("officials said"). */
export const BARE_GROUP_NOUNS = new Set([
  'officials', 'authorities', 'diplomats', 'lawmakers', 'legislators', 'analysts', 'experts', 'prosecutors',
  'investigators', 'police', 'rebels', 'insurgents', 'militants', 'separatists', 'protesters', 'demonstrators',
  'residents', 'witnesses', 'commanders',
]);

/** Lower-case words allowed between a demonym and a group noun ("North Korean special forces"). */
export const GROUP_MODIFIERS = new Set([
  'state', 'special', 'armed', 'security', 'government', 'military', 'senior', 'top', 'local', 'regional', 'federal',
  'defence', 'defense', 'foreign', 'intelligence', 'border', 'army', 'naval', 'air', 'ground', 'elite', 'young',
  'former', 'opposition', 'government-backed', 'pro-government', 'separatist', 'allied', 'national', 'riot', 'secret',
  'health', 'election', 'trade', 'finance', 'economic', 'nuclear', 'neo-nazi', 'anti-government',
]);

/**
 * Capitalised words that are never names on their own: closed-class words, discourse adverbs
 * that open sentences, months and days, and the attribution nouns of news prose ("Reports",
 * "Sources"). Source: Universal Dependencies English closed classes (DET, PRON, ADP, CCONJ,
 * SCONJ, AUX), the month and day names, and the weasel-word list of retext/weasels (MIT).
 */
export const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'he', 'she',
  'it', 'they', 'we', 'i', 'you', 'who', 'what', 'when', 'where', 'why', 'how', 'which', 'if', 'but', 'and', 'or', 'so',
  'yet', 'while', 'though', 'although', 'because', 'since', 'as', 'after', 'before', 'during', 'in', 'on', 'at', 'for',
  'with', 'without', 'from', 'to', 'by', 'of', 'about', 'against', 'among', 'between', 'under', 'over', 'all', 'some',
  'many', 'most', 'more', 'few', 'several', 'both', 'each', 'every', 'no', 'not', 'none', 'one', 'any', 'other',
  'meanwhile', 'however', 'still', 'also', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'tonight', 'here', 'there',
  'instead', 'indeed', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'thus', 'hence', 'therefore', 'later',
  'earlier', 'again', 'already', 'once', 'just', 'only', 'even', 'perhaps', 'maybe', 'probably', 'reportedly',
  'allegedly', 'apparently', 'according', 'asked', 'despite', 'following', 'including', 'unlike', 'like', 'until',
  'reports', 'report', 'sources', 'source', 'officials', 'analysts', 'experts', 'critics', 'observers', 'witnesses',
  'residents', 'people', 'many', 'others', 'police', 'troops', 'soldiers', 'forces', 'authorities', 'investigators',
  'researchers', 'scientists', 'studies', 'data', 'figures', 'statistics', 'polls', 'sources', 'documents', 'news',
  'breaking', 'update', 'updated', 'exclusive', 'analysis', 'opinion', 'editorial', 'comment', 'read', 'more', 'see',
  'photo', 'video', 'watch', 'click', 'share', 'related', 'advertisement', 'sponsored', 'note', 'editor', 'summary',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
  'yes', 'oh', 'please', 'thank', 'thanks', 'hello', 'ok', 'okay', 'well', 'first', 'second',
  'third', 'last', 'next', 'new', 'old', 'top', 'total', 'overall', 'results', 'result', 'scores', 'standings',
  'after', 'tv', 'am', 'pm', 'gmt', 'utc', 'est', 'edt', 'bst', 'cet', 'pct', 'no.', 'nos', 'vs', 'v', 'st', 'bc', 'ad',
]);

/** Reporting verbs next to which a bare proper-noun run is a person ("said Smith", "Smith told"). */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'declared', 'declares', 'warned', 'warns',
  'explained', 'noted', 'argued', 'insisted', 'claimed', 'claims', 'wrote', 'writes', 'asked', 'replied', 'responded',
  'announced', 'confirmed', 'confirms', 'denied', 'admitted', 'acknowledged', 'suggested', 'predicted', 'urged',
]);

/**
 * All-capital abbreviations that are not organisations: weapons, technology, units, medicine,
 * economics, time zones. Source: Wikipedia "List of acronyms" (technology, military, medicine,
 * economics sections) and the AP Stylebook abbreviations entry.
 */
export const NOT_ORG_ACRONYMS = new Set([
  'RPG', 'GPS', 'DNA', 'RNA', 'TV', 'CEO', 'CFO', 'COO', 'GDP', 'GNP', 'CPI', 'AI', 'HIV', 'AIDS', 'COVID', 'SARS',
  'PDF', 'USB', 'SUV', 'ATM', 'CD', 'DVD', 'LNG', 'LPG', 'MW', 'GW', 'KM', 'KG', 'MP', 'MPS', 'PM', 'AM', 'GMT', 'UTC',
  'EST', 'EDT', 'PST', 'BST', 'CET', 'OK', 'ID', 'IQ', 'PR', 'HQ', 'VIP', 'IPO', 'ICBM', 'SLBM', 'IED', 'UAV', 'APC',
  'MLRS', 'HIMARS', 'ATACMS', 'SAM', 'MRI', 'CT', 'ICU', 'ER', 'FAQ', 'URL', 'PC', 'IT', 'VAT', 'GST', 'FX', 'Q1', 'Q2',
  'Q3', 'Q4', 'YTD', 'PCT', 'NB', 'PS', 'ETA', 'TBA', 'DIY', 'LGBT', 'LGBTQ', 'BC', 'AD', 'CE', 'BCE', 'I', 'II', 'III',
  'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'OT', 'NO', 'AKA',
]);

/**
 * Generic terms that end English place names ("Midway Atoll", "Great Barrier Reef", "Golan Heights"), beyond
 * the ones above. Source: GeoNames feature codes, classes H (water), T (relief) and L (area): ATOL, RF, LGN,
 * ARCH, PLAT, STM (creek), UPLD (highlands), MRSH, SWMP, VLC, FJD, OAS, WTLD, ISL (isle); a run ending in one
 * is a place, never a person.
 */
const GEONAMES_HEADS = [
  'atoll', 'atolls', 'reef', 'reefs', 'lagoon', 'archipelago', 'plateau', 'creek', 'highlands', 'marsh', 'marshes',
  'swamp', 'volcano', 'fjord', 'oasis', 'wetlands', 'isle', 'isles',
];

/**
 * Last words that make a capitalised run a named event, law, award or work, not a person
 * ("Korean War", "Paris Agreement", "World Cup"). Source: CoNLL-2003 / MUC annotation guidelines,
 * MISC category (events, wars, laws, titles of works, awards).
 */
export const MISC_HEADS = new Set([
  'war', 'wars', 'revolution', 'uprising', 'cup', 'games', 'olympics', 'olympiad', 'championship', 'championships',
  'open', 'tournament', 'trophy', 'prize', 'award', 'awards', 'medal', 'treaty', 'accord', 'accords', 'agreement',
  'act', 'bill', 'declaration', 'summit', 'conference', 'festival', 'day', 'week', 'crisis', 'era', 'age', 'doctrine',
  'plan', 'protocol', 'charter', 'grand prix', 'series', 'classic', 'marathon', 'rally', 'show', 'expo', 'index',
  'peninsula', 'river', 'sea', 'ocean', 'mountains', 'mountain', 'island', 'islands', 'valley', 'lake', 'bay', 'gulf',
  'desert', 'strait', 'canal', 'province', 'region', 'oblast', 'county', 'state', 'district', 'street', 'square',
  'airport', 'bridge', 'stadium', 'park', 'palace', 'hall', 'tower', 'beach', 'springs', 'falls', 'heights', 'hills',
  'harbor', 'harbour', 'coast', 'canyon', 'forest', 'peak', 'glacier', 'delta', 'plain', 'plains', 'basin', 'cape',
  ...GEONAMES_HEADS,
]);

/** Of `MISC_HEADS`, the ones that name places ("Korean Peninsula", "Red River"): a run ending in one is a place. */
export const PLACE_HEADS = new Set([
  'peninsula', 'river', 'sea', 'ocean', 'mountains', 'mountain', 'island', 'islands', 'valley', 'lake', 'bay', 'gulf',
  'desert', 'strait', 'canal', 'province', 'region', 'oblast', 'county', 'district', 'street', 'square', 'airport',
  'bridge', 'stadium', 'park', 'palace', 'hall', 'tower', 'beach', 'springs', 'falls', 'heights', 'hills', 'harbor',
  'harbour', 'coast', 'canyon', 'forest', 'peak', 'glacier', 'delta', 'plain', 'plains', 'basin', 'cape',
  ...GEONAMES_HEADS,
]);
