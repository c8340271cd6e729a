/**
 * Golden tests per rule: a bad and a good example each, on hand-built layers (the real structure
 * and tokens, hand-made quotes/figures/loaded/entities), one readable line per finding.
 */
import { describe, expect, it } from 'vitest';
import { fixture } from './_fixture.js';
import { RULES } from './rules/index.js';
import { parseRuleSelection } from './stage.js';

const BODY_PAD = ' The report was published on Tuesday and covers the whole season in the region.';

describe('attribution-shift', () => {
  const text = `Minister confirms 5,000 jobs lost at the plant

The union estimates that up to 5,000 jobs were lost at the plant this year. The minister said only that thousands of jobs were at risk.${BODY_PAD}`;
  it('bad: headline credits the minister with the union figure', () => {
    const d = fixture(text);
    d.entity('Minister', 'person', null, ['Minister']);
    d.entity('the union', 'organization', null, ['The union']);
    d.figure('5,000 jobs', { value: 5000, unit: 'jobs', source: 'Minister', sourceEntity: 'e1' });
    const q = d.quote('up to 5,000 jobs were lost at the plant this year', { kind: 'indirect', speaker: 'The union', named: true, name: 'the union', cue: 'estimates' });
    d.figure('up to 5,000 jobs', { value: 5000, max: 5000, qualifier: 'upper-bound', unit: 'jobs', source: 'the union', sourceEntity: 'e2', quote: q, hedges: ['estimates'] });
    d.figure('thousands of jobs', { value: 2000, min: 2000, qualifier: 'vague', unit: 'jobs', source: 'The minister' });
    expect(d.lines('attribution-shift')).toEqual([
      'attribution-shift error "5,000 jobs" → "up to 5,000 jobs" → "The union" → "thousands of jobs" | The headline attributes “5,000 jobs” to Minister, but the body attributes this number to the union (Minister is only reported with “thousands of jobs”).',
    ]);
  });
  it('good: headline and body credit the same source', () => {
    const d = fixture(text.replace('Minister confirms', 'Union says'));
    d.figure('5,000 jobs', { value: 5000, unit: 'jobs', source: 'Union' });
    d.figure('up to 5,000 jobs', { value: 5000, max: 5000, qualifier: 'upper-bound', unit: 'jobs', source: 'the union' });
    expect(d.lines('attribution-shift')).toEqual([]);
  });
  it('bad: a headline quote given to someone else than in the body', () => {
    const t = `Mayor: "the harbour wall will be rebuilt by spring"\n\nThe harbour board chairman Ian Moss said "the harbour wall will be rebuilt by spring" at a meeting.${BODY_PAD}`;
    const d = fixture(t);
    d.quote('the harbour wall will be rebuilt by spring', { speaker: 'Mayor', name: 'Mayor', entity: 'e1' });
    d.quote('the harbour wall will be rebuilt by spring', { nth: 1, speaker: 'Ian Moss', name: 'Ian Moss', entity: 'e2' });
    expect(d.lines('attribution-shift')).toEqual([
      'attribution-shift error "the harbour wall will be rebuilt by spring" → "the harbour wall will be rebuilt by spring" → "Ian Moss" | The headline attributes “the harbour wall will be rebuilt by spring” to Mayor, but the body gives these words to Ian Moss.',
    ]);
  });
});

describe('attribution-shift: must not match', () => {
  it('unresolved headline sources, datelines and pronouns are not compared', () => {
    const t = `Congo confirms 2 Ebola cases\n\nKINSHASA, Congo -- Health officials found two cases, and I counted 2 cases myself.${BODY_PAD}`;
    const d = fixture(t);
    d.entity('Congo', 'country', 'COD', ['Congo']);
    d.entity('Kinshasa', 'place', 'COD', ['KINSHASA']);
    d.figure('2 Ebola cases', { value: 2, unit: 'cases', source: 'Congo', sourceEntity: 'e1' });
    d.figure('two cases', { value: 2, unit: 'cases', source: 'KINSHASA', sourceEntity: 'e2' });
    d.figure('2 cases', { value: 2, unit: 'cases', source: 'I' });
    expect(d.lines('attribution-shift')).toEqual([]);
  });
});

