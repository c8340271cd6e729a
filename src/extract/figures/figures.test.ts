import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../nlp/structure.js';
import { tokenize } from '../../nlp/tokens.js';
import type { Entity, Figure, Hedge, Quote, Source, UserLexicon } from '../../types.js';
import { extractFigures } from './figures.js';

/** Builds the layers by hand (no entities, quotes or hedges unless given) and extracts figures. */
function figuresOf(text: string, extra: { quotes?: Quote[]; hedges?: Hedge[]; entities?: Entity[]; lexicon?: UserLexicon } = {}, diags: string[] = []): Figure[] {
  const source: Source = { text, origin: { path: null, url: null, id: null }, title: null, published: null, outlet: null, format: 'text', links: [], hints: [], skip: [], diagnostics: [] };
  const structure = buildStructure(source);
  const tokens = tokenize(text, structure);
  return extractFigures(text, { tokens, entities: extra.entities ?? [], quotes: extra.quotes ?? [], hedges: extra.hedges ?? [] }, extra.lexicon ?? {}, (code, msg) => diags.push(`${code} ${msg}`));
}

/** One readable line per figure. */
function render(f: Figure): string {
  const parts = [`figure ${f.start}-${f.end} ${JSON.stringify(f.text)} ${f.value} ${f.qualifier}`];
  if (f.min !== null || f.max !== null) parts.push(`[${f.min ?? ''}..${f.max ?? ''}]`);
  if (f.unit !== null) parts.push(`unit=${f.unit}`);
  if (f.unitText !== null && f.unitText !== f.unit) parts.push(`unitText=${JSON.stringify(f.unitText)}`);
  if (f.currency) parts.push(`currency=${f.currency}`);
  if (f.percentOf) parts.push(`of=${JSON.stringify(f.percentOf)}`);
  if (f.partOf) parts.push(`partOf=${f.partOf}`);
  if (f.about) parts.push(`about=${JSON.stringify(f.about)}`);
  if (f.source) parts.push(`source=${JSON.stringify(f.source.name)}${f.source.vague ? '(vague)' : ''}${f.source.entity ? `<${f.source.entity}>` : ''}${f.source.quote ? `[${f.source.quote}]` : ''}`);
  if (f.hedges.length) parts.push(`hedges=${f.hedges.map((h) => h.text).join('|')}`);
  parts.push(`(${f.rule})`);
  return parts.join(' ');
}

const lines = (text: string, extra?: Parameters<typeof figuresOf>[1]) => figuresOf(text, extra).map(render);

describe('qualifiers', () => {
  const rows: [string, string[]][] = [
    ['Officials counted 12,000 troops.', ['figure 18-31 "12,000 troops" 12000 exact unit=troops source="Officials"(vague) (figures/number-noun)']],
    ['The army has about 500 tanks.', ['figure 13-28 "about 500 tanks" 500 approximate unit=tanks (figures/number-noun)']],
    ['Some 12,000 soldiers crossed.', ['figure 0-20 "Some 12,000 soldiers" 12000 approximate unit=soldiers (figures/number-noun)']],
    ['An estimated 300 homes burned.', ['figure 0-22 "An estimated 300 homes" 300 approximate unit=homes (figures/number-noun)']],
    ['Nearly 40 villages were hit.', ['figure 0-18 "Nearly 40 villages" 40 approximate unit=villages (figures/number-noun)']],
    ['The pact allows up to 8,000 troops.', ['figure 16-34 "up to 8,000 troops" 8000 upper-bound [..8000] unit=troops (figures/number-noun)']],
    ['As many as 90 people drowned.', ['figure 0-20 "As many as 90 people" 90 upper-bound [..90] unit=people (figures/number-noun)']],
    ['It may last as long as 18 years.', ['figure 12-31 "as long as 18 years" 18 upper-bound [..18] unit=years (figures/number-noun)']],
    ['No more than 30 ships remain.', ['figure 0-21 "No more than 30 ships" 30 upper-bound [..30] unit=ships (figures/number-noun)']],
    ['At least 45 civilians died.', ['figure 0-21 "At least 45 civilians" 45 lower-bound [45..] unit=civilians (figures/number-noun)']],
    ['More than 1,000 people fled.', ['figure 0-22 "More than 1,000 people" 1000 lower-bound [1000..] unit=people (figures/number-noun)']],
    ['Over 200 drones were launched.', ['figure 0-15 "Over 200 drones" 200 lower-bound [200..] unit=drones (figures/number-noun)']],
    ['Upwards of 600 workers struck.', ['figure 0-22 "Upwards of 600 workers" 600 lower-bound [600..] unit=workers (figures/number-noun)']],
    ['It drew 5,000-plus fans.', ['figure 8-23 "5,000-plus fans" 5000 lower-bound [5000..] unit=fans (figures/number-noun)']],
    ['It killed 30 or more people.', ['figure 10-27 "30 or more people" 30 lower-bound [30..] unit=people (figures/number-noun)']],
    ['Between 3 and 5 rockets fell.', ['figure 0-23 "Between 3 and 5 rockets" 3 range [3..5] unit=rockets (figures/range)']],
    ['They fired 3-5 rockets.', ['figure 11-22 "3-5 rockets" 3 range [3..5] unit=rockets (figures/range)']],
    ['They fired 3 to 5 rockets.', ['figure 11-25 "3 to 5 rockets" 3 range [3..5] unit=rockets (figures/range)']],
    ['Salaries ranged from $35,000 to $60,000 a year.', ['figure 21-39 "$35,000 to $60,000" 35000 range [35000..60000] unit=$ currency=USD (figures/money)']],
    ['Output rose from 3 to 5 million tons.', ['figure 22-36 "5 million tons" 5000000 exact unit=tons (figures/number-noun)']],
    ['The plan costs between 2 and 3 billion dollars.', ['figure 15-46 "between 2 and 3 billion dollars" 2000000000 range [2000000000..3000000000] unit=dollars currency=USD (figures/money)']],
    ['Thousands of troops arrived.', ['figure 0-19 "Thousands of troops" 2000 vague [2000..] unit=troops (figures/vague-quantity)']],
    ['Hundreds of protesters gathered.', ['figure 0-22 "Hundreds of protesters" 200 vague [200..] unit=protesters (figures/vague-quantity)']],
    ['Dozens of villages burned.', ['figure 0-18 "Dozens of villages" 24 vague [24..] unit=villages (figures/vague-quantity)']],
    ['Scores of people were hurt.', ['figure 0-16 "Scores of people" 40 vague [40..] unit=people (figures/vague-quantity)']],
    ['Tens of thousands of people marched.', ['figure 0-27 "Tens of thousands of people" 20000 vague [20000..] unit=people (figures/vague-quantity)']],
    ['A dozen soldiers deserted.', ['figure 0-16 "A dozen soldiers" 12 exact unit=soldiers (figures/number-noun)']],
    ['Two million people voted.', ['figure 0-18 "Two million people" 2000000 exact unit=people (figures/number-noun)']],
    ['Twenty-five soldiers died.', ['figure 0-20 "Twenty-five soldiers" 25 exact unit=soldiers (figures/number-noun)']],
    ['The fund lost 1.2m savers.', ['figure 14-25 "1.2m savers" 1200000 exact unit=savers (figures/number-noun)']],
  ];
  it.each(rows)('%s', (text, want) => expect(lines(text)).toEqual(want));
});

