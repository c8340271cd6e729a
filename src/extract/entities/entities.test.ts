import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../nlp/structure.js';
import { tokenize } from '../../nlp/tokens.js';
import type { Entity, Source, UserLexicon } from '../../types.js';
import { entities } from './index.js';
import { mentionIndex, mentionsIn } from './mentions.js';

/** Runs the entities stage on hand-written text (structure and tokens built here). */
function entitiesOf(text: string, lexicon: UserLexicon = {}, diags: string[] = []): Entity[] {
  const source: Source = { text, origin: { path: null, url: null, id: null }, title: null, published: null, outlet: null, format: 'text', links: [], hints: [], skip: [], diagnostics: [] };
  const structure = buildStructure(source);
  const tokens = tokenize(text, structure);
  return entities.run({ source, layers: { structure, tokens }, lexicon, options: {}, report: (code, msg) => diags.push(`${code} ${msg}`) });
}

/** One readable line per mention, in text order: `person 0-14 "Vladimir Putin" =Vladimir Putin RUS/RUSGOV (entities/actor)`. */
function lines(text: string, lexicon?: UserLexicon): string[] {
  return mentionIndex(entitiesOf(text, lexicon)).map((m) => {
    const e = m.entity;
    const name = e.name !== m.text ? ` =${e.name}` : '';
    const where = e.country || e.code ? ` ${e.country ?? '-'}${e.code && e.code !== e.country ? `/${e.code}` : ''}` : '';
    return `${e.type} ${m.start}-${m.end} ${JSON.stringify(m.text)}${name}${where} (${m.rule})`;
  });
}

describe('countries, demonyms, capitals and places', () => {
  const rows: [string, string[]][] = [
    ['Talks between France and Germany stalled.', ['country 14-20 "France" FRA (entities/gazetteer-country)', 'country 25-32 "Germany" DEU (entities/gazetteer-country)']],
    ['The DPRK fired a missile.', ['country 4-8 "DPRK" =North Korea PRK (entities/gazetteer-country)']],
    ['The U.S. and the U.K. agreed.', ['country 4-8 "U.S." =United States USA (entities/gazetteer-country)', 'country 17-21 "U.K." =United Kingdom GBR (entities/gazetteer-country)']],
    ['Turkey and the Netherlands voted.', ['country 0-6 "Turkey" =Türkiye TUR (entities/gazetteer-country)', 'country 15-26 "Netherlands" NLD (entities/gazetteer-country)']],
    ['A Chilean diplomat arrived.', ['country 2-9 "Chilean" =Chile CHL (entities/demonym)']],
    ['Moscow warned Kyiv and Washington.', ['place 0-6 "Moscow" RUS/RUSGOV (entities/capital)', 'place 14-18 "Kyiv" UKR/UKRGOV (entities/capital)', 'place 23-33 "Washington" USA/USAGOV (entities/capital)']],
    ['Shelling hit Kiev overnight.', ['place 13-17 "Kiev" =Kyiv UKR/UKRGOV (entities/capital)']],
    ['Fighting spread from Belgorod to Kharkiv.', ['place 21-29 "Belgorod" RUS (entities/gazetteer-place)', 'place 33-40 "Kharkiv" UKR (entities/gazetteer-place)']],
    ['Storms swept across Texas and Ohio.', ['place 20-25 "Texas" USA (entities/gazetteer-place)', 'place 30-34 "Ohio" USA (entities/gazetteer-place)']],
    ['A man in Dover said it was loud.', ['place 9-14 "Dover" GBR (entities/place-context)']],
    ['Tension is rising in the Middle East.', ['place 25-36 "Middle East" (entities/gazetteer-place)']],
    ['The Kremlin and the Pentagon traded barbs.', ['organization 4-11 "Kremlin" =the Kremlin RUS/RUSGOV (entities/actor)', 'organization 20-28 "Pentagon" =the Pentagon USA/USAMIL (entities/actor)']],
    ['Downing Street declined to comment.', ['organization 0-14 "Downing Street" GBR/GBRGOV (entities/actor)']],
    ['SOCCER - JAPAN BEAT CHINA IN FRIENDLY', ['country 9-14 "JAPAN" =Japan JPN (entities/gazetteer-country)', 'country 20-25 "CHINA" =China CHN (entities/gazetteer-country)']],
  ];
  it.each(rows)('%s', (text, want) => expect(lines(text)).toEqual(want));
});