describe('hedge-dropped', () => {
  const text = `Storm destroyed 300 homes in the valley

Officials estimate that up to 300 homes may have been destroyed by the storm.${BODY_PAD}`;
  it('bad: the headline states flatly what the body bounds and hedges', () => {
    const d = fixture(text);
    d.figure('300 homes', { value: 300, unit: 'homes' });
    d.figure('up to 300 homes', { value: 300, max: 300, qualifier: 'upper-bound', unit: 'homes', source: 'Officials', hedges: ['estimate'] });
    expect(d.lines('hedge-dropped')).toEqual([
      'hedge-dropped warning "300 homes" → "up to 300 homes" → "estimate" | The headline states “300 homes” flatly, but the body gives it only as an upper bound and hedged by “estimate”: “up to 300 homes”.',
    ]);
  });
  it('good: the headline keeps the hedge', () => {
    const d = fixture(text.replace('Storm destroyed 300', 'Storm may have destroyed up to 300'));
    d.figure('up to 300 homes', { value: 300, max: 300, qualifier: 'upper-bound', unit: 'homes', hedges: ['may'] });
    d.figure('up to 300 homes', { nth: 1, value: 300, max: 300, qualifier: 'upper-bound', unit: 'homes', source: 'Officials', hedges: ['estimate'] });
    expect(d.lines('hedge-dropped')).toEqual([]);
  });
  it('good: the body also states the number flatly somewhere', () => {
    const d = fixture(text + ' By Friday the council had counted 300 homes destroyed.');
    d.figure('300 homes', { value: 300, unit: 'homes' });
    d.figure('up to 300 homes', { value: 300, max: 300, qualifier: 'upper-bound', unit: 'homes', hedges: ['estimate'] });
    d.figure('300 homes', { nth: 2, value: 300, unit: 'homes', source: 'the council' });
    expect(d.lines('hedge-dropped')).toEqual([]);
  });
});

describe('hedge-dropped: must not match', () => {
  it('a flat headline number under a body lower bound understates, it does not drop a hedge', () => {
    const d = fixture('Rally draws 3,000 people\n\nMore than 3,000 people attended the rally on Sunday, the organisers said.' + BODY_PAD);
    d.figure('3,000 people', { value: 3000, unit: 'people' });
    d.figure('More than 3,000 people', { value: 3000, min: 3000, qualifier: 'lower-bound', unit: 'people', source: 'the organisers' });
    expect(d.lines('hedge-dropped')).toEqual([]);
  });
});

describe('figure-mismatch', () => {
  const text = `Flood kills 40 people in the north

The floods killed 14 people, the regional government said on Monday.${BODY_PAD}`;
  it('bad: headline and body count differently', () => {
    const d = fixture(text);
    d.figure('40 people', { value: 40, unit: 'people' });
    d.figure('14 people', { value: 14, unit: 'people', source: 'the regional government' });
    expect(d.lines('figure-mismatch')).toEqual([
      'figure-mismatch error "40 people" → "14 people" | The headline gives “40 people”, but the body gives “14 people” for the same count.',
    ]);
  });
  it('good: same count; rounding and other counts are not mismatches', () => {
    const d = fixture(text.replace('kills 40', 'kills 14'));
    d.figure('14 people', { value: 14, unit: 'people' });
    d.figure('14 people', { nth: 1, value: 14, unit: 'people' });
    expect(d.lines('figure-mismatch')).toEqual([]);
    const r = fixture('Nearly 5,000 flee the fires\n\nThe fires forced 4,700 residents to leave.' + BODY_PAD);
    r.figure('Nearly 5,000', { value: 5000, qualifier: 'approximate', unit: 'residents' });
    r.figure('4,700 residents', { value: 4700, unit: 'residents' });
    expect(r.lines('figure-mismatch')).toEqual([]);
    const several = fixture('Storms kill 10 people\n\nStorms killed 6 people in the east and 4 people in the west.' + BODY_PAD);
    several.figure('10 people', { value: 10, unit: 'people' });
    several.figure('6 people', { value: 6, unit: 'people' });
    several.figure('4 people', { value: 4, unit: 'people' });
    expect(several.lines('figure-mismatch')).toEqual([]);
  });
});