describe('units, money and percentages', () => {
  const rows: [string, string[]][] = [
    ['Up to 9,000 North Korean soldiers joined.', ['figure 0-33 "Up to 9,000 North Korean soldiers" 9000 upper-bound [..9000] unit=soldiers unitText="North Korean soldiers" (figures/number-noun)']],
    ['The navy fired 400 artillery shells.', ['figure 15-35 "400 artillery shells" 400 exact unit=shells unitText="artillery shells" (figures/number-noun)']],
    ['The raid left 12 dead.', ['figure 14-21 "12 dead" 12 exact unit=dead (figures/number-noun)']],
    ['Thousands of shootings were logged.', ['figure 0-22 "Thousands of shootings" 2000 vague [2000..] unit=shootings (figures/vague-quantity)']],
    ['Millions of Americans voted.', ['figure 0-21 "Millions of Americans" 2000000 vague [2000000..] unit=Americans (figures/vague-quantity)']],
    ['Nearly 500 coal- and gas-fired plants closed.', ['figure 0-37 "Nearly 500 coal- and gas-fired plants" 500 approximate unit=plants unitText="coal- and gas-fired plants" (figures/number-noun)']],
    ['Heavy army losses (3,100, mostly wounded) were reported.', ['figure 19-24 "3,100" 3100 exact unit=losses unitText="Heavy army losses" (figures/unit-before)']],
    ['Congress approved $5 billion in aid.', ['figure 18-28 "$5 billion" 5000000000 exact unit=$ currency=USD (figures/money)']],
    ['The fine was €30bn.', ['figure 13-18 "€30bn" 30000000000 exact unit=€ currency=EUR (figures/money)']],
    ['It cost £2.5 million.', ['figure 8-20 "£2.5 million" 2500000 exact unit=£ currency=GBP (figures/money)']],
    ['They paid 4 million dollars.', ['figure 10-27 "4 million dollars" 4000000 exact unit=dollars currency=USD (figures/money)']],
    ['Imports reached 7 billion euros.', ['figure 16-31 "7 billion euros" 7000000000 exact unit=euros currency=EUR (figures/money)']],
    ['About 45% of voters agreed.', ['figure 0-9 "About 45%" 45 approximate unit=% of="voters" (figures/percent)']],
    ['Turnout fell 3 percent.', ['figure 13-22 "3 percent" 3 exact unit=percent (figures/percent)']],
    ['Some 30 percent of the vote went to him.', ['figure 0-15 "Some 30 percent" 30 approximate unit=percent of="the vote" (figures/percent)']],
    ['The lead shrank by 2 percentage points.', ['figure 19-38 "2 percentage points" 2 exact unit=percentage points (figures/percent)']],
    ['Only 9 per cent of their members agreed.', ['figure 5-15 "9 per cent" 9 exact unit=per cent of="their members" (figures/percent)']],
  ];
  it.each(rows)('%s', (text, want) => expect(lines(text)).toEqual(want));
});

