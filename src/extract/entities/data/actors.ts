/**
 * Curated actors: world leaders, agencies, state media, militaries, seats of power and
 * intergovernmental organisations. Each list names its source; users add their own through the
 * `--lexicon` key `actors` (same entry shape, see `ActorEntry`).
 *
 * `code` follows CAMEO actor codes (Schrodt 2012): ISO-3 country + sector code (GOV, MIL, MED, LEG,
 * COP, JUD, BUS), or IGO/NGO + a short name for international organisations.
 */
import type { EntityType } from '../../../types.js';

/** One curated or user-supplied actor. */
export interface ActorEntry {
  name: string;
  aliases?: string[];
  type: EntityType;
  country?: string | null;
  code?: string | null;
  sector?: string | null;
  gender?: 'male' | 'female' | null;
}

/** A list of actors with the published source it was taken from. */
export interface ActorList {
  source: string;
  actors: ActorEntry[];
}

/**
 * Family names that cannot stand alone for one leader: shared by many people (Lee, Li, Kim, Wang,
 * Johnson, Harris) or ordinary words (Moon, Austin). Such leaders are found by their full names only.
 */
const AMBIGUOUS_SHORT = new Set(['Un', 'Jong', 'Hui', 'Yi', 'Qiang', 'Jae-myung', 'Duck-soo', 'Jae-in', 'Harris', 'Johnson', 'Clinton', 'Bush', 'Austin', 'Sharif', 'III', 'Silva', 'Salman', 'el-Sisi', 'al-Assad', 'Vance', 'Jong-un', 'Yo-jong', 'Son-hui']);

/** A head of state or government, also known by the last word of the name ("Putin") where that is unambiguous. */
const leader = (name: string, country: string, gender: 'male' | 'female', aliases: string[] = []): ActorEntry => {
  const last = name.split(' ').pop()!;
  const short = AMBIGUOUS_SHORT.has(last) ? [] : [last];
  return { name, aliases: [...aliases, ...short], type: 'person', country, code: `${country}GOV`, sector: 'government', gender };
};