describe('quote-not-in-body', () => {
  const text = `Mayor vows to "shut down the port" by summer

The mayor said she would "review the port's licence" next year, after the council vote on the harbour budget.${BODY_PAD}`;
  it('bad: headline words the body never has, with the closest passage', () => {
    const d = fixture(text);
    expect(d.lines('quote-not-in-body')).toEqual([
      'quote-not-in-body error "shut down the port" → "the port\'s" | The headline quotes “shut down the port”, but the body never has these words; the closest is “the port\'s”.',
    ]);
  });
  it('good: the quoted words are in the body (case, marks and ellipsis aside)', () => {
    const d = fixture(text.replace('"shut down the port"', '"review the port\'s licence"'));
    expect(d.lines('quote-not-in-body')).toEqual([]);
    const e = fixture(text.replace('"shut down the port"', '“Review … licence”'));
    expect(e.lines('quote-not-in-body')).toEqual([]);
  });
  it('good: "%" in the headline meets "percent" in the body', () => {
    const t = `Mayor: "Fees Rise 5 %" next year

The mayor said fees rise 5 percent next year, after the council vote on the harbour budget.${BODY_PAD}`;
    expect(fixture(t).lines('quote-not-in-body')).toEqual([]);
  });
  it('good: one-word scare quotes are not checked', () => {
    const d = fixture(text.replace('"shut down the port"', '"reform"'));
    expect(d.lines('quote-not-in-body')).toEqual([]);
  });
  it('good: headline style, with the articles left out or "&" for "and"', () => {
    const t = `Mayor: “Review Port’s Licence & Budget…” next year

The mayor said she would "review the port's licence and the budget before the vote" next year.${BODY_PAD}`;
    expect(fixture(t).lines('quote-not-in-body')).toEqual([]);
  });
  it('good: a quoted name glued to a hyphen modifies a noun', () => {
    const t = `“Open Harbour Act”-style rules return to the council

The council debated new rules for the harbour on Monday, after the vote on the budget.${BODY_PAD}`;
    expect(fixture(t).lines('quote-not-in-body')).toEqual([]);
    // also when the quotes layer read the name as a partial quote
    const d = fixture(t);
    d.quote('Open Harbour Act', { kind: 'partial' });
    expect(d.lines('quote-not-in-body')).toEqual([]);
    const plain = fixture(t.replace('”-style', '” rules'));
    plain.quote('Open Harbour Act', { kind: 'partial' });
    expect(plain.lines('quote-not-in-body')).toHaveLength(1);
  });
  it('bad: headline style does not excuse other words', () => {
    const t = `Mayor: “Review Port’s Licence Now”

The mayor said she would "review the port's licence" next year, after the council vote on the harbour budget.${BODY_PAD}`;
    expect(fixture(t).lines('quote-not-in-body')).toHaveLength(1);
  });
});

describe('part-exceeds-whole', () => {
  it('bad: part larger than its whole', () => {
    const d = fixture('Casualty count rises\n\nThe ministry counted 400 casualties, including 600 dead.');
    const whole = d.figure('400 casualties', { value: 400, unit: 'casualties', source: 'The ministry' });
    d.figure('600 dead', { value: 600, unit: 'dead', partOf: whole, source: 'The ministry' });
    expect(d.lines('part-exceeds-whole')).toEqual([
      'part-exceeds-whole error "600 dead" → "400 casualties" | “600 dead” is given as part of “400 casualties” but is larger than it.',
    ]);
  });
  it('good: part within its whole, also against an upper bound', () => {
    const d = fixture('Casualty count rises\n\nThe ministry counted 4,000 casualties, including 600 dead, and up to 900 wounded among up to 2,000 injured.');
    const whole = d.figure('4,000 casualties', { value: 4000, unit: 'casualties' });
    d.figure('600 dead', { value: 600, unit: 'dead', partOf: whole });
    const w2 = d.figure('up to 2,000 injured', { value: 2000, max: 2000, qualifier: 'upper-bound', unit: 'injured' });
    d.figure('up to 900 wounded', { value: 900, max: 900, qualifier: 'upper-bound', unit: 'wounded', partOf: w2 });
    expect(d.lines('part-exceeds-whole')).toEqual([]);
  });
});

