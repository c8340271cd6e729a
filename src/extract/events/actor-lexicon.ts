/**
 * Actor knowledge for event coding when the entity layer does not already resolve a mention:
 * sector nouns ("troops", "officials", "rebels") with their CAMEO agent codes, international
 * bodies with CAMEO IGO/NGO codes, and seats of power that stand for their state.
 *
 * Sources:
 * - Sector nouns and codes: CAMEO codebook 1.1b3 ch. 3 (agent codes GOV, MIL, REB, OPP, COP, JUD,
 *   LEG, MED, CVL, EDU, BUS, LAB, AGR, REF, SPY, CRM, UAF) and the PETRARCH2 agents dictionary
 *   (openeventdata/petrarch2, Phoenix.agents.txt), which lists the nouns under each code.
 * - International bodies: PETRARCH2 Phoenix.International.actors.txt (IGOUNO, IGOWSTNAT,
 *   IGOEUREEC, ...).
 * - Seats of power: Wikipedia, "List of metonyms" (government buildings standing for governments).
 * Countries, demonyms and capitals come from the `world-countries` package (see gazetteer.ts).
 */

/** CAMEO agent code → the sector name used in the analysis. */
export const SECTOR_NAMES: Readonly<Record<string, string>> = {
  GOV: 'government', MIL: 'military', REB: 'rebels', OPP: 'opposition', COP: 'police', JUD: 'judiciary',
  LEG: 'legislature', MED: 'media', CVL: 'civilians', EDU: 'education', BUS: 'business', LAB: 'labour',
  AGR: 'agriculture', REF: 'refugees', SPY: 'intelligence', CRM: 'criminals', UAF: 'armed group', INS: 'insurgents',
  HLH: 'health', REL: 'religious', ELI: 'elites', PTY: 'party', NGO: 'non-governmental', IGO: 'intergovernmental',
};

/** Sector name → CAMEO agent code (first code wins, as a scan of SECTOR_NAMES would). */
const CODE_OF_NAME = new Map<string, string>();
for (const [code, name] of Object.entries(SECTOR_NAMES)) if (!CODE_OF_NAME.has(name)) CODE_OF_NAME.set(name, code);
/** Answers per input string: the entity layer repeats a handful of sector values on every mention. */
const sectorCodeMemo = new Map<string, string | null>();

/** Sector name (or code) → CAMEO agent code. */
export function sectorCode(sector: string | null | undefined): string | null {
  if (!sector) return null;
  const hit = sectorCodeMemo.get(sector);
  if (hit !== undefined) return hit;
  const upper = sector.toUpperCase();
  const code = Object.hasOwn(SECTOR_NAMES, upper) && SECTOR_NAMES[upper] ? upper : (CODE_OF_NAME.get(sector.toLowerCase()) ?? null);
  if (sectorCodeMemo.size > 1000) sectorCodeMemo.clear();
  sectorCodeMemo.set(sector, code);
  return code;
}