/** The built-in actor lists. */
export const ACTOR_LISTS: ActorList[] = [
  {
    source: 'Wikipedia, "List of current heads of state and government" and "List of foreign ministers" (2024-2025 holders and their recent predecessors)',
    actors: [
      leader('Vladimir Putin', 'RUS', 'male', ['Vladimir Vladimirovich Putin']),
      leader('Dmitry Medvedev', 'RUS', 'male'), leader('Sergei Lavrov', 'RUS', 'male'), leader('Mikhail Mishustin', 'RUS', 'male'),
      leader('Dmitry Peskov', 'RUS', 'male'), leader('Sergei Shoigu', 'RUS', 'male'), leader('Andrei Belousov', 'RUS', 'male'),
      leader('Kim Jong Un', 'PRK', 'male', ['Kim Jong-un', 'Kim Jong-Un']), leader('Kim Yo Jong', 'PRK', 'female', ['Kim Yo-jong']),
      leader('Choe Son Hui', 'PRK', 'female', ['Choe Son-hui']),
      leader('Volodymyr Zelensky', 'UKR', 'male', ['Volodymyr Zelenskyy', 'Volodymyr Zelenskiy']), leader('Andriy Yermak', 'UKR', 'male'),
      leader('Dmytro Kuleba', 'UKR', 'male'), leader('Andrii Sybiha', 'UKR', 'male'), leader('Denys Shmyhal', 'UKR', 'male'),
      leader('Yulia Svyrydenko', 'UKR', 'female'),
      leader('Joe Biden', 'USA', 'male', ['Joseph Biden', 'Joseph R. Biden']), leader('Donald Trump', 'USA', 'male', ['Donald J. Trump']),
      leader('Kamala Harris', 'USA', 'female'), leader('JD Vance', 'USA', 'male', ['J.D. Vance']), leader('Antony Blinken', 'USA', 'male'),
      leader('Marco Rubio', 'USA', 'male'), leader('Lloyd Austin', 'USA', 'male'), leader('Pete Hegseth', 'USA', 'male'),
      leader('Barack Obama', 'USA', 'male'), leader('Hillary Clinton', 'USA', 'female'), leader('Bill Clinton', 'USA', 'male'),
      leader('George W. Bush', 'USA', 'male'),
      leader('Xi Jinping', 'CHN', 'male', ['Xi']), leader('Li Qiang', 'CHN', 'male'), leader('Wang Yi', 'CHN', 'male'),
      leader('Yoon Suk Yeol', 'KOR', 'male', ['Yoon Suk-yeol', 'Yoon']), leader('Lee Jae-myung', 'KOR', 'male', ['Lee Jae Myung']),
      leader('Han Duck-soo', 'KOR', 'male'), leader('Moon Jae-in', 'KOR', 'male'),
      leader('Keir Starmer', 'GBR', 'male'), leader('Rishi Sunak', 'GBR', 'male'), leader('Boris Johnson', 'GBR', 'male'),
      leader('David Lammy', 'GBR', 'male'), leader('King Charles III', 'GBR', 'male', ['King Charles']),
      leader('Emmanuel Macron', 'FRA', 'male'), leader('Olaf Scholz', 'DEU', 'male'), leader('Friedrich Merz', 'DEU', 'male'),
      leader('Angela Merkel', 'DEU', 'female'), leader('Giorgia Meloni', 'ITA', 'female'), leader('Pedro Sánchez', 'ESP', 'male'),
      leader('Donald Tusk', 'POL', 'male'), leader('Andrzej Duda', 'POL', 'male'), leader('Viktor Orbán', 'HUN', 'male', ['Viktor Orban']),
      leader('Recep Tayyip Erdoğan', 'TUR', 'male', ['Recep Tayyip Erdogan', 'Tayyip Erdogan', 'Erdogan']),
      leader('Narendra Modi', 'IND', 'male'), leader('Shehbaz Sharif', 'PAK', 'male'), leader('Fumio Kishida', 'JPN', 'male'),
      leader('Shigeru Ishiba', 'JPN', 'male'), leader('Benjamin Netanyahu', 'ISR', 'male'), leader('Isaac Herzog', 'ISR', 'male'),
      leader('Ali Khamenei', 'IRN', 'male', ['Ayatollah Ali Khamenei']), leader('Masoud Pezeshkian', 'IRN', 'male'),
      leader('Mohammed bin Salman', 'SAU', 'male'), leader('Abdel Fattah el-Sisi', 'EGY', 'male', ['Abdel Fattah al-Sisi']),
      leader('Bashar al-Assad', 'SYR', 'male', ['Assad']), leader('Alexander Lukashenko', 'BLR', 'male'),
      leader('Luiz Inácio Lula da Silva', 'BRA', 'male', ['Lula da Silva', 'Lula']), leader('Javier Milei', 'ARG', 'male'),
      leader('Claudia Sheinbaum', 'MEX', 'female'), leader('Justin Trudeau', 'CAN', 'male'), leader('Mark Carney', 'CAN', 'male'),
      leader('Anthony Albanese', 'AUS', 'male'), leader('Cyril Ramaphosa', 'ZAF', 'male'), leader('Bola Tinubu', 'NGA', 'male'),
      leader('Nicolás Maduro', 'VEN', 'male', ['Nicolas Maduro']), leader('Miguel Díaz-Canel', 'CUB', 'male'),
    ],
  },
  {
    source: 'Wikipedia, "List of intergovernmental organizations" (CAMEO IGO codes from the CAMEO codebook, Schrodt 2012)',
    actors: [
      { name: 'United Nations', aliases: ['UN', 'U.N.'], type: 'organization', country: null, code: 'IGOUNO', sector: 'igo' },
      { name: 'UN Security Council', aliases: ['U.N. Security Council', 'United Nations Security Council', 'Security Council'], type: 'organization', country: null, code: 'IGOUNO', sector: 'igo' },
      { name: 'UN General Assembly', aliases: ['U.N. General Assembly', 'United Nations General Assembly'], type: 'organization', country: null, code: 'IGOUNO', sector: 'igo' },
      { name: 'NATO', aliases: ['North Atlantic Treaty Organization', 'Nato'], type: 'organization', country: null, code: 'IGONAT', sector: 'igo' },
      { name: 'European Union', aliases: ['EU', 'E.U.'], type: 'organization', country: null, code: 'IGOEUR', sector: 'igo' },
      { name: 'European Commission', type: 'organization', country: null, code: 'IGOEUR', sector: 'igo' },
      { name: 'European Parliament', type: 'organization', country: null, code: 'IGOEUR', sector: 'igo' },
      { name: 'International Atomic Energy Agency', aliases: ['IAEA'], type: 'organization', country: null, code: 'IGOUNO', sector: 'igo' },
      { name: 'World Health Organization', aliases: ['WHO'], type: 'organization', country: null, code: 'IGOUNO', sector: 'igo' },
      { name: 'International Monetary Fund', aliases: ['IMF'], type: 'organization', country: null, code: 'IGOIMF', sector: 'igo' },
      { name: 'World Bank', type: 'organization', country: null, code: 'IGOWBK', sector: 'igo' },
      { name: 'World Trade Organization', aliases: ['WTO'], type: 'organization', country: null, code: 'IGOWTO', sector: 'igo' },
      { name: 'Organization for Security and Co-operation in Europe', aliases: ['OSCE'], type: 'organization', country: null, code: 'IGOOSC', sector: 'igo' },
      { name: 'Association of Southeast Asian Nations', aliases: ['ASEAN'], type: 'organization', country: null, code: 'IGOSEA', sector: 'igo' },
      { name: 'African Union', aliases: ['AU'], type: 'organization', country: null, code: 'IGOAFU', sector: 'igo' },
      { name: 'Arab League', type: 'organization', country: null, code: 'IGOARL', sector: 'igo' },
      { name: 'OPEC', aliases: ['Organization of the Petroleum Exporting Countries'], type: 'organization', country: null, code: 'IGOOPC', sector: 'igo' },
      { name: 'G7', aliases: ['Group of Seven', 'G-7'], type: 'organization', country: null, code: 'IGOG7', sector: 'igo' },
      { name: 'G20', aliases: ['Group of 20', 'G-20'], type: 'organization', country: null, code: 'IGOG20', sector: 'igo' },
      { name: 'BRICS', type: 'organization', country: null, code: 'IGOBRI', sector: 'igo' },
      { name: 'International Criminal Court', aliases: ['ICC'], type: 'organization', country: null, code: 'IGOICC', sector: 'judiciary' },
      { name: 'International Court of Justice', aliases: ['ICJ'], type: 'organization', country: null, code: 'IGOICJ', sector: 'judiciary' },
      { name: 'UNICEF', type: 'organization', country: null, code: 'IGOUNO', sector: 'igo' },
      { name: 'UNHCR', aliases: ['UN refugee agency'], type: 'organization', country: null, code: 'IGOUNO', sector: 'igo' },
      { name: 'International Committee of the Red Cross', aliases: ['ICRC', 'Red Cross'], type: 'organization', country: null, code: 'NGORCR', sector: 'ngo' },
      { name: 'Amnesty International', type: 'organization', country: null, code: 'NGOAMN', sector: 'ngo' },
      { name: 'Human Rights Watch', type: 'organization', country: null, code: 'NGOHRW', sector: 'ngo' },
    ],
  },
  {
    source: 'Wikipedia, "List of social platforms with at least 100 million active users" and "List of most-visited websites" (the platforms and their companies, where the name is no common word)',
    actors: [
      { name: 'Twitter', type: 'organization', country: 'USA', code: 'USABUS', sector: 'business' },
      { name: 'Facebook', type: 'organization', country: 'USA', code: 'USABUS', sector: 'business' },
      { name: 'YouTube', type: 'organization', country: 'USA', code: 'USABUS', sector: 'business' },
      { name: 'Google', type: 'organization', country: 'USA', code: 'USABUS', sector: 'business' },
      { name: 'Instagram', type: 'organization', country: 'USA', code: 'USABUS', sector: 'business' },
      { name: 'WhatsApp', type: 'organization', country: 'USA', code: 'USABUS', sector: 'business' },
      { name: 'TikTok', type: 'organization', country: 'CHN', code: 'CHNBUS', sector: 'business' },
      { name: 'Reddit', type: 'organization', country: 'USA', code: 'USABUS', sector: 'business' },
      { name: 'LinkedIn', type: 'organization', country: 'USA', code: 'USABUS', sector: 'business' },
      { name: 'Snapchat', type: 'organization', country: 'USA', code: 'USABUS', sector: 'business' },
      { name: 'Microsoft', type: 'organization', country: 'USA', code: 'USABUS', sector: 'business' },
      { name: 'Netflix', type: 'organization', country: 'USA', code: 'USABUS', sector: 'business' },
    ],
  },
  {
    source: 'Wikipedia, "List of news agencies" and "State media" (national news agencies and public broadcasters)',
    actors: [
      { name: 'KCNA', aliases: ['Korean Central News Agency'], type: 'organization', country: 'PRK', code: 'PRKMED', sector: 'media' },
      { name: 'Rodong Sinmun', type: 'organization', country: 'PRK', code: 'PRKMED', sector: 'media' },
      { name: 'Yonhap', aliases: ['Yonhap News Agency'], type: 'organization', country: 'KOR', code: 'KORMED', sector: 'media' },
      { name: 'TASS', aliases: ['Tass'], type: 'organization', country: 'RUS', code: 'RUSMED', sector: 'media' },
      { name: 'RIA Novosti', aliases: ['RIA'], type: 'organization', country: 'RUS', code: 'RUSMED', sector: 'media' },
      { name: 'Interfax', type: 'organization', country: 'RUS', code: 'RUSMED', sector: 'media' },
      { name: 'RT', aliases: ['Russia Today'], type: 'organization', country: 'RUS', code: 'RUSMED', sector: 'media' },
      { name: 'Xinhua', aliases: ['Xinhua News Agency'], type: 'organization', country: 'CHN', code: 'CHNMED', sector: 'media' },
      { name: 'Ukrinform', type: 'organization', country: 'UKR', code: 'UKRMED', sector: 'media' },
      { name: 'Kyodo', aliases: ['Kyodo News'], type: 'organization', country: 'JPN', code: 'JPNMED', sector: 'media' },
      { name: 'IRNA', type: 'organization', country: 'IRN', code: 'IRNMED', sector: 'media' },
      { name: 'Anadolu', aliases: ['Anadolu Agency'], type: 'organization', country: 'TUR', code: 'TURMED', sector: 'media' },
      { name: 'Reuters', type: 'organization', country: 'GBR', code: 'GBRMED', sector: 'media' },
      { name: 'Associated Press', aliases: ['AP'], type: 'organization', country: 'USA', code: 'USAMED', sector: 'media' },
      { name: 'Agence France-Presse', aliases: ['AFP', 'Agence France Presse'], type: 'organization', country: 'FRA', code: 'FRAMED', sector: 'media' },
      { name: 'Bloomberg', aliases: ['Bloomberg News'], type: 'organization', country: 'USA', code: 'USAMED', sector: 'media' },
      { name: 'BBC', aliases: ['British Broadcasting Corporation'], type: 'organization', country: 'GBR', code: 'GBRMED', sector: 'media' },
      { name: 'CNN', type: 'organization', country: 'USA', code: 'USAMED', sector: 'media' },
      { name: 'Al Jazeera', type: 'organization', country: 'QAT', code: 'QATMED', sector: 'media' },
      { name: 'Deutsche Welle', aliases: ['DW'], type: 'organization', country: 'DEU', code: 'DEUMED', sector: 'media' },
      { name: 'NPR', type: 'organization', country: 'USA', code: 'USAMED', sector: 'media' },
      { name: 'The New York Times', aliases: ['New York Times'], type: 'organization', country: 'USA', code: 'USAMED', sector: 'media' },
      { name: 'The Washington Post', aliases: ['Washington Post'], type: 'organization', country: 'USA', code: 'USAMED', sector: 'media' },
      { name: 'The Wall Street Journal', aliases: ['Wall Street Journal'], type: 'organization', country: 'USA', code: 'USAMED', sector: 'media' },
      { name: 'Fox News', type: 'organization', country: 'USA', code: 'USAMED', sector: 'media' },
    ],
  },
  {
    source: 'Wikipedia, "List of newspapers in the United States", "List of news websites" and "List of Arabic-language television channels" (national outlets)',
    actors: [
      { name: 'Politico', aliases: ['POLITICO'], type: 'organization', country: 'USA', code: 'USAMED', sector: 'media' },
      { name: 'Washington Free Beacon', aliases: ['Free Beacon'], type: 'organization', country: 'USA', code: 'USAMED', sector: 'media' },
      { name: 'Axios', type: 'organization', country: 'USA', code: 'USAMED', sector: 'media' },
      { name: 'Breitbart News', aliases: ['Breitbart'], type: 'organization', country: 'USA', code: 'USAMED', sector: 'media' },
      { name: 'The Daily Caller', aliases: ['Daily Caller'], type: 'organization', country: 'USA', code: 'USAMED', sector: 'media' },
      { name: 'Daily Caller News Foundation', type: 'organization', country: 'USA', code: 'USAMED', sector: 'media' },
      { name: 'HuffPost', aliases: ['Huffington Post', 'The Huffington Post'], type: 'organization', country: 'USA', code: 'USAMED', sector: 'media' },
      { name: 'BuzzFeed News', aliases: ['BuzzFeed'], type: 'organization', country: 'USA', code: 'USAMED', sector: 'media' },
      { name: 'USA Today', aliases: ['USA TODAY'], type: 'organization', country: 'USA', code: 'USAMED', sector: 'media' },
      { name: 'Los Angeles Times', aliases: ['The Los Angeles Times', 'LA Times'], type: 'organization', country: 'USA', code: 'USAMED', sector: 'media' },
      { name: 'Chicago Tribune', type: 'organization', country: 'USA', code: 'USAMED', sector: 'media' },
      { name: 'MSNBC', type: 'organization', country: 'USA', code: 'USAMED', sector: 'media' },
      { name: 'CNBC', type: 'organization', country: 'USA', code: 'USAMED', sector: 'media' },
      { name: 'ABC News', type: 'organization', country: 'USA', code: 'USAMED', sector: 'media' },
      { name: 'CBS News', type: 'organization', country: 'USA', code: 'USAMED', sector: 'media' },
      { name: 'NBC News', type: 'organization', country: 'USA', code: 'USAMED', sector: 'media' },
      { name: 'The Guardian', type: 'organization', country: 'GBR', code: 'GBRMED', sector: 'media' },
      { name: 'Sky News', type: 'organization', country: 'GBR', code: 'GBRMED', sector: 'media' },
      { name: 'Al Arabiya', aliases: ['Al-Arabiya'], type: 'organization', country: 'SAU', code: 'SAUMED', sector: 'media' },
      { name: 'Al Mayadeen', type: 'organization', country: 'LBN', code: 'LBNMED', sector: 'media' },
      { name: 'Al Manar', aliases: ['Al-Manar'], type: 'organization', country: 'LBN', code: 'LBNMED', sector: 'media' },
    ],
  },
  {
    source: 'Wikipedia, "List of federations of trade unions" (national union centres)',
    actors: [
      { name: 'AFL-CIO', aliases: ['American Federation of Labor and Congress of Industrial Organizations'], type: 'organization', country: 'USA', code: 'USALAB', sector: 'labor' },
      { name: 'Trades Union Congress', aliases: ['TUC'], type: 'organization', country: 'GBR', code: 'GBRLAB', sector: 'labor' },
      { name: 'Canadian Labour Congress', type: 'organization', country: 'CAN', code: 'CANLAB', sector: 'labor' },
    ],
  },
  {
    source: 'Wikipedia, "List of designated terrorist groups" (groups named with the Arabic article al-)',
    actors: [
      { name: 'al-Qaeda', aliases: ['al Qaeda', 'Al Qaeda', 'Al-Qaeda', 'al-Qaida', 'al Qaida', 'Al-Qaida', 'Al Qaida'], type: 'organization', country: null, code: 'IMGREB', sector: 'rebels' },
      { name: 'al-Shabaab', aliases: ['al Shabaab', 'Al-Shabaab', 'Al Shabaab'], type: 'organization', country: 'SOM', code: 'SOMREB', sector: 'rebels' },
      { name: 'al-Nusra Front', aliases: ['Nusra Front', 'Jabhat al-Nusra', 'al-Nusra'], type: 'organization', country: 'SYR', code: 'SYRREB', sector: 'rebels' },
      { name: 'al-Aqsa Martyrs\' Brigades', aliases: ['Al-Aqsa Martyrs\' Brigades'], type: 'organization', country: 'PSE', code: 'PSEREB', sector: 'rebels' },
    ],
  },
  {
    source: 'Wikipedia, "List of intelligence agencies" and "List of militaries by country"',
    actors: [
      { name: 'National Intelligence Service', aliases: ['NIS'], type: 'organization', country: 'KOR', code: 'KORGOV', sector: 'intelligence' },
      { name: 'Central Intelligence Agency', aliases: ['CIA'], type: 'organization', country: 'USA', code: 'USAGOV', sector: 'intelligence' },
      { name: 'Federal Bureau of Investigation', aliases: ['FBI'], type: 'organization', country: 'USA', code: 'USACOP', sector: 'police' },
      { name: 'National Security Agency', aliases: ['NSA'], type: 'organization', country: 'USA', code: 'USAGOV', sector: 'intelligence' },
      { name: 'Federal Security Service', aliases: ['FSB'], type: 'organization', country: 'RUS', code: 'RUSGOV', sector: 'intelligence' },
      { name: 'GRU', type: 'organization', country: 'RUS', code: 'RUSMIL', sector: 'intelligence' },
      { name: 'Security Service of Ukraine', aliases: ['SBU'], type: 'organization', country: 'UKR', code: 'UKRGOV', sector: 'intelligence' },
      { name: 'HUR', aliases: ['Defence Intelligence of Ukraine'], type: 'organization', country: 'UKR', code: 'UKRMIL', sector: 'intelligence' },
      { name: 'MI6', aliases: ['Secret Intelligence Service'], type: 'organization', country: 'GBR', code: 'GBRGOV', sector: 'intelligence' },
      { name: 'MI5', type: 'organization', country: 'GBR', code: 'GBRGOV', sector: 'intelligence' },
      { name: 'Mossad', type: 'organization', country: 'ISR', code: 'ISRGOV', sector: 'intelligence' },
      { name: 'Korean People\'s Army', aliases: ['KPA'], type: 'organization', country: 'PRK', code: 'PRKMIL', sector: 'military' },
      { name: 'People\'s Liberation Army', aliases: ['PLA'], type: 'organization', country: 'CHN', code: 'CHNMIL', sector: 'military' },
      { name: 'Islamic Revolutionary Guard Corps', aliases: ['IRGC', 'Revolutionary Guards'], type: 'organization', country: 'IRN', code: 'IRNMIL', sector: 'military' },
      { name: 'Israel Defense Forces', aliases: ['IDF'], type: 'organization', country: 'ISR', code: 'ISRMIL', sector: 'military' },
      { name: 'Joint Chiefs of Staff', type: 'organization', country: null, code: null, sector: 'military' },
      { name: 'Wagner Group', aliases: ['Wagner'], type: 'organization', country: 'RUS', code: 'RUSMIL', sector: 'military' },
      { name: 'Hamas', type: 'organization', country: 'PSE', code: 'PSEREB', sector: 'rebels' },
      { name: 'Hezbollah', type: 'organization', country: 'LBN', code: 'LBNREB', sector: 'rebels' },
      { name: 'Taliban', type: 'organization', country: 'AFG', code: 'AFGREB', sector: 'rebels' },
      { name: 'Islamic State', aliases: ['ISIS', 'ISIL'], type: 'organization', country: null, code: 'IMGREB', sector: 'rebels' },
      { name: 'Houthis', aliases: ['Houthi'], type: 'organization', country: 'YEM', code: 'YEMREB', sector: 'rebels' },
    ],
  },
  {
    source: 'Wikipedia, "Metonymy" (examples of seats of power used for governments: the Kremlin, the White House, Downing Street, the Pentagon)',
    actors: [
      { name: 'the Kremlin', aliases: ['Kremlin'], type: 'organization', country: 'RUS', code: 'RUSGOV', sector: 'government' },
      { name: 'the White House', aliases: ['White House'], type: 'organization', country: 'USA', code: 'USAGOV', sector: 'government' },
      { name: 'the Pentagon', aliases: ['Pentagon'], type: 'organization', country: 'USA', code: 'USAMIL', sector: 'military' },
      { name: 'State Department', aliases: ['U.S. State Department', 'US State Department'], type: 'organization', country: 'USA', code: 'USAGOV', sector: 'government' },
      { name: 'Capitol Hill', type: 'organization', country: 'USA', code: 'USALEG', sector: 'legislature' },
      { name: 'Downing Street', aliases: ['No 10', 'Number 10'], type: 'organization', country: 'GBR', code: 'GBRGOV', sector: 'government' },
      { name: 'Whitehall', type: 'organization', country: 'GBR', code: 'GBRGOV', sector: 'government' },
      { name: 'the Élysée', aliases: ['Élysée', 'Elysee', 'Élysée Palace', 'Elysee Palace'], type: 'organization', country: 'FRA', code: 'FRAGOV', sector: 'government' },
      { name: 'Zhongnanhai', type: 'organization', country: 'CHN', code: 'CHNGOV', sector: 'government' },
      { name: 'the Blue House', aliases: ['Blue House', 'Cheong Wa Dae'], type: 'organization', country: 'KOR', code: 'KORGOV', sector: 'government' },
      { name: 'Bankova', type: 'organization', country: 'UKR', code: 'UKRGOV', sector: 'government' },
      { name: 'Verkhovna Rada', aliases: ['Rada'], type: 'organization', country: 'UKR', code: 'UKRLEG', sector: 'legislature' },
      { name: 'State Duma', aliases: ['Duma'], type: 'organization', country: 'RUS', code: 'RUSLEG', sector: 'legislature' },
      { name: 'Bundestag', type: 'organization', country: 'DEU', code: 'DEULEG', sector: 'legislature' },
      { name: 'Knesset', type: 'organization', country: 'ISR', code: 'ISRLEG', sector: 'legislature' },
      { name: 'Congress', aliases: ['U.S. Congress', 'US Congress'], type: 'organization', country: 'USA', code: 'USALEG', sector: 'legislature' },
      { name: 'Senate', aliases: ['U.S. Senate', 'US Senate'], type: 'organization', country: 'USA', code: 'USALEG', sector: 'legislature' },
    ],
  },
];