describe('part-exceeds-whole: must not match', () => {
  it('parts counting something else, and shares of shares', () => {
    const d = fixture('Votes\n\nEight states, with 83 electoral votes, are split. Prisons hold 25 percent of inmates, 40 percent of whom are young.');
    const w = d.figure('Eight states', { value: 8, unit: 'states' });
    d.figure('83 electoral votes', { value: 83, unit: 'votes', partOf: w });
    const w2 = d.figure('25 percent', { value: 25, unit: 'percent', percentOf: 'inmates' });
    d.figure('40 percent', { value: 40, unit: 'percent', partOf: w2 });
    expect(d.lines('part-exceeds-whole')).toEqual([]);
  });
});

describe('unattributed-figure', () => {
  it('bad: a casualty count with no source anywhere near', () => {
    const d = fixture('Landslide in the valley\n\nLandslides in the valley buried 230 residents overnight. Roads remain closed.');
    d.figure('230 residents', { value: 230, unit: 'victims' });
    expect(d.lines('unattributed-figure')).toEqual([
      'unattributed-figure warning "230 residents" | “230 residents” is a count the reader cannot check: the text does not say who counted it.',
    ]);
  });
  it('bad: an estimate with nobody estimating', () => {
    const d = fixture('Budget\n\nThe plan will cost an estimated $4 billion over ten years. Work starts in May.');
    d.figure('an estimated $4 billion', { value: 4e9, qualifier: 'approximate', currency: 'USD' });
    expect(d.lines('unattributed-figure')).toEqual([
      'unattributed-figure warning "an estimated $4 billion" | “an estimated $4 billion” is given as an estimate, but the text does not say whose estimate it is.',
    ]);
  });
  it('good: a count credited to a document someone released', () => {
    const d = fixture('Shooting\n\nA preliminary report released by the county sheriff lists seven victims outside the venue.');
    d.figure('seven victims', { value: 7, unit: 'victims' });
    expect(d.lines('unattributed-figure')).toEqual([]);
  });
  it('good: sourced, narrative or attributed nearby', () => {
    const d = fixture(
      'Landslide in the valley\n\nLandslides in the valley buried 230 residents overnight, the rescue service said.\n\nThe home side scored 3 goals and 41,000 fans watched.\n\nAt least 12 people were killed.\n\nThe figure came from the health ministry, officials said.',
    );
    d.figure('230 residents', { value: 230, unit: 'residents' });
    d.figure('3 goals', { value: 3, unit: 'goals' });
    d.figure('41,000 fans', { value: 41000, unit: 'fans' });
    d.figure('At least 12 people', { value: 12, min: 12, qualifier: 'lower-bound', unit: 'killed' });
    expect(d.lines('unattributed-figure')).toEqual([]);
  });
});

describe('unattributed-figure: one finding per claim', () => {
  it('a part of an unsourced whole is said with the whole', () => {
    const d = fixture('Shooting\n\nThe list names seven victims outside the venue, two of which were far away. Roads remain closed.');
    const w = d.figure('seven victims', { value: 7, unit: 'victims' });
    d.figure('two', { value: 2, unit: 'victims', partOf: w });
    expect(d.lines('unattributed-figure')).toEqual([
      'unattributed-figure warning "seven victims" | “seven victims” is a count the reader cannot check: the text does not say who counted it.',
    ]);
  });
  it('"an estimated" qualifies the figure it stands before, not the others in its clause', () => {
    const d = fixture('Artillery\n\nThe North still has an estimated 14,000 guns near the border between the two Koreas. Roads remain closed.');
    d.figure('an estimated 14,000 guns', { value: 14000, qualifier: 'approximate', unit: 'guns', hedges: ['estimated'] });
    d.figure('two Koreas', { value: 2, unit: 'Koreas', hedges: ['estimated'] });
    expect(d.lines('unattributed-figure')).toEqual([
      'unattributed-figure warning "an estimated 14,000 guns" | “an estimated 14,000 guns” is given as an estimate, but the text does not say whose estimate it is.',
    ]);
  });
});