describe('persons', () => {
  const rows: [string, string[]][] = [
    ['Vladimir Putin met Xi Jinping on Tuesday.', ['person 0-14 "Vladimir Putin" RUS/RUSGOV (entities/actor)', 'person 19-29 "Xi Jinping" CHN/CHNGOV (entities/actor)']],
    ['Senator Margaret Holloway objected.', ['person 8-25 "Margaret Holloway" (entities/title-person)']],
    ['Gen. Tomas Varga ordered a retreat.', ['person 5-16 "Tomas Varga" (entities/title-person)']],
    ['Colombian President Ramon Ibarra spoke.', ['country 0-9 "Colombian" =Colombia COL (entities/demonym)', 'person 20-32 "Ramon Ibarra" COL (entities/title-person)']],
    ['"We will not leave," said Dalia Okonkwo.', ['person 26-39 "Dalia Okonkwo" (entities/speech-person)']],
    ['"It is over," Brannigan told reporters.', ['person 14-23 "Brannigan" (entities/speech-person)']],
    ['Piet Verhoeven arrived late. Verhoeven said he was tired.', ['person 0-14 "Piet Verhoeven" (entities/given-name)', 'person 29-38 "Verhoeven" =Piet Verhoeven (entities/alias)']],
    ['Putin spoke first. Later, Vladimir Putin left.', ['person 0-5 "Putin" =Vladimir Putin RUS/RUSGOV (entities/actor)', 'person 26-40 "Vladimir Putin" RUS/RUSGOV (entities/actor)']],
    ['Democrats Chuck Schumer and Nancy Pelosi objected.', ['person 10-23 "Chuck Schumer" (entities/given-name)', 'person 28-40 "Nancy Pelosi" (entities/given-name)']],
    ['Hunter Biden met Joe Biden.', ['person 0-12 "Hunter Biden" (entities/propn-run)', 'person 17-26 "Joe Biden" USA/USAGOV (entities/actor)']],
    ['Fans cheered Michael Jordan.', ['person 13-27 "Michael Jordan" (entities/given-name)']],
    ['Paul H. Chipok, a lawyer in Orlando, Fla., spoke. Mr. Chipok left.', ['person 0-14 "Paul H. Chipok" USA (entities/given-name)', 'place 28-35 "Orlando" USA (entities/gazetteer-place)', 'place 37-41 "Fla." =Florida USA (entities/gazetteer-place)', 'person 54-60 "Chipok" =Paul H. Chipok USA (entities/alias)']],
    ['S. Waugh made 40 runs.', ['person 0-8 "S. Waugh" (entities/initials-person)']],
    ['Ukrainian lawmaker Oleksandr Kovalenko spoke.', ['country 0-9 "Ukrainian" =Ukraine UKR (entities/demonym)', 'person 19-38 "Oleksandr Kovalenko" UKR (entities/given-name)']],
    ['Steven Marlow fired first. Later Stephen Marlow was seen on camera. Marlow fled.', ['person 0-13 "Steven Marlow" (entities/given-name)', 'person 33-47 "Stephen Marlow" (entities/given-name)', 'person 68-74 "Marlow" =Steven Marlow (entities/alias)']],
    // the head noun of an organisation named before stands for it
    ['The Northern Rail Commission met on Monday. A Commission spokesperson said fares would rise.', ['organization 4-28 "Northern Rail Commission" (entities/org-word)', 'organization 46-56 "Commission" =Northern Rail Commission (entities/alias)']],
    // the principal bearer of a shared surname is named by it alone: the one named most, not the last named
    ['Senator Kay Brandt spoke. Kay Brandt left. Her husband Otto Brandt waved. Brandt said she would run.', ['person 8-18 "Kay Brandt" (entities/title-person)', 'person 26-36 "Kay Brandt" (entities/propn-run)', 'person 55-66 "Otto Brandt" (entities/propn-run)', 'person 74-80 "Brandt" =Kay Brandt (entities/alias)']],
    // ... unless the other was named earlier in the same sentence
    ['Kay Brandt spoke. Kay Brandt left. Otto Brandt, whom Brandt married in 1990, waved.', ['person 0-10 "Kay Brandt" (entities/propn-run)', 'person 18-28 "Kay Brandt" (entities/propn-run)', 'person 35-46 "Otto Brandt" (entities/propn-run)', 'person 53-59 "Brandt" =Otto Brandt (entities/alias)']],
    ['Marlow spoke. Dana Marlow and Ilse Marlow arrived, and Ilse Marlow stayed.', ['person 0-6 "Marlow" =Ilse Marlow (entities/alias)', 'person 14-25 "Dana Marlow" (entities/propn-run)', 'person 30-41 "Ilse Marlow" (entities/propn-run)', 'person 55-66 "Ilse Marlow" (entities/propn-run)']],
    ['Maria Harrow met voters in Ohio. Then Maria smiled.', ['person 0-12 "Maria Harrow" (entities/given-name)', 'place 27-31 "Ohio" USA (entities/gazetteer-place)', 'person 38-43 "Maria" =Maria Harrow (entities/alias)']],
    ['Republican Secretary of State Jon Varek said the count was fair.', ['person 30-39 "Jon Varek" (entities/title-person)']],
    ['Speaker of the House Newt Halloran agreed.', ['person 21-34 "Newt Halloran" (entities/title-person)']],
    ['Inspector Fabio Orsini arrived.', ['person 10-22 "Fabio Orsini" (entities/title-person)']],
    ['Maria Lindqvist, chair of Sweden\'s defence committee, agreed.', ['person 0-15 "Maria Lindqvist" SWE (entities/given-name)', 'country 26-32 "Sweden" SWE (entities/gazetteer-country)']],
  ];
  it.each(rows)('%s', (text, want) => expect(lines(text)).toEqual(want));

  it('takes gender from titles and given names', () => {
    const es = entitiesOf('Mrs. Alda Brenner met John Okafor.');
    expect(es.map((e) => `${e.name} ${e.gender}`)).toEqual(['Alda Brenner female', 'John Okafor male']);
  });
});