describe('part–whole and about', () => {
  const rows: [string, string[]][] = [
    ['The agency estimates 4,000 casualties, including 500 dead, among the rebel forces.', [
      'figure 21-37 "4,000 casualties" 4000 exact unit=casualties about="the rebel forces" source="agency" hedges=estimates (figures/number-noun)',
      'figure 49-57 "500 dead" 500 exact unit=dead partOf=f1 about="the rebel forces" source="agency" hedges=estimates (figures/number-noun)',
    ]],
    ['Storms hit 80 towns, 12 of them in the north.', [
      'figure 11-19 "80 towns" 80 exact unit=towns (figures/number-noun)',
      'figure 21-23 "12" 12 exact unit=towns partOf=f1 (figures/number)',
    ]],
    ['The unit lost 900 men, of whom 200 died.', [
      'figure 14-21 "900 men" 900 exact unit=men (figures/number-noun)',
      'figure 31-34 "200" 200 exact unit=men partOf=f1 (figures/number)',
    ]],
    ['Losses (2,300, including 400 killed) mounted.', [
      'figure 8-13 "2,300" 2300 exact unit=Losses (figures/unit-before)',
      'figure 25-35 "400 killed" 400 exact unit=killed partOf=f1 (figures/number-noun)',
    ]],
    ['Police arrested 300 people in Lagos.', ['figure 16-26 "300 people" 300 exact unit=people about="Lagos" (figures/number-noun)']],
    ['The city has 500 schools and 40 hospitals.', [
      'figure 13-24 "500 schools" 500 exact unit=schools (figures/number-noun)',
      'figure 29-41 "40 hospitals" 40 exact unit=hospitals (figures/number-noun)',
    ]],
  ];
  it.each(rows)('%s', (text, want) => expect(lines(text)).toEqual(want));
});

describe('sources and hedges from the clause', () => {
  const rows: [string, string[]][] = [
    ['Intelligence reports estimate that up to 7,000 troops crossed.', ['figure 35-53 "up to 7,000 troops" 7000 upper-bound [..7000] unit=troops source="Intelligence reports"(vague) hedges=estimate (figures/number-noun)']],
    ['The ministry said 40 people were killed.', ['figure 18-27 "40 people" 40 exact unit=people source="ministry" (figures/number-noun)']],
    ['About 40 people were killed, officials said.', ['figure 0-15 "About 40 people" 40 approximate unit=people source="officials"(vague) (figures/number-noun)']],
    // a participle modifying the source's noun is part of the source's name
    ['At least 40 people died, according to the newly revised police timeline.', ['figure 0-18 "At least 40 people" 40 lower-bound [40..] unit=people source="newly revised police timeline" (figures/number-noun)']],
    ['At least 40 people died, according to local media reports.', ['figure 0-18 "At least 40 people" 40 lower-bound [40..] unit=people source="local media reports"(vague) (figures/number-noun)']],
    ['Reports say 2,000 homes were lost.', ['figure 12-23 "2,000 homes" 2000 exact unit=homes source="Reports"(vague) (figures/number-noun)']],
    ['Senator Jane Doe publicly acknowledged that 300 jobs were cut.', ['figure 44-52 "300 jobs" 300 exact unit=jobs source="Senator Jane Doe" (figures/number-noun)']],
    ['Damage is estimated at £1.2m. Repairs begin soon.', ['figure 23-28 "£1.2m" 1200000 exact unit=£ currency=GBP hedges=estimated (figures/money)']],
    ['The port said it handled 13.4 million containers last year.', ['figure 25-48 "13.4 million containers" 13400000 exact unit=containers source="port" (figures/number-noun)']],
    ['The Port of Rotterdam Authority said it handled 13 million containers.', ['figure 48-69 "13 million containers" 13000000 exact unit=containers source="Port of Rotterdam Authority" (figures/number-noun)']],
    ['The storm destroyed 300 homes.', ['figure 20-29 "300 homes" 300 exact unit=homes (figures/number-noun)']],
    // a that-clause after an addressee, a relative clause closed before the figure, a hyphenated name
    ['Officials told reporters that 40 people died.', ['figure 30-39 "40 people" 40 exact unit=people source="Officials"(vague) (figures/number-noun)']],
    ['Experts estimate the war, which began in 2014, has killed 14,000 people.', ['figure 58-71 "14,000 people" 14000 exact unit=people source="Experts"(vague) hedges=estimate (figures/number-noun)']],
    ['The top 1 percent would gain, according to the conservative-leaning Tax Foundation.', ['figure 8-17 "1 percent" 1 exact unit=percent source="conservative-leaning Tax Foundation" (figures/percent)']],
  ];
  it.each(rows)('%s', (text, want) => expect(lines(text)).toEqual(want));
});