describe('vague-attribution', () => {
  it('bad: reports, analysts, sources, once per phrase', () => {
    const t = 'Plant closure\n\nReports suggest the factory will close in March. Analysts say the closure was expected, according to reports from the region.';
    const d = fixture(t);
    d.quote('the factory will close in March', { kind: 'indirect', speaker: 'Reports', named: false, cue: 'suggest' });
    expect(d.lines('vague-attribution').map((l) => l.split(' | ')[0])).toEqual([
      'vague-attribution warning "Reports suggest" → "the factory will close in March"',
      'vague-attribution warning "Analysts say" → "the closure was expected, according to reports from the region."',
      'vague-attribution warning "according to reports" → "from the region."',
    ]);
    expect(d.lines('vague-attribution')[0]).toContain('does not say who is behind the claim');
  });
  it('good: named or qualified sources, and words inside a quote', () => {
    const t =
      'Plant closure\n\nThe company said in a filing that the factory will close in March. Moody\'s analysts say the closure was expected. Pentagon sources said nothing. "Sources say we are closing, but that is wrong," the manager said.';
    const d = fixture(t);
    d.quote('Sources say we are closing, but that is wrong,', { speaker: 'the manager', cue: 'said', cueNth: 2 });
    expect(d.lines('vague-attribution')).toEqual([]);
  });
  it('good: a report the article has already introduced, behind a determiner and adjectives', () => {
    const t = 'Crash inquiry\n\nThe coroner released a report in May. The preliminary report indicated the driver was speeding. This latest report says the brakes were worn.';
    const d = fixture(t);
    expect(d.lines('vague-attribution')).toEqual([]);
  });
  it('bad: an indefinite report stays vague', () => {
    const d = fixture('Crash inquiry\n\nA preliminary report indicated the driver was speeding.');
    expect(d.lines('vague-attribution').map((l) => l.split(' | ')[0])).toEqual(['vague-attribution warning "report indicated" → "the driver was speeding."']);
  });
});

describe('loaded-language', () => {
  const text = "Harbour plan\n\nThe council's reckless scheme will ruin the old harbour, while critics called it \"a disgraceful vanity project\".";
  it('bad: narrator voice is flagged, quoted voice is not', () => {
    const d = fixture(text);
    d.loaded('reckless scheme', 'narrator', 'loaded-language');
    d.loaded('disgraceful vanity project', 'quoted', 'name-calling');
    expect(d.lines('loaded-language')).toEqual([
      "loaded-language warning \"reckless scheme\" | “reckless scheme” is emotive wording in the writer's own voice; attribute it to someone or use neutral words.",
    ]);
  });
  it('good: neutral wording, judgements only inside quotes', () => {
    const d = fixture(text.replace("reckless scheme will ruin", "plan will replace"));
    d.loaded('disgraceful vanity project', 'quoted', 'name-calling');
    expect(d.lines('loaded-language')).toEqual([]);
  });
});

describe('loaded-language: judging by form, must not match', () => {
  const cases: [string, string, string, boolean][] = [
    // [text, term, category, flagged?]
    ['Trump is a serial liar, the editor wrote in the note.', 'liar', 'name-calling', true],
    ['The sanctions hit the military regime in January.', 'regime', 'name-calling', false],
    ['People who think in these stark terms of good and evil voted early.', 'evil', 'loaded-language', false],
    ['Rather than ask whether it is patriotic to pay taxes, we look at the rules.', 'patriotic', 'loaded-language', false],
    ['He went after so-called carried interest in the plan.', 'so-called carried interest', 'name-calling', false],
    ['HE HAS BEEN CALLED OUT BY DOCTORS — and the show goes on.', 'CALLED OUT', 'loaded-language', false],
    ['The council passed a reckless budget on Monday.', 'reckless budget', 'loaded-language', true],
    ['The move stoked tension in the city.', 'stoked', 'loaded-language', false],
  ];
  for (const [sentence, term, category, flagged] of cases) {
    it(`${flagged ? 'flags' : 'does not flag'} “${term}” in “${sentence}”`, () => {
      const d = fixture(`Report\n\n${sentence}`);
      d.loaded(term, 'narrator', category);
      expect(d.lines('loaded-language').length).toBe(flagged ? 1 : 0);
    });
  }
});

describe('vague-attribution: sources named after all, must not match', () => {
  it('anaphoric, named after the head, or not the subject', () => {
    const t = 'Tax plan\n\nThe think tank published a report on Monday. The report says the plan costs more. According to a new report by Politico, aides are worried. A USA TODAY analysis of campaign reports shows a surge.';
    expect(fixture(t).lines('vague-attribution')).toEqual([]);
  });
});

describe('unattributed-figure: inside quotation marks the quotes layer missed', () => {
  it('is the speaker\'s count', () => {
    const d = fixture('Shooting\n\nThe statement read: “In taking 129 lives in little more than half an hour, the attackers showed their aim.”');
    d.figure('129 lives', { value: 129, unit: 'lives' });
    expect(d.lines('unattributed-figure')).toEqual([]);
  });
});