/** Sector nouns (lemmas; phrases with spaces) → CAMEO agent code (Phoenix.agents.txt). */
export const SECTOR_NOUNS: Readonly<Record<string, string>> = {
  // government
  government: 'GOV', official: 'GOV', authority: 'GOV', administration: 'GOV', minister: 'GOV', ministry: 'GOV',
  president: 'GOV', 'prime minister': 'GOV', premier: 'GOV', chancellor: 'GOV', cabinet: 'GOV', regime: 'GOV',
  leader: 'GOV', leadership: 'GOV', diplomat: 'GOV', ambassador: 'GOV', envoy: 'GOV', spokesman: 'GOV',
  spokeswoman: 'GOV', spokesperson: 'GOV', negotiator: 'GOV', governor: 'GOV', mayor: 'GOV', king: 'GOV',
  queen: 'GOV', emir: 'GOV', sheikh: 'GOV', sultan: 'GOV', monarch: 'GOV', dictator: 'GOV', junta: 'GOV',
  secretary: 'GOV', 'foreign ministry': 'GOV', 'state department': 'GOV', consul: 'GOV', delegation: 'GOV',
  // military
  army: 'MIL', military: 'MIL', troop: 'MIL', soldier: 'MIL', force: 'MIL', 'armed forces': 'MIL',
  navy: 'MIL', 'air force': 'MIL', general: 'MIL', commander: 'MIL', officer: 'MIL', warship: 'MIL',
  tank: 'MIL', jet: 'MIL', warplane: 'MIL', helicopter: 'MIL', 'special forces': 'MIL', marine: 'MIL',
  paratrooper: 'MIL', sailor: 'MIL', 'defense ministry': 'MIL', 'defence ministry': 'MIL', peacekeeper: 'MIL',
  artillery: 'MIL', drone: 'MIL', fighter: 'MIL', bulldozer: 'MIL', militia: 'UAF', militiaman: 'UAF', predator: 'MIL',
  // rebels and insurgents
  rebel: 'REB', guerrilla: 'REB', guerilla: 'REB', insurgent: 'REB', militant: 'REB', separatist: 'REB',
  jihadist: 'REB', 'rebel group': 'REB', terrorist: 'REB',
  // opposition, parties
  opposition: 'OPP', dissident: 'OPP', activist: 'OPP', party: 'PTY',
  // police, security
  police: 'COP', policeman: 'COP', 'security forces': 'COP', 'security force': 'COP', gendarme: 'COP',
  'riot police': 'COP', guard: 'COP',
  // judiciary
  court: 'JUD', judge: 'JUD', prosecutor: 'JUD', 'supreme court': 'JUD', tribunal: 'JUD', 'high court': 'JUD',
  // legislature
  parliament: 'LEG', lawmaker: 'LEG', legislator: 'LEG', senate: 'LEG', senator: 'LEG', congress: 'LEG',
  assembly: 'LEG', 'national assembly': 'LEG', deputy: 'LEG', mp: 'LEG', legislature: 'LEG',
  // media
  media: 'MED', 'state media': 'MED', newspaper: 'MED', 'news agency': 'MED', journalist: 'MED',
  broadcaster: 'MED', television: 'MED', radio: 'MED', reporter: 'MED', press: 'MED',
  // civilians
  civilian: 'CVL', resident: 'CVL', villager: 'CVL', citizen: 'CVL', people: 'CVL', protester: 'CVL',
  demonstrator: 'CVL', youth: 'CVL', landowner: 'CVL', crowd: 'CVL', mob: 'CVL', family: 'CVL',
  // others
  student: 'EDU', professor: 'EDU', university: 'EDU', teacher: 'EDU',
  worker: 'LAB', union: 'LAB', 'trade union': 'LAB', employee: 'LAB', labourer: 'LAB', miner: 'LAB', dockworker: 'LAB',
  docker: 'LAB', longshoreman: 'LAB', driver: 'LAB', nurse: 'LAB',
  farmer: 'AGR', peasant: 'AGR', businessman: 'BUS', company: 'BUS', firm: 'BUS', businesswoman: 'BUS',
  refugee: 'REF', 'asylum seeker': 'REF', migrant: 'REF', intelligence: 'SPY', spy: 'SPY', 'intelligence service': 'SPY',
  prisoner: 'CRM', gang: 'CRM', criminal: 'CRM', smuggler: 'CRM', kidnapper: 'CRM',
};

/** Titles that precede a personal name and mark a government (or military) actor. */
export const TITLES: Readonly<Record<string, string>> = {
  president: 'GOV', 'prime minister': 'GOV', minister: 'GOV', chancellor: 'GOV', premier: 'GOV', king: 'GOV',
  queen: 'GOV', emir: 'GOV', sheikh: 'GOV', ambassador: 'GOV', secretary: 'GOV', governor: 'GOV', senator: 'LEG',
  general: 'MIL', gen: 'MIL', 'gen.': 'MIL', colonel: 'MIL', admiral: 'MIL', commander: 'MIL', judge: 'JUD',
  'vice-president': 'GOV', 'vice president': 'GOV', 'foreign minister': 'GOV', 'defence secretary': 'MIL', 'defense secretary': 'MIL',
};

/** One international body: names as written, CAMEO code. */
export interface IgoEntry {
  names: readonly string[];
  code: string;
  canonical: string;
}

/** International bodies (Phoenix.International.actors.txt codes). */
export const IGOS: readonly IgoEntry[] = [
  { canonical: 'United Nations', code: 'IGOUNO', names: ['United Nations', 'UN', 'U.N.', 'U.N', 'Security Council', 'UN Security Council', 'U.N. Security Council', 'General Assembly', 'UNSC'] },
  { canonical: 'World Food Programme', code: 'IGOUNOWFP', names: ['World Food Program', 'World Food Programme', 'WFP'] },
  { canonical: 'International Atomic Energy Agency', code: 'IGOUNOIAE', names: ['International Atomic Energy Agency', 'IAEA'] },
  { canonical: 'International Labour Organization', code: 'IGOUNOLABILO', names: ['International Labor Office', 'International Labour Office', 'International Labor Organization', 'International Labour Organization', 'ILO'] },
  { canonical: 'UNHCR', code: 'IGOUNOREFHCR', names: ['UNHCR', 'UN refugee agency', 'U.N. refugee agency'] },
  { canonical: 'World Health Organization', code: 'IGOUNOHLHWHO', names: ['World Health Organization', 'WHO'] },
  { canonical: 'UNICEF', code: 'IGOUNOKID', names: ['UNICEF'] },
  { canonical: 'World Bank', code: 'IGOUNODEVWBK', names: ['World Bank'] },
  { canonical: 'International Monetary Fund', code: 'IGOBUSIMF', names: ['International Monetary Fund', 'IMF'] },
  { canonical: 'International Court of Justice', code: 'IGOUNOJUDICJ', names: ['International Court of Justice', 'ICJ', 'World Court'] },
  { canonical: 'International Criminal Court', code: 'IGOJUDICC', names: ['International Criminal Court', 'ICC'] },
  { canonical: 'NATO', code: 'IGOWSTNAT', names: ['NATO', 'North Atlantic Treaty Organization', 'Nato'] },
  { canonical: 'European Union', code: 'IGOEUREEC', names: ['European Union', 'EU', 'E.U.', 'European Community', 'EC', 'European Commission', 'European Council'] },
  { canonical: 'African Union', code: 'IGOAFRAU', names: ['African Union', 'AU', 'Organization of African Unity', 'OAU'] },
  { canonical: 'Arab League', code: 'IGOARBALL', names: ['Arab League', 'League of Arab States'] },
  { canonical: 'ASEAN', code: 'IGOSEAASN', names: ['ASEAN', 'Association of Southeast Asian Nations'] },
  { canonical: 'OSCE', code: 'IGOEUROSC', names: ['OSCE', 'Organization for Security and Cooperation in Europe'] },
  { canonical: 'ECOWAS', code: 'IGOWAFWAS', names: ['ECOWAS', 'Economic Community of West African States'] },
  { canonical: 'OPEC', code: 'IGOBUSOPC', names: ['OPEC'] },
  { canonical: 'Red Cross', code: 'NGOHLHIRC', names: ['Red Cross', 'International Committee of the Red Cross', 'ICRC', 'Red Crescent'] },
  { canonical: 'Amnesty International', code: 'NGOHRIAMN', names: ['Amnesty International', 'Amnesty'] },
  { canonical: 'Human Rights Watch', code: 'NGOHRIHRW', names: ['Human Rights Watch', 'HRW'] },
  { canonical: 'Doctors Without Borders', code: 'NGOHLHMSF', names: ['Doctors Without Borders', 'Medecins Sans Frontieres', 'MSF'] },
];