describe('attachment to the quotes, entities and hedges layers (hand-built)', () => {
  const text = 'Mayor Ana Ruiz said that 3,000 families had fled, and rescuers may have pulled 40 more survivors out.';
  const entities: Entity[] = [{ id: 'e1', name: 'Ana Ruiz', type: 'person', country: null, code: null, mentions: [{ start: 6, end: 14, text: 'Ana Ruiz', rule: 'test' }] }];
  const quote: Quote = {
    id: 'q1', start: 25, end: 48, text: text.slice(25, 48), parts: [{ start: 25, end: 48 }], kind: 'indirect',
    speaker: { name: 'Ana Ruiz', entity: 'e1', named: true, country: null, start: 6, end: 14, text: 'Ana Ruiz' },
    via: null, cue: { start: 15, end: 19, text: 'said' }, section: 'body', rule: 'test',
  };
  const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w });
  const hedge: Hedge = { id: 'h1', ...at('may'), kind: 'epistemic', scope: { start: at('rescuers').start, end: text.length - 1 } };
  const weasel: Hedge = { id: 'h2', ...at('rescuers'), kind: 'weasel', scope: { start: at('rescuers').start, end: text.length - 1 } };

  it('takes the source from the quote the figure sits in, and epistemic hedges whose scope covers it', () => {
    expect(lines(text, { entities, quotes: [quote], hedges: [weasel, hedge] })).toEqual([
      'figure 25-39 "3,000 families" 3000 exact unit=families source="Ana Ruiz"<e1>[q1] (figures/number-noun)',
      'figure 79-96 "40 more survivors" 40 exact unit=survivors unitText="more survivors" hedges=may (figures/number-noun)',
    ]);
  });

  it('marks an unnamed speaker as a vague source', () => {
    const t = 'Officials told reporters that 3,000 families had fled.';
    const content = { start: t.indexOf('3,000'), end: t.length - 1 };
    const q: Quote = {
      ...quote, ...content, text: t.slice(content.start, content.end), parts: [content],
      speaker: { name: 'Officials', entity: null, named: false, country: null, start: 0, end: 9, text: 'Officials' },
    };
    expect(figuresOf(t, { quotes: [q] })[0].source).toEqual({ name: 'Officials', entity: null, vague: true, quote: 'q1' });
  });

  it('prefers the clause subject that contains an unnamed speaker ("intelligence" → "intelligence reports")', () => {
    const t = 'The move, which intelligence reports estimate involves 500 soldiers, failed.';
    const w = (x: string) => ({ start: t.indexOf(x), end: t.indexOf(x) + x.length, text: x });
    const content = { start: w('estimate').start, end: t.indexOf(', failed') };
    const q: Quote = {
      id: 'q1', ...content, text: t.slice(content.start, content.end), parts: [content], kind: 'indirect',
      speaker: { name: 'intelligence', entity: null, named: false, country: null, ...w('intelligence') },
      via: null, cue: w('reports'), section: 'body', rule: 'test',
    };
    expect(lines(t, { quotes: [q] })).toEqual(['figure 55-67 "500 soldiers" 500 exact unit=soldiers source="intelligence reports"(vague)[q1] hedges=estimate (figures/number-noun)']);
  });

  it('keeps a hedge in the clause of the figure and drops one in a clause or phrase of its own', () => {
    const t = 'Ten nations were put on alert that the plague could spread, and 40 people may have died near two men shot by the alleged gunman.';
    const w = (x: string) => ({ start: t.indexOf(x), end: t.indexOf(x) + x.length, text: x });
    const scope = { start: 0, end: t.length - 1 };
    const hedges: Hedge[] = [
      { id: 'h1', ...w('could'), kind: 'epistemic', scope },
      { id: 'h2', ...w('may'), kind: 'epistemic', scope: { start: w('40').start, end: t.length - 1 } },
      { id: 'h3', ...w('alleged'), kind: 'epistemic', scope },
    ];
    expect(lines(t, { hedges })).toEqual([
      'figure 0-11 "Ten nations" 10 exact unit=nations (figures/number-noun)',
      'figure 64-73 "40 people" 40 exact unit=people hedges=may (figures/number-noun)',
      'figure 93-100 "two men" 2 exact unit=men hedges=may (figures/number-noun)',
    ]);
  });

  it('links the source to the entity mentioned in the subject', () => {
    const t = 'Acme Corp estimates 2,000 layoffs.';
    const ents: Entity[] = [{ id: 'e1', name: 'Acme Corporation', type: 'organization', country: null, code: null, mentions: [{ start: 0, end: 9, text: 'Acme Corp', rule: 'test' }] }];
    expect(lines(t, { entities: ents })).toEqual(['figure 20-33 "2,000 layoffs" 2000 exact unit=layoffs source="Acme Corporation"<e1> hedges=estimates (figures/number-noun)']);
  });
});

describe('user lexicon', () => {
  it('adds qualifiers, labels, vague sources and units, and reports bad entries', () => {
    const diags: string[] = [];
    const lexicon = { figureQualifiers: [{ phrase: 'in the ballpark of', qualifier: 'approximate' }, { phrase: 'x', qualifier: 'nope' }], numberLabels: ['pier'], vagueSources: ['bloggers'], attributionVerbs: [42], measureUnits: ['furlong'], unitSymbols: ['nm'] };
    const got = figuresOf('Bloggers say in the ballpark of 300 boats sailed from pier 9 in a two furlong race over 5nm.', { lexicon }, diags).map(render);
    expect(got).toEqual([
      'figure 13-41 "in the ballpark of 300 boats" 300 approximate unit=boats source="Bloggers"(vague) (figures/number-noun)',
      'figure 66-77 "two furlong" 2 exact unit=furlong source="Bloggers"(vague) (figures/measure)',
      'figure 83-91 "over 5nm" 5 lower-bound [5..] unit=nm source="Bloggers"(vague) (figures/measure)',
    ]);
    expect(diags).toEqual([
      'E_LEXICON_ENTRY lexicon "figureQualifiers"[1] must be {phrase: string, qualifier: approximate | upper-bound | lower-bound}; it was ignored',
      'E_LEXICON_ENTRY lexicon "attributionVerbs"[0] must be a non-empty string; it was ignored',
    ]);
  });
  it('adds nouns that can state a figure (sourceNouns), and reports bad entries', () => {
    const text = 'The almanac says 300 ships sank.';
    expect(lines(text)).toEqual(['figure 17-26 "300 ships" 300 exact unit=ships (figures/number-noun)']);
    const diags: string[] = [];
    expect(figuresOf(text, { lexicon: { sourceNouns: ['almanac', ''] } }, diags).map(render)).toEqual(['figure 17-26 "300 ships" 300 exact unit=ships source="almanac" (figures/number-noun)']);
    expect(diags).toEqual(['E_LEXICON_ENTRY lexicon "sourceNouns"[1] must be a non-empty string; it was ignored']);
  });
  it('adds nouns whose number compound names a kind (kindCompounds), and reports bad entries', () => {
    const text = 'Crews paved a 4-lane road.';
    expect(lines(text)).toEqual(['figure 14-20 "4-lane" 4 exact unit=lane (figures/compound-count)']);
    const diags: string[] = [];
    expect(figuresOf(text, { lexicon: { kindCompounds: ['lane', 7] } }, diags).map(render)).toEqual([]);
    expect(diags).toEqual(['E_LEXICON_ENTRY lexicon "kindCompounds"[1] must be a non-empty string; it was ignored']);
  });
});