describe('organisations', () => {
  const rows: [string, string[]][] = [
    ['KCNA said the test succeeded.', ['organization 0-4 "KCNA" PRK/PRKMED (entities/actor)']],
    ['Reuters and the AP reported it.', ['organization 0-7 "Reuters" GBR/GBRMED (entities/actor)', 'organization 16-18 "AP" =Associated Press USA/USAMED (entities/actor)']],
    ['NATO and the UN met.', ['organization 0-4 "NATO" -/IGONAT (entities/actor)', 'organization 13-15 "UN" =United Nations -/IGOUNO (entities/actor)']],
    ['The Zarovian Liberation Front claimed the attack.', ['organization 4-29 "Zarovian Liberation Front" (entities/org-word)']],
    ['He sold shares in Harlow Mining Corp. last week.', ['organization 18-37 "Harlow Mining Corp." (entities/org-word)']],
    ['The Ministry of Defence denied it.', ['organization 4-23 "Ministry of Defence" (entities/org-word)']],
    ['Japan\'s Fisheries Agency issued a warning.', ['country 0-5 "Japan" JPN (entities/gazetteer-country)', 'organization 8-24 "Fisheries Agency" JPN (entities/org-word)']],
    ['South Korea\'s National Intelligence Service said so.', ['country 0-11 "South Korea" KOR (entities/gazetteer-country)', 'organization 14-43 "National Intelligence Service" KOR/KORGOV (entities/actor)']],
    ['A spokesman for the Port of Rotterdam Authority spoke.', ['organization 20-47 "Port of Rotterdam Authority" NLD (entities/org-word)']],
    ['The Metropolitan Police and the Syrian Armed Forces met.', ['organization 4-23 "Metropolitan Police" (entities/org-word)', 'organization 32-51 "Syrian Armed Forces" SYR (entities/org-word)']],
    ['The Bank of England held rates.', ['organization 4-19 "Bank of England" GBR (entities/org-word)']],
    ['The Harbour Pilots and Tug Crews Union (HPTCU) walked out on Monday. The HPTCU said pay was low.', ['organization 4-38 "Harbour Pilots and Tug Crews Union" (entities/acronym-definition)', 'organization 40-45 "HPTCU" =Harbour Pilots and Tug Crews Union (entities/alias)', 'organization 73-78 "HPTCU" =Harbour Pilots and Tug Crews Union (entities/alias)']],
    ['Members of the Security, Police, and Fire Professionals of Arcadia (SPFPA) marched.', ['organization 15-66 "Security, Police, and Fire Professionals of Arcadia" (entities/acronym-definition)', 'organization 68-73 "SPFPA" =Security, Police, and Fire Professionals of Arcadia (entities/alias)']],
    ['Readers of the Ellsworth Dispatch and Brannock Pharmaceuticals staff protested.', ['organization 15-33 "Ellsworth Dispatch" (entities/org-word)', 'organization 38-62 "Brannock Pharmaceuticals" (entities/org-word)']],
    ['The news agency Varta reported the fire.', ['organization 16-21 "Varta" (entities/org-descriptor)']],
    ['Kestrel spokesman Omar Tate said sales rose.', ['organization 0-7 "Kestrel" (entities/business-context)', 'person 18-27 "Omar Tate" (entities/title-person)']],
    ['The Iraqi News Agency said so.', ['organization 4-21 "Iraqi News Agency" IRQ (entities/org-word)']],
    ['Prices rose, the Treasury said.', ['organization 17-25 "Treasury" (entities/org-word)']],
    ['Trading on the New York Stock Exchange was quiet.', ['organization 15-38 "New York Stock Exchange" USA (entities/org-word)']],
    ['Analysts at the OECD disagreed.', ['group 0-8 "Analysts" (entities/group)', 'organization 16-20 "OECD" (entities/acronym)']],
  ];
  it.each(rows)('%s', (text, want) => expect(lines(text)).toEqual(want));
});