/** Seats of power standing for their state (Wikipedia, "List of metonyms"). */
export const SEATS: Readonly<Record<string, { country: string; sector: string }>> = {
  Kremlin: { country: 'RUS', sector: 'GOV' },
  'White House': { country: 'USA', sector: 'GOV' },
  Pentagon: { country: 'USA', sector: 'MIL' },
  'State Department': { country: 'USA', sector: 'GOV' },
  'Capitol Hill': { country: 'USA', sector: 'LEG' },
  'Foggy Bottom': { country: 'USA', sector: 'GOV' },
  'Downing Street': { country: 'GBR', sector: 'GOV' },
  Whitehall: { country: 'GBR', sector: 'GOV' },
  Westminster: { country: 'GBR', sector: 'LEG' },
  'Élysée': { country: 'FRA', sector: 'GOV' },
  Elysee: { country: 'FRA', sector: 'GOV' },
  "Quai d'Orsay": { country: 'FRA', sector: 'GOV' },
  Zhongnanhai: { country: 'CHN', sector: 'GOV' },
  'Blue House': { country: 'KOR', sector: 'GOV' },
  Knesset: { country: 'ISR', sector: 'LEG' },
  Bundestag: { country: 'DEU', sector: 'LEG' },
  Duma: { country: 'RUS', sector: 'LEG' },
  Bankova: { country: 'UKR', sector: 'GOV' },
  'Rada': { country: 'UKR', sector: 'LEG' },
  'Verkhovna Rada': { country: 'UKR', sector: 'LEG' },
  KCNA: { country: 'PRK', sector: 'MED' },
  'Korean Central News Agency': { country: 'PRK', sector: 'MED' },
};

/**
 * Extra country names common in news that `world-countries` does not list, with demonym plurals
 * for peoples (CAMEO codes a people by its state: "Palestinians" PSE).
 */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  'U.S.': 'USA', US: 'USA', 'U.S': 'USA', America: 'USA', 'United States': 'USA',
  Turkey: 'TUR', Turkish: 'TUR', Britain: 'GBR', 'U.K.': 'GBR', UK: 'GBR', 'Great Britain': 'GBR',
  'Soviet Union': 'RUS', Soviet: 'RUS', USSR: 'RUS', PRC: 'CHN', "People's Republic of China": 'CHN',
  DPRK: 'PRK', 'Republic of Korea': 'KOR', ROK: 'KOR', Burma: 'MMR', Holland: 'NLD',
  'Ivory Coast': 'CIV', Czechoslovak: 'CZE', Czechoslovakia: 'CZE', Yugoslav: 'SRB', Yugoslavia: 'SRB',
  Palestinians: 'PSE', Palestinian: 'PSE', Gaza: 'PSE', 'West Bank': 'PSE', 'Gaza Strip': 'PSE',
  Chechen: 'RUS', Chechnya: 'RUS', Darfur: 'SDN', Bosnian: 'BIH', Bosnia: 'BIH', Taiwanese: 'TWN',
};

/** Capitals news writes that `world-countries` spells otherwise ("Washington D.C.", "Kyiv"). */
export const CAPITAL_ALIASES: Readonly<Record<string, string>> = {
  Washington: 'USA', Kiev: 'UKR', Rangoon: 'MMR', Peking: 'CHN', 'New Delhi': 'IND',
};