describe('sources-not-cited', () => {
  const text = 'Port reopens\n\nThe port reopened on Monday, the harbour authority told the Associated Press. The BBC first reported the delay.\n\nSources for this article include:\nAPNews.com\nBBC.com\nReuters.com\nZeroHedge.com';
  it('bad: listed sources never cited (outlet names matched, not just domains)', () => {
    const d = fixture(text);
    expect(d.lines('sources-not-cited')).toEqual([
      'sources-not-cited warning "Reuters.com" | “Reuters.com” is listed as a source, but the text never cites “Reuters”.',
      'sources-not-cited warning "ZeroHedge.com" | “ZeroHedge.com” is listed as a source, but the text never cites “Zero Hedge” or “ZeroHedge”.',
    ]);
  });
  it('good: every listed source is cited', () => {
    const d = fixture(text.replace('first reported', 'and Reuters first reported').replace('the delay.', 'the delay, which Zero Hedge repeated.'));
    expect(d.lines('sources-not-cited')).toEqual([]);
  });
  it('a "Read more" list is further reading, and contacts are not sources', () => {
    expect(fixture('Port reopens\n\nThe port reopened on Monday.\n\nRead more:\nThe Left’s New Plan for the Harbour\nReuters.com').lines('sources-not-cited')).toEqual([]);
    expect(fixture('Port reopens\n\nThe port reopened on Monday.\n\nSources:\njane@example.com\nTwitter.com/janedoe').lines('sources-not-cited')).toEqual([]);
  });
  it('user outlets extend the table, bad entries become diagnostics', () => {
    const d = fixture('Port reopens\n\nThe port reopened, Harbour Watch reported.\n\nSources:\nhw-news.example');
    expect(d.lines('sources-not-cited', {}, { outlets: [{ domain: 'hw-news.example', names: ['Harbour Watch'] }, 42] })).toEqual([]);
  });
});

describe('stretch rules', () => {
  it('contradiction: same group, opposite terms', () => {
    const t = "Fire crews\n\nThe city's firefighters were unequipped for the blaze. The chief said the firefighters were well-equipped.";
    const d = fixture(t);
    d.entity('firefighters', 'group', null, [['firefighters', 0], ['firefighters', 1]]);
    expect(d.lines('contradiction').map((l) => l.split(' | ')[0])).toEqual(['contradiction info "unequipped" → "well-equipped"']);
    const other = fixture(t.replace('the firefighters were well', 'the police were well'));
    other.entity('firefighters', 'group', null, ['firefighters']);
    other.entity('police', 'group', null, ['police']);
    expect(other.lines('contradiction')).toEqual([]);
  });
  it('contradiction: when each word has its source, the finding says the sources disagree', () => {
    const t = "Fire crews\n\nThe union said the firefighters were unequipped for the blaze. The chief said the firefighters were well-equipped.";
    const d = fixture(t);
    d.entity('firefighters', 'group', null, [['firefighters', 0], ['firefighters', 1]]);
    d.quote('the firefighters were unequipped for the blaze', { speaker: 'The union', cue: 'said' });
    d.quote('the firefighters were well-equipped', { speaker: 'The chief', cue: 'said' });
    expect(d.lines('contradiction').map((l) => l.split(' | ')[1])).toEqual(['Sources disagree about the same group: The union “unequipped” here, The chief “well-equipped” elsewhere.']);
  });
  it('place-country-mismatch: a place given to the wrong country', () => {
    const t = "Storms\n\nStorms hit France's Bavaria region on Sunday, and Germany's Bavaria region on Monday.";
    const d = fixture(t);
    d.entity('France', 'country', 'FRA', ['France']);
    d.entity('Germany', 'country', 'DEU', ['Germany']);
    d.entity('Bavaria', 'place', 'DEU', [['Bavaria', 0], ['Bavaria', 1]]);
    expect(d.lines('place-country-mismatch')).toEqual([
      "place-country-mismatch info \"France's Bavaria\" → \"Bavaria\" | “France's Bavaria” places Bavaria in France, but Bavaria lies in Germany.",
    ]);
  });
  it("place-country-mismatch must not: a participle says what the country did to the place (\"Ukraine's captured Kursk region\")", () => {
    const t = "Border\n\nTroops left Ukraine's captured Kursk region and Russia's occupied Crimea on Sunday.";
    const d = fixture(t);
    d.entity('Ukraine', 'country', 'UKR', ['Ukraine']);
    d.entity('Russia', 'country', 'RUS', ['Russia']);
    d.entity('Kursk', 'place', 'RUS', ['Kursk']);
    d.entity('Crimea', 'place', 'UKR', ['Crimea']);
    expect(d.lines('place-country-mismatch')).toEqual([]);
  });
  it('conditional-quote: if … would, and not a plain quote', () => {
    const t = 'Bridge\n\n"If the river rises another metre, the bridge would have to close," the mayor warns. "The bridge is open," she said.';
    const d = fixture(t);
    d.quote('If the river rises another metre, the bridge would have to close,', { speaker: 'the mayor', cue: 'warns' });
    d.quote('The bridge is open,', { speaker: 'she', cue: 'said' });
    expect(d.lines('conditional-quote').map((l) => l.split(' | ')[0])).toEqual(['conditional-quote info "If the river rises another metre, the bridge would have to close," → "warns"']);
  });
});