describe('groups', () => {
  const rows: [string, string[]][] = [
    ['North Korean soldiers crossed the river.', ['group 0-21 "North Korean soldiers" PRK/PRKMIL (entities/group)']],
    ['The Russian armed forces withdrew.', ['group 4-24 "Russian armed forces" RUS/RUSMIL (entities/group)']],
    ['Ukrainian commanders admit losses, officials said.', ['group 0-20 "Ukrainian commanders" UKR/UKRMIL (entities/group)', 'group 35-44 "officials" (entities/group)']],
    ['Thousands of Filipinos marched.', ['group 13-22 "Filipinos" PHL (entities/group)']],
    ['North Korean state media praised the troops.', ['group 0-24 "North Korean state media" PRK/PRKMED (entities/group)']],
    ['Muslims and Republicans met the mayor.', ['group 0-7 "Muslims" (entities/affiliation)', 'group 12-23 "Republicans" (entities/affiliation)']],
    ['Iran\'s military denied it.', ['country 0-4 "Iran" IRN (entities/gazetteer-country)', 'group 7-15 "military" =Iran\'s military IRN/IRNMIL (entities/group)']],
  ];
  it.each(rows)('%s', (text, want) => expect(lines(text)).toEqual(want));
});

describe('sports results', () => {
  const rows: [string, string[]][] = [
    ['Leicestershire 22 points, Somerset 4.', ['organization 0-14 "Leicestershire" GBR (entities/team)', 'organization 26-34 "Somerset" GBR (entities/team)']],
    ['DETROIT 61 72 .459', ['organization 0-7 "DETROIT" =Detroit USA (entities/team)']],
    ['Kent 300 Essex 120. Kent batted first in Essex.', ['organization 0-4 "Kent" GBR (entities/team)', 'organization 9-14 "Essex" GBR (entities/team)', 'organization 20-24 "Kent" GBR (entities/team)', 'place 41-46 "Essex" GBR (entities/gazetteer-place)']],
    ['Chicago 5 Boston 3', ['organization 0-7 "Chicago" USA (entities/team)', 'organization 10-16 "Boston" USA (entities/team)']],
    ['Chelsea beat Liverpool on Sunday.', ['organization 0-7 "Chelsea" GBR (entities/team)', 'organization 13-22 "Liverpool" GBR (entities/team)']],
    // a player's role without the player, a result noun before "over" or "against": the city is the team
    ['The Wigan defender was booked after a victory over Gloucester.', ['organization 4-9 "Wigan" GBR (entities/team)', 'organization 51-61 "Gloucester" GBR (entities/team)']],
    ['Hartwell striker Dan Moss scored twice.', ['organization 0-8 "Hartwell" (entities/team)', 'person 17-25 "Dan Moss" (entities/given-name)']],
    ['Ashby 31 Corran 12', ['organization 0-5 "Ashby" (entities/team)', 'organization 9-15 "Corran" (entities/team)']],
    ['Japan 2 Syria 1', ['country 0-5 "Japan" JPN (entities/gazetteer-country)', 'country 8-13 "Syria" SYR (entities/gazetteer-country)']],
  ];
  it.each(rows)('%s', (text, want) => expect(lines(text)).toEqual(want));
});