describe('measures, partitives, ranges and antecedents', () => {
  const rows: [string, string[]][] = [
    // a number and a unit modifying another noun measure the unit, not the head noun
    ['It is an almost three hour recording.', ['figure 9-26 "almost three hour" 3 approximate unit=hour (figures/measure)']],
    ['They released a three-hour recording.', ['figure 16-26 "three-hour" 3 exact unit=hour (figures/measure)']],
    ['Veterans held a 10-mile march.', ['figure 16-23 "10-mile" 10 exact unit=mile (figures/measure)']],
    ['Officers seized a 9mm pistol.', ['figure 18-21 "9mm" 9 exact unit=mm (figures/measure)']],
    ['The authorities recorded more than 2 000 cases.', ['figure 25-46 "more than 2 000 cases" 2000 lower-bound [2000..] unit=cases source="authorities"(vague) (figures/number-noun)']],
    // "N of the X" counts X; a group with its own number is the whole
    ['Five of the soldiers deserted.', ['figure 0-20 "Five of the soldiers" 5 exact unit=soldiers (figures/partitive)']],
    ['Police said 40 of the 100 senators voted.', [
      'figure 12-14 "40" 40 exact unit=senators partOf=f2 source="Police" (figures/partitive)',
      'figure 22-34 "100 senators" 100 exact unit=senators source="Police" (figures/number-noun)',
    ]],
    ['Of the 600 cases, 450 were mild.', [
      'figure 7-16 "600 cases" 600 exact unit=cases (figures/number-noun)',
      'figure 18-21 "450" 450 exact unit=cases partOf=f1 (figures/number)',
    ]],
    ['The probe raised new questions, two of which matter.', ['figure 32-35 "two" 2 exact unit=questions (figures/unit-antecedent)']],
    // the unit (or sign) written once for two numbers
    ['It took two or three days.', ['figure 8-25 "two or three days" 2 range [2..3] unit=days (figures/range)']],
    ['Gains held one to two years pay more.', ['figure 11-27 "one to two years" 1 range [1..2] unit=years (figures/range)']],
    // after a number, "over" is the period, not a bound
    ['It would cost $374 billion over 10 years.', [
      'figure 14-26 "$374 billion" 374000000000 exact unit=$ currency=USD (figures/money)',
      'figure 32-40 "10 years" 10 exact unit=years (figures/number-noun)',
    ]],
    ['Firings were 1 percent of the bank’s 100,000 retail bankers every year.', [
      'figure 13-22 "1 percent" 1 exact unit=percent of="the bank’s 100,000 retail bankers" (figures/percent)',
      'figure 37-59 "100,000 retail bankers" 100000 exact unit=bankers unitText="retail bankers" (figures/number-noun)',
    ]],
    ['Tariffs ranged from 5 percent to 25 percent.', ['figure 20-43 "5 percent to 25 percent" 5 range [5..25] unit=percent (figures/range)']],
    // below zero a range may be written from the warmer bound down, and may cross zero
    ['Nights fall to between -60 and -80 degrees C.', ['figure 15-42 "between -60 and -80 degrees" -80 range [-80..-60] unit=degrees (figures/range)']],
    ['It ranged from -5 to 10 degrees.', ['figure 15-31 "-5 to 10 degrees" -5 range [-5..10] unit=degrees (figures/range)']],
    ['Nights fall to between \u221260 and \u221280 degrees.', ['figure 15-42 "between \u221260 and \u221280 degrees" -80 range [-80..-60] unit=degrees (figures/range)']],
    ['It fell to \u221240 degrees.', ['figure 11-22 "\u221240 degrees" -40 exact unit=degrees (figures/number-noun)']],
    ['It ranged from -10 to -5 degrees.', ['figure 15-32 "-10 to -5 degrees" -10 range [-10..-5] unit=degrees (figures/range)']],
    // the counted head: participles before it, the predicate after it
    ['He hid between two parked cars.', ['figure 15-30 "two parked cars" 2 exact unit=cars unitText="parked cars" (figures/number-noun)']],
    ['Two treating physicians objected.', ['figure 0-23 "Two treating physicians" 2 exact unit=physicians unitText="treating physicians" (figures/number-noun)']],
    ['So thousands of shooting victims were counted.', ['figure 3-32 "thousands of shooting victims" 2000 vague [2000..] unit=victims unitText="shooting victims" (figures/vague-quantity)']],
    ['Two men attempt to help.', ['figure 0-7 "Two men" 2 exact unit=men (figures/number-noun)']],
    ['Police arrested 300 people attending rallies.', ['figure 16-26 "300 people" 300 exact unit=people (figures/number-noun)']],
    ['At least one Democrat objected.', ['figure 0-21 "At least one Democrat" 1 lower-bound [1..] unit=Democrat (figures/number-noun)']],
    // what a share is of, what a figure is about, and "about" as a preposition
    ['They keep 98 percent of the CIA’s decades-long secret records.', ['figure 10-20 "98 percent" 98 exact unit=percent of="the CIA’s decades-long secret records" (figures/percent)']],
    ['They collected $90 million in August.', ['figure 15-26 "$90 million" 90000000 exact unit=$ currency=USD (figures/money)']],
    ['It recalled his comment about 47 percent of the country.', ['figure 30-40 "47 percent" 47 exact unit=percent of="the country" (figures/percent)']],
  ];
  it.each(rows)('%s', (text, want) => expect(lines(text)).toEqual(want));
});