describe('rule registry and selection', () => {
  it('every rule is documented with a severity and a bad and a good example', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(r.description.length).toBeGreaterThan(20);
      expect(r.example.bad).not.toBe(r.example.good);
      if (r.stretch) expect(r.severity).toBe('info');
    }
  });
  it('--rules: a list runs only those, -id turns one off, unknown ids are misuse', () => {
    expect(parseRuleSelection('loaded-language')['hedge-dropped']).toBe(false);
    expect(parseRuleSelection('-loaded-language')).toEqual({ 'loaded-language': false });
    expect(() => parseRuleSelection('no-such-rule')).toThrow(/unknown rule `no-such-rule`/);
    const d = fixture("Harbour\n\nThe council's reckless scheme was approved.");
    d.loaded('reckless scheme', 'narrator');
    expect(d.findings({ rules: { 'loaded-language': false } })).toEqual([]);
  });
  it('findings have ids k1.. in start order and text equal to the slice', () => {
    const d = fixture("Harbour\n\nThe council's reckless scheme was a shameful waste.");
    d.loaded('shameful waste', 'narrator');
    d.loaded('reckless scheme', 'narrator');
    const f = d.findings();
    expect(f.map((x) => x.id)).toEqual(['k1', 'k2']);
    expect(f[0].start).toBeLessThan(f[1].start);
    for (const x of f) expect(d.text.slice(x.start, x.end)).toBe(x.text);
  });
});