describe('must not match', () => {
  const rows: [string, string][] = [
    ['Reports reveal heavy losses among the troops.', 'Reports'],
    ['Sources say the talks failed.', 'Sources'],
    ['Meanwhile, prices rose sharply.', 'Meanwhile'],
    ['Still, nobody expected the result.', 'Still'],
    ['Officials met on Monday in March.', 'Monday'],
    ['In June, the Senate voted.', 'June'],
    ['Instructors taught AK-47 use and RPG handling.', 'RPG'],
    ['The GDP grew 3 percent.', 'GDP'],
    ['Analysis: why talks failed', 'Analysis'],
    ['Breaking: markets fall', 'Breaking'],
    ['He said: “I’m tired. We’re done.”', 'I’m'],
    ['“I\'m not leaving,” she said.', 'I\'m'],
    ['Security was tight, and security guards checked bags.', 'Security'],
    ['They chanted SMASH the STATE outside the state house.', 'STATE'],
    ['Suicide of a Superpower: Will America Survive to 2025? is his book.', 'Survive'],
    ['The Vice President arrived late.', 'Vice President'],
  ];
  it.each(rows)('%s has no entity "%s"', (text, word) => {
    const hit = entitiesOf(text).flatMap((e) => e.mentions.filter((m) => m.text === word).map((m) => `${e.type} ${m.text}`));
    expect(hit).toEqual([]);
  });

  it('names of teams, banks and storms are no persons by their shape', () => {
    const text = 'The Blue Herons won again. The Federal Reserve held rates. Hurricane Delia hit West Hartpool.';
    expect(entitiesOf(text).filter((e) => e.type === 'person').map((e) => e.name)).toEqual([]);
  });

  it('a hyphen-joined compound name is no person', () => {
    expect(entitiesOf('Floods swept through Emilia-Romagna on Tuesday.').filter((e) => e.type === 'person').map((e) => e.name)).toEqual([]);
  });

  it('a lower-case "china" or "turkey" is no country', () => {
    expect(lines('We ate turkey off fine china.')).toEqual([]);
  });
});

describe('unseen-news errors (round s4)', () => {
  const rows: [string, string[]][] = [
    ['Mayor Lena Brody of Gary, Ind., spoke.', ['person 6-16 "Lena Brody" (entities/title-person)', 'place 20-24 "Gary" USA (entities/place-context)', 'place 26-30 "Ind." =Indiana USA (entities/gazetteer-place)']],
    ['Police in Groton, Conn., arrested him.', ['group 0-6 "Police" (entities/group)', 'place 10-16 "Groton" USA (entities/place-context)', 'place 18-23 "Conn." =Connecticut USA (entities/gazetteer-place)']],
    ['The Commission on Coastal Safety said on Monday the rules stand.', ['organization 4-32 "Commission on Coastal Safety" (entities/org-word)']],
    ['Majority Whip Tom Harlan objected.', ['person 14-24 "Tom Harlan" (entities/title-person)']],
    ['He served as a Navy captain during the Iraq War.', ['organization 15-19 "Navy" (entities/org-word)', 'other 39-47 "Iraq War" (entities/misc-word)']],
    ['She posted the video on Twitter.', ['organization 24-31 "Twitter" USA/USABUS (entities/actor)']],
    ['Tolan Reyes spoke on Monday.\n\nReyes Denies Any Role', ['person 0-11 "Tolan Reyes" (entities/propn-run)', 'person 30-35 "Reyes" =Tolan Reyes (entities/alias)', 'other 47-51 "Role" (entities/propn-run)']],
  ];
  it.each(rows)('%s', (text, want) => expect(lines(text)).toEqual(want));

  // must not: a headline verb, an office, a possessed thing or a headline is no person
  const notPersons: [string, string][] = [
    ['Tolan Reyes spoke on Monday.\n\nReyes Denies Any Role', 'Reyes Denies'],
    ['Dana Fuller, the Majority Leader, left.', 'Majority Leader'],
    ['He thanked the Majority Whip on Friday.', 'Majority Whip'],
    ['Carl Omondi, a former RNC Chair, said so.', 'RNC Chair'],
    ['Read our Privacy Policy and Terms of Use.', 'Privacy Policy'],
    ['The Doctor: My Patients Were Presidents', 'Patients Were Presidents'],
    ['Story Continued Below', 'Story Continued Below'],
    ['The Obama Administration said so.', 'Administration'],
  ];
  it.each(notPersons)('%s has no person "%s"', (text, word) => {
    expect(entitiesOf(text).filter((e) => e.type === 'person' && e.mentions.some((m) => m.text.includes(word))).map((e) => e.name)).toEqual([]);
  });

  // known weak: a book title in Title Case with no verb still reads as a person's name
  it.fails('a Title Case book title is no person', () => {
    expect(entitiesOf('Read her memoir, Open Waters Ahead, now.').filter((e) => e.type === 'person').map((e) => e.name)).toEqual([]);
  });
});