describe('no source where no attribution verb governs the figure', () => {
  const rows: [string, string[]][] = [
    ['The first man convicted of joining the Islamic State has been sentenced to 20 years.', ['figure 75-83 "20 years" 20 exact unit=years (figures/number-noun)']],
    ['Trump has record low support, with just 1 percent.', ['figure 40-49 "1 percent" 1 exact unit=percent (figures/percent)']],
    ['Melanie said yes until Trump reached the final three words.', ['figure 47-58 "three words" 3 exact unit=words (figures/number-noun)']],
    ['Battleground state Florida is nearly 3% Polish.', ['figure 30-39 "nearly 3%" 3 approximate unit=% (figures/percent)']],
    ['If confirmed, the report would suggest a link to WikiLeaks, which released tens of thousands of emails.', ['figure 75-102 "tens of thousands of emails" 20000 vague [20000..] unit=emails (figures/vague-quantity)']],
    ['Polls show a close race in Ohio, where 18 electoral votes are at stake.', ['figure 39-57 "18 electoral votes" 18 exact unit=votes unitText="electoral votes" (figures/number-noun)']],
    ['The CIA published a manual that it kept secret for more than 40 years.', ['figure 51-69 "more than 40 years" 40 lower-bound [40..] unit=years (figures/number-noun)']],
    ['According to a 52-count complaint, they stole 40 dollars.', [
      'figure 15-23 "52-count" 52 exact unit=count (figures/compound-count)',
      'figure 46-56 "40 dollars" 40 exact unit=dollars currency=USD source="52-count complaint" (figures/money)',
    ]],
  ];
  it.each(rows)('%s', (text, want) => expect(lines(text)).toEqual(want));
});

describe('a source must be able to state a figure', () => {
  const rows: [string, string[]][] = [
    ['The pollster said 40 percent agreed.', ['figure 18-28 "40 percent" 40 exact unit=percent source="pollster" (figures/percent)']],
    ['A 2019 letter says 300 jobs were cut.', ['figure 19-27 "300 jobs" 300 exact unit=jobs source="letter" (figures/number-noun)']],
    ['Taxpayers said 300 jobs were cut.', ['figure 15-23 "300 jobs" 300 exact unit=jobs source="Taxpayers" (figures/number-noun)']],
    ['The spokesman said 40 people died.', ['figure 19-28 "40 people" 40 exact unit=people source="spokesman" (figures/number-noun)']],
    ['The Household Survey shows 300 jobs were cut.', ['figure 27-35 "300 jobs" 300 exact unit=jobs source="Household Survey" (figures/number-noun)']],
    // must not: a subject that cannot state anything is no source
    ['The legend says 3,000 ships sank.', ['figure 16-27 "3,000 ships" 3000 exact unit=ships (figures/number-noun)']],
    ['Gun violence claimed 11 people last year.', ['figure 21-30 "11 people" 11 exact unit=people (figures/number-noun)']],
    ['The outbreak has claimed 57 lives.', ['figure 25-33 "57 lives" 57 exact unit=lives (figures/number-noun)']],
    ['His opening showed three flaws.', ['figure 19-30 "three flaws" 3 exact unit=flaws (figures/number-noun)']],
  ];
  it.each(rows)('%s', (text, want) => expect(lines(text)).toEqual(want));

  const q = (t: string, content: string, speaker: string, extra: Partial<Quote['speaker'] & object> = {}): Quote => {
    const start = t.indexOf(content);
    const s = t.indexOf(speaker);
    return {
      id: 'q1', start, end: start + content.length, text: content, parts: [{ start, end: start + content.length }], kind: 'indirect',
      speaker: { name: speaker, entity: null, named: false, country: null, start: s, end: s + speaker.length, text: speaker, ...extra },
      via: null, cue: null, section: 'body', rule: 'test',
    };
  };
  const src = (t: string, quotes: Quote[], entities: Entity[] = []) => figuresOf(t, { quotes, entities }).map((f) => f.source && `${f.text}: ${f.source.name}${f.source.entity ? `<${f.source.entity}>` : ''}`);

  it('drops a misread quote speaker ("birther", "overheard")', () => {
    const t = 'He is a birther who pledged to ban 1.6 billion members.';
    expect(src(t, [q(t, 'to ban 1.6 billion members', 'birther')])).toEqual([null]);
  });
  it('falls back to the clause subject when the speaker cannot state a figure', () => {
    const t = 'Mayor Ana Ruiz said her ability to hire 300 nurses mattered.';
    const ana: Entity = { id: 'e1', name: 'Ana Ruiz', type: 'person', country: null, code: null, mentions: [{ start: 6, end: 14, text: 'Ana Ruiz', rule: 'test' }] };
    expect(src(t, [q(t, 'to hire 300 nurses', 'her ability')], [ana])).toEqual(['300 nurses: Ana Ruiz<e1>']);
  });
  it('gives a pronoun source the name the quotes layer resolved for it', () => {
    const t = 'The agency spoke. 40 people died, it said.';
    const other = q(t, 'The agency spoke', 'it', { name: 'World Health Organization', entity: 'e1', named: true });
    expect(src(t, [other])).toEqual(['40 people: World Health Organization<e1>']);
  });
  it('gives a pronoun source the person mentioned just before it', () => {
    const t = 'Tom Reyes runs a gun shop. He told reporters that he sold 700 rounds.';
    const tom: Entity = { id: 'e1', name: 'Tom Reyes', type: 'person', country: null, code: null, mentions: [{ start: 0, end: 9, text: 'Tom Reyes', rule: 'test' }] };
    expect(src(t, [], [tom])).toEqual(['700 rounds: Tom Reyes<e1>']);
  });
  it('does not resolve "she" to a man', () => {
    const t = 'Tom Reyes runs a gun shop. She said 700 rounds were sold.';
    const tom: Entity = { id: 'e1', name: 'Tom Reyes', type: 'person', country: null, code: null, gender: 'male', mentions: [{ start: 0, end: 9, text: 'Tom Reyes', rule: 'test' }] };
    expect(src(t, [], [tom])).toEqual(['700 rounds: She']);
  });
});