describe('loaded-language: grading, facts, reported acts and transcript turns', () => {
  // [text, term, category, layer rule, flagged?]
  const cases: [string, string, string, string, boolean][] = [
    ['Kaine is a staunch opponent of the death penalty in the state.', 'staunch opponent of the death penalty', 'loaded-language', 'loaded/emotive', false],
    ['The firm paid to clean up a harmful coal byproduct near the river.', 'harmful coal byproduct', 'loaded-language', 'loaded/emotive', false],
    ['Doses must stay cold, which is tricky in a town with unreliable electricity.', 'unreliable electricity', 'loaded-language', 'loaded/judgement', false],
    ['The senator aggressively pushed the plan in May.', 'aggressively pushed', 'loaded-language', 'loaded/emotive-adverb', false],
    ['Her critics fiercely opposed the zoning plan.', 'fiercely opposed', 'loaded-language', 'loaded/emotive-adverb', false],
    ['The agency issued an unprecedented warning on Friday.', 'unprecedented warning', 'exaggeration', 'loaded/hyperbole', false],
    ['The disgraced former mayor was sentenced on Monday.', 'disgraced', 'loaded-language', 'loaded/emotive', false],
    ['The boy is sick and stayed home from school.', 'sick', 'loaded-language', 'loaded/emotive', false],
    ['Reid frequently mocked Romney over his tax returns.', 'frequently mocked', 'loaded-language', 'loaded/emotive-verb', false],
    ['The talks failed on the inherent hostility of the regime to inspections.', 'inherent hostility of the regime', 'loaded-language', 'loaded/emotive-noun', false],
    ['The devastating hurricane cut power to the island.', 'devastating hurricane', 'loaded-language', 'loaded/emotive', false],
    ['The rebels annihilated the garrison in 1942, the archive shows.', 'annihilated', 'loaded-language', 'loaded/emotive', false],
    ['The plan drew a swift backlash from farmers on Monday.', 'swift backlash', 'loaded-language', 'loaded/catastrophe', false],
    ['The watchdog released a scathing report on the agency.', 'scathing report', 'loaded-language', 'loaded/emotive', false],
    ['Talks were cancelled by the furious North Koreans on Monday.', 'furious', 'loaded-language', 'loaded/emotive', false],
    ['We were outraged by the vote on Monday.', 'outraged', 'loaded-language', 'loaded/emotive', true],
    ['The senator sent a devastating letter to the board.', 'devastating letter', 'loaded-language', 'loaded/emotive', true],
    ['The cruel hostility of the regime shocked the envoys.', 'cruel hostility of the regime', 'loaded-language', 'loaded/emotive', true],
    // clear cases stay
    ['He is a rampant xenophobe who lies about crime.', 'rampant xenophobe', 'loaded-language', 'loaded/emotive', true],
    ['The council made an unholy alliance with the developers.', 'unholy alliance', 'loaded-language', 'loaded/emotive', true],
    ['The losses this year were staggering for the town.', 'staggering', 'exaggeration', 'loaded/hyperbole', true],
    ["It remains one of the world's most oppressive regimes to this day.", "one of the world's most oppressive regimes", 'exaggeration', 'loaded/superlative', true],
    ['The ministers foolishly withdrew every ranger from the park.', 'foolishly withdrew', 'loaded-language', 'loaded/emotive-adverb', true],
    ['The mayor ran a reckless and harmful campaign against the port.', 'reckless and harmful campaign', 'loaded-language', 'loaded/emotive', true],
  ];
  for (const [sentence, term, category, rule, flagged] of cases) {
    it(`${flagged ? 'flags' : 'does not flag'} “${term}” (${rule}) in “${sentence}”`, () => {
      const d = fixture(`Report\n\n${sentence}`);
      d.loaded(term, 'narrator', category);
      d.layers.loaded[0].rule = rule;
      expect(d.lines('loaded-language').map((l) => l.split(' | ')[0])).toEqual(flagged ? [`loaded-language warning "${term}"`] : []);
    });
  }
  const interview = 'Interview\n\nThe host spoke to the editor on Monday.\nDB: Is the case strong?\nJP: It is ludicrous.\nDB: Why now?\nJP: Ask them.\n\nThe talk ended early. It was a ludicrous talk.';
  it('does not flag a turn of an interview transcript, flags the narrator after it', () => {
    const d = fixture(interview);
    d.loaded('ludicrous', 'narrator');
    d.loaded('ludicrous talk', 'narrator');
    expect(d.lines('loaded-language').map((l) => l.split(' | ')[0])).toEqual(['loaded-language warning "ludicrous talk"']);
  });
  it('does not flag a quotation running over several lines, flags the narrator around it', () => {
    const d = fixture('Speech\n\nThe bishop spoke on Sunday. “There is no proof.\nIt is all slander.\nIs that clear?” The absurd claim was repeated.');
    d.loaded('slander', 'narrator');
    d.loaded('absurd claim', 'narrator');
    expect(d.lines('loaded-language').map((l) => l.split(' | ')[0])).toEqual(['loaded-language warning "absurd claim"']);
  });
  it('does not flag words between doubled apostrophes or before a closing reporting clause', () => {
    const d = fixture("Party\n\nHe said that ''the party became an echo chamber'' last year. The plan is absurd, the mayor said on Tuesday. The absurd plan failed.");
    d.loaded('echo chamber', 'narrator');
    d.loaded('absurd', 'narrator');
    d.loaded('absurd plan', 'narrator');
    expect(d.lines('loaded-language').map((l) => l.split(' | ')[0])).toEqual(['loaded-language warning "absurd plan"']);
  });
  it('labels that never repeat a speaker are rubrics, not turns', () => {
    const d = fixture('News\n\nUPDATE: The vote is off.\nRELATED: The plan.\nWATCH: It is ludicrous.');
    d.loaded('ludicrous', 'narrator');
    expect(d.lines('loaded-language')).toHaveLength(1);
  });
});