describe('plural agent nouns, outlets and al- names (round s4, part 3)', () => {
  const rows: [string, string[]][] = [
    ['Protesters said the march was peaceful.', ['group 0-10 "Protesters" (entities/plural-agent)']],
    ['Carvers said the guild would strike.', ['group 0-7 "Carvers" (entities/plural-agent)']],
    ['Translators said the deadline slipped. Two translators quit.', ['group 0-11 "Translators" (entities/plural-agent)']],
    ['Prosecutors dropped the charges on Monday.', ['group 0-11 "Prosecutors" (entities/plural-agent)']],
    ['POLITICO reported that the aide resigned.', ['organization 0-8 "POLITICO" =Politico USA/USAMED (entities/actor)']],
    ['The source told the Washington Free Beacon about it.', ['organization 20-42 "Washington Free Beacon" USA/USAMED (entities/actor)']],
    ['Al Arabiya said two men were held.', ['organization 0-10 "Al Arabiya" SAU/SAUMED (entities/actor)']],
    ['The AFL-CIO endorsed the mayor.', ['organization 4-11 "AFL-CIO" USA/USALAB (entities/actor)']],
    ['He blamed al Qaeda for the blast.', ['organization 10-18 "al Qaeda" =al-Qaeda -/IMGREB (entities/actor)']],
    ['He blamed al-Shabaab for the blast.', ['organization 10-20 "al-Shabaab" SOM/SOMREB (entities/actor)']],
  ];
  it.each(rows)('%s', (text, want) => expect(lines(text)).toEqual(want));

  // must not: a surname that is also a plural noun, a plural noun opening a title, a person named Al
  const notGroups: [string, string][] = [
    ['Senator Ray Sanders spoke on Monday. Sanders said he would run.', 'Sanders'],
    ['Ellen Walters arrived. Walters said she was tired.', 'Walters'],
    ['Readers of the Ellsworth Dispatch protested.', 'Readers'],
  ];
  it.each(notGroups)('%s has no group "%s"', (text, word) => {
    expect(entitiesOf(text).filter((e) => e.type === 'group' && e.mentions.some((m) => m.text === word)).map((e) => e.name)).toEqual([]);
  });
  it('a person named Al is no organisation', () => {
    expect(entitiesOf('Al Corbin said the vote was close.').filter((e) => e.type === 'organization').map((e) => e.name)).toEqual([]);
  });
  it('a family name with al- after a given name stays a person', () => {
    expect(entitiesOf('Karim al-Haddad said the talks failed.').filter((e) => e.type === 'organization').map((e) => e.name)).toEqual([]);
  });
});

describe('the user lexicon (key `actors`)', () => {
  it('adds actors, which win over built-in names', () => {
    const lexicon = { actors: [{ name: 'Dana Whitfield', aliases: ['Whitfield'], type: 'person', country: 'CAN', code: 'CANGOV', sector: 'government', gender: 'female' }, { name: 'Georgia', type: 'person' }] };
    expect(lines('Whitfield met Georgia.', lexicon)).toEqual(['person 0-9 "Whitfield" =Dana Whitfield CAN/CANGOV (entities/user-actor)', 'person 14-21 "Georgia" (entities/user-actor)']);
  });

  it('reports bad entries and keeps the good ones', () => {
    const diags: string[] = [];
    const es = entitiesOf('Zed Quill spoke.', { actors: [{ name: 'Zed Quill', type: 'person' }, { name: '', type: 'person' }, { name: 'X', type: 'robot' }, { name: 'Y', type: 'place', country: 'France' }, 'nope'] }, diags);
    expect(es.map((e) => `${e.name} ${e.type} ${e.mentions[0].rule}`)).toEqual(['Zed Quill person entities/user-actor']);
    expect(diags).toEqual([
      'W_LEXICON_ACTOR lexicon actors[1]: "name" must be a non-empty string',
      'W_LEXICON_ACTOR lexicon actors[2] (X): "type" must be one of person, organization, country, place, group, other',
      'W_LEXICON_ACTOR lexicon actors[3] (Y): "country" must be an ISO 3166-1 alpha-3 code such as "FRA"',
      'W_LEXICON_ACTOR lexicon actors[4]: must be an object like {name: "Jane Doe", type: "person"}',
    ]);
  });
});