describe('names of works, ratios, possessive groups and implied victims', () => {
  const rows: [string, string[]][] = [
    // a harm verb with no unit after it counts people: its object, or its subject in the passive
    ['The plague infected 2,000 and killed 143.', [
      'figure 20-25 "2,000" 2000 exact unit=people (figures/implied-people)',
      'figure 37-40 "143" 143 exact unit=people (figures/implied-people)',
    ]],
    ['The blast killed more than 40, injuring 12.', [
      'figure 17-29 "more than 40" 40 lower-bound [40..] unit=people (figures/implied-people)',
      'figure 40-42 "12" 12 exact unit=people (figures/implied-people)',
    ]],
    ['Around 600 had been infected and 12 died.', [
      'figure 0-10 "Around 600" 600 approximate unit=people (figures/implied-people)',
      'figure 33-35 "12" 12 exact unit=people (figures/implied-people)',
    ]],
    // "N of M X", "N in M X": a share of a whole with its own number
    ['Nearly eight of 10 voters watched.', [
      'figure 0-12 "Nearly eight" 8 approximate unit=voters partOf=f2 (figures/partitive)',
      'figure 16-25 "10 voters" 10 exact unit=voters (figures/number-noun)',
    ]],
    ['One in four residents lived there.', [
      'figure 0-3 "One" 1 exact unit=residents partOf=f2 (figures/partitive)',
      'figure 7-21 "four residents" 4 exact unit=residents (figures/number-noun)',
    ]],
    ['The army has hundreds of 300mm rockets.', ['figure 13-38 "hundreds of 300mm rockets" 200 vague [200..] unit=rockets (figures/vague-quantity)']],
    // "4 in 10 say": the whole has no unit, the verb is not one
    ['About 4 in 10 say so.', ['figure 0-7 "About 4" 4 approximate (figures/number)']],
    ['She is one of five people to win.', ['figure 14-25 "five people" 5 exact unit=people (figures/number-noun)']],
    ['He was one of 26 people killed.', ['figure 14-23 "26 people" 26 exact unit=people (figures/number-noun)']],
    ['ICE arrests 145 in Texas.', ['figure 12-15 "145" 145 exact unit=people about="Texas" (figures/implied-people)']],
    // "of the X's N Y": the group after the possessor is the whole
    ['Cases were found in 17 of the island nation’s 22 regions.', [
      'figure 20-22 "17" 17 exact unit=regions partOf=f2 (figures/partitive)',
      'figure 46-56 "22 regions" 22 exact unit=regions (figures/number-noun)',
    ]],
    ['Five of the company’s workers quit.', ['figure 0-29 "Five of the company’s workers" 5 exact unit=workers (figures/partitive)']],
    // "3 in 10 minutes" is a rate, not a share of the minutes
    ['He scored 3 in 10 minutes.', ['figure 15-25 "10 minutes" 10 exact unit=minutes (figures/number-noun)']],
    // a title-case headline keeps its capitalised unit
    ['Bomb Maker Gets 20 Years', ['figure 16-24 "20 Years" 20 exact unit=Years (figures/number-noun)']],
    ['Bomb Maker Sentenced to 20 Years', ['figure 24-32 "20 Years" 20 exact unit=Years (figures/number-noun)']],
    // a title-case headline's verb is no name before a number ("Boeing 737" is)
    ['ICE Arrests 145 In Texas Raid', ['figure 12-15 "145" 145 exact unit=people about="Texas Raid" (figures/implied-people)']],
    ['Company Cuts 300 Jobs', ['figure 13-21 "300 Jobs" 300 exact unit=Jobs (figures/number-noun)']],
    ['Police Detained 40 Protesters', ['figure 16-29 "40 Protesters" 40 exact unit=Protesters (figures/number-noun)']],
  ];
  it.each(rows)('%s', (text, want) => expect(lines(text)).toEqual(want));
});

describe('number-noun compounds and K codes', () => {
  const rows: [string, string[]][] = [
    // a compound of numerals and a part noun counts the parts of the noun it modifies
    ['A 3-judge panel ruled.', ['figure 2-9 "3-judge" 3 exact unit=judge (figures/compound-count)']],
    ['A 12-member jury was seated.', ['figure 2-11 "12-member" 12 exact unit=member (figures/compound-count)']],
    // a measure stays a measure
    ['They held a three-day summit.', ['figure 12-21 "three-day" 3 exact unit=day (figures/measure)']],
    ['A 50-state survey ran.', ['figure 2-10 "50-state" 50 exact unit=state (figures/compound-count)']],
    // a spelled measure is still a measure, and a qualified spelled compound still counts
    ['He served a five-year term.', ['figure 12-21 "five-year" 5 exact unit=year (figures/measure)']],
    ['He is a seven-time champion.', ['figure 8-18 "seven-time" 7 exact unit=time (figures/compound-count)']],
    ['She led by a three-percentage-point margin.', ['figure 13-29 "three-percentage" 3 exact unit=percentage (figures/compound-count)']],
    ['They chose an almost nine-member board.', ['figure 14-32 "almost nine-member" 9 approximate unit=member (figures/compound-count)']],
    // the unit ends before a noun that labels the next number ("ages 5 to 12" is an age, no range)
    ['The school took 45 children ages 5 to 12.', ['figure 16-27 "45 children" 45 exact unit=children (figures/number-noun)']],
    ['The clinic saw 30 patients aged 40 to 60.', ['figure 15-26 "30 patients" 30 exact unit=patients (figures/number-noun)']],
    // K after a number is thousands when something is counted or money is paid
    ['They sold 40K tickets.', ['figure 10-21 "40K tickets" 40000 exact unit=tickets (figures/number-noun)']],
    ['Firms cut 10K jobs.', ['figure 10-18 "10K jobs" 10000 exact unit=jobs (figures/number-noun)']],
    ['It paid $4K.', ['figure 8-11 "$4K" 4000 exact unit=$ currency=USD (figures/money)']],
  ];
  it.each(rows)('%s', (text, want) => expect(lines(text)).toEqual(want));
  const mustNot = [
    // a compound that names a kind of thing counts nothing
    'It is a four-way race.',
    'Russia fears a two-front war.',
    'They back a two-party system and put out a three-alarm fire.',
    'A five-star general rode a two-stroke bike.',
    // a small spelled number in a compound modifier names a kind of thing ("two-state solution")
    'They backed a two-state solution and the one-China policy.',
    'A three-judge panel ruled on the two-child policy.',
    'It was a one-man show and a three-way tie.',
    // display resolutions and race distances
    'He bought a 4K screen and an 8K TV.',
    'She ran a 5K on Sunday.',
    // a name before a number in running text
    'He flew a Boeing 737 to see the Mets Cut.',
    'The United States 10-year note fell.',
  ];
  it.each(mustNot)('must not: %s', (text) => expect(lines(text)).toEqual([]));
});

describe('must not match', () => {
  const texts = [
    'Troops trained with the AK-47 and flew the F-16.',
    'Leaders of the G7 met over COVID-19 at a Boeing 737 hangar.',
    'The 2024 pact replaced a 1961 treaty.',
    'The attack came on Sept. 11, 2001, and again on 5 January.',
    'They met at 3:30 p.m. and left at 5 pm.',
    'Call 555-123-4567 or (212) 555-1234 today.',
    'Section 230 and Article 5 apply, as does Flight 370 on Route 66.',
    'He finished 1st and she came second.',
    'It is one of the oldest cities, and no one knows why; one said so.',
    'The troop deployment is just one facet of the deal.',
    'A military with zero experience fought.',
    'The team won 3-2 after a 2-2 draw in the 1990s.',
    'A 45-year-old man was detained in 2014-2016.',
    'The vote was 52-48 in 9/11 hearings, open 24/7.',
    'Tweet id 778257943577919488 was deleted.',
    'Apollo 11 astronauts met at No. 10; he ranked #1.',
    'Seventy-four years ago a battle began; two years later it ended.',
    'Putin said the war had lasted since 2022.',
    'They obey the Ten Commandments and stay at the Four Seasons.',
    'The 19s are closed and it was popular in the ’80s.',
    'See Quran 9.28 and John 8.32.',
    'It scores political points.',
    'The room number (135) was odd.',
    'Two-thirds of voters agreed.',
    'She was only 32 years old.',
    'He gave a high-five to fans and a thumbs-up to Su-27 pilots.',
    'She told 60 Minutes and later appeared on 48 Hours.',
    'The “60 Minutes” host spoke.',
    'They built a 3D model of 5G towers, the 5x felon said.',
    'An asteroid called 3200 Phaethon passed.',
    'The injured 12 recovered, and 3 were later released.',
  ];
  it.each(texts)('%s', (text) => expect(lines(text)).toEqual([]));
});

describe('known gaps', () => {
  it.fails('keeps the unit for the first figure of a change ("rose from 3 to 5 dollars": 3 dollars)', () => {
    expect(lines('Prices rose from 3 to 5 dollars.')).toEqual(['figure 16-17 "3" 3 exact unit=dollars currency=USD (figures/money)', 'figure 21-30 "5 dollars" 5 exact unit=dollars currency=USD (figures/money)']);
  });
});