describe('the entity list', () => {
  it('orders entities by first mention with ids e1.., and spans equal their slices', () => {
    const text = 'Putin called Macron.\nPutin then called Scholz, said the Kremlin.';
    const es = entitiesOf(text);
    expect(es.map((e) => `${e.id} ${e.name}`)).toEqual(['e1 Vladimir Putin', 'e2 Emmanuel Macron', 'e3 Olaf Scholz', 'e4 the Kremlin']);
    for (const e of es) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds mentions inside a range with mentionsIn', () => {
    const text = 'Putin called Macron. Scholz waited.';
    const index = mentionIndex(entitiesOf(text));
    expect(mentionsIn(index, 0, 20).map((m) => m.text)).toEqual(['Putin', 'Macron']);
  });

  it('joins hard-wrapped names', () => {
    const text = 'The statement, which was released late on Monday evening by the government, came from South Korea’s National Intelligence\nService officials.';
    expect(lines(text)).toEqual([
      'country 86-97 "South Korea" KOR (entities/gazetteer-country)',
      'organization 100-129 "National Intelligence\\nService" =National Intelligence Service KOR/KORGOV (entities/actor)',
      'group 130-139 "officials" (entities/group)',
    ]);
  });
});

describe('the city gazetteer (GeoNames, cities of 30,000+)', () => {
  const rows: [string, string[]][] = [
    ['Schools in Genoa and Bologna closed.', ['place 11-16 "Genoa" ITA (entities/gazetteer-place)', 'place 21-28 "Bologna" ITA (entities/city)']],
    ['A bridge in Kumasi collapsed.', ['place 12-18 "Kumasi" GHA (entities/place-context)']],
    ['Protesters gathered in Rio de Janeiro and Porto Alegre.', ['group 0-10 "Protesters" (entities/plural-agent)', 'place 23-37 "Rio de Janeiro" BRA (entities/gazetteer-place)', 'place 42-54 "Porto Alegre" BRA (entities/gazetteer-place)']],
    ['Rebels shelled Manbij and Aleppo.', ['place 15-21 "Manbij" SYR (entities/city)', 'place 26-32 "Aleppo" SYR (entities/gazetteer-place)']],
    // the most populous city of the name, unless the text names the state or country
    ['The fair moved from Springfield to London, Ontario.', ['place 20-31 "Springfield" USA (entities/place-context)', 'place 35-41 "London" CAN (entities/place-context)', 'place 43-50 "Ontario" CAN (entities/gazetteer-place)']],
    ['Fans in Springfield and Bolton cheered.', ['place 8-19 "Springfield" USA (entities/place-context)', 'place 24-30 "Bolton" GBR (entities/city)']],
    ['Voters in Zurich and Malmo agreed.', ['place 10-16 "Zurich" CHE (entities/gazetteer-place)', 'place 21-26 "Malmo" SWE (entities/city)']],
    ['A Mesa man was charged in Lubbock.', ['place 2-6 "Mesa" USA (entities/city)', 'place 26-33 "Lubbock" USA (entities/place-context)']],
    ['Police in Mobile said the road was shut.', ['group 0-6 "Police" (entities/group)', 'place 10-16 "Mobile" USA (entities/place-context)']],
    // police of the place named beside them (a group: CoNLL-2003 tags police O, the spec has groups with a country)
    ['Police in Ohio and Tulsa police made arrests.', ['group 0-6 "Police" USA/USACOP (entities/group)', 'place 10-14 "Ohio" USA (entities/gazetteer-place)', 'place 19-24 "Tulsa" USA (entities/city)', 'group 25-31 "police" =Police USA/USACOP (entities/group)']],
    ['MANBIJ 2016-08-12', ['place 0-6 "MANBIJ" =Manbij SYR (entities/dateline)']],
    // a given name, a speaker, a possessive, a common noun: the city only where other mentions say so
    ['Ebola reached Mbandaka, said Mbandaka\'s mayor.', ['place 14-22 "Mbandaka" COD (entities/city)', 'place 29-37 "Mbandaka" COD (entities/propn-run)']],
  ];
  it.each(rows)('%s', (text, want) => expect(lines(text)).toEqual(want));

  // must not: a given name, a speaker, a common word or noun, a determiner before the name, a planet, a compound
  const not: [string, string[]][] = [
    ['Jackson said the vote was fair.', []],
    ['"No," Bolton said.', ['person 5-11 "Bolton" (entities/speech-person)']],
    ['Lincoln\'s speech was short.', []],
    ['It was a Nice idea, said the Mobile team.', []],
    ['Reading is fun. Split the bill.', []],
    ['Each Carmel has its rule. The death of Carmel was mourned.', []],
    ['These Metro officers arrived.', []],
    ['They studied Mars and Jupiter.', []],
    ['Rain fell on Chester-le-Street.', []],
    ['Voters in New Bedford waited.', []],
    ['Ben Carson spoke. Trump beat Carson on Monday.', []],
  ];
  it.each(not)('%s', (text, want) => expect(lines(text).filter((l) => /city|place-context/.test(l))).toEqual(want.filter((l) => /city|place-context/.test(l))));

  it('reads a family name named in full as the person, not the town, and gives the person no town country', () => {
    expect(lines('John Bolton arrived. Bolton said no.')).toEqual(['person 0-11 "John Bolton" (entities/given-name)', 'person 21-27 "Bolton" =John Bolton (entities/alias)']);
  });

  // a capitalised word opening a line of a list is a common word unless the document supports it
  const listLines: [string, string[]][] = [
    ['The bill does three things\nBans bump stocks\nRaises the age limit\nClassroom teachers are excluded', []],
  ];
  it.each(listLines)('%s', (text, want) => expect(lines(text)).toEqual(want));
});

describe('unseen-news errors (round s5, part 2)', () => {
  const rows: [string, string[]][] = [
    // AP Stylebook: bare "Congo" is the Democratic Republic of Congo, "Republic of Congo" the smaller one
    ['Fighting in Congo spread east.', ['country 12-17 "Congo" =DR Congo COD (entities/gazetteer-country)']],
    ['The Republic of Congo shut its border.', ['country 4-21 "Republic of Congo" =Republic of the Congo COG (entities/gazetteer-country)']],
    // a run ending in a GeoNames generic term is a place
    ['Troops landed on Midway Atoll.', ['place 17-29 "Midway Atoll" (entities/place-word)']],
    ['Divers mapped Tubbataha Reef.', ['place 14-28 "Tubbataha Reef" (entities/place-word)']],
    // a nameplate word ends a newspaper's name
    ['The Daily Mail ran the story.', ['organization 4-14 "Daily Mail" (entities/org-word)']],
    // a disease is neither a place nor a person (the events layer's EM-DAT / WHO hazard list)
    ['Cases of Ebola in Bikoro rose. Ebola killed 20.', ['other 9-14 "Ebola" (entities/hazard)', 'place 18-24 "Bikoro" (entities/place-context)', 'other 31-36 "Ebola" (entities/hazard)']],
    // more place evidence than speech evidence: a town that once "said"
    ['Aid reached Mbandaka. Officials in Mbandaka waited. Mbandaka said little.', ['place 12-20 "Mbandaka" COD (entities/city)', 'place 35-43 "Mbandaka" COD (entities/place-context)', 'place 52-60 "Mbandaka" COD (entities/speech-person)']],
  ];
  it.each(rows)('%s', (text, want) => expect(lines(text)).toEqual(want));

  // must not: a square named after a paper, a speaker named once with no place evidence, a person whose surname is a town
  const not: [string, string[]][] = [
    ['Crowds filled Times Square.', ['place 14-26 "Times Square" (entities/place-word)']],
    ['Fire broke out at dawn.', []],
    ['"No," Carver said. Carver left.', ['person 6-12 "Carver" (entities/speech-person)', 'person 19-25 "Carver" (entities/propn-run)']],
    ['Jane Reading said no. Reading left early.', ['person 0-12 "Jane Reading" (entities/given-name)', 'person 22-29 "Reading" =Jane Reading (entities/alias)']],
  ];
  it.each(not)('%s', (text, want) => expect(lines(text)).toEqual(want));
});
