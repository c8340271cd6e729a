import { describe, expect, it } from 'vitest';
import { run, invariantViolations } from '../../../test/helpers.js';
import type { Analysis } from '../../types.js';

/** One line per hedge: `hedge epistemic "may" scope="..." (hedges/modal)`. */
function render(a: Analysis): string[] {
  return a.hedges.map((h) => `hedge ${h.kind} "${h.text}" scope="${a.document.text.slice(h.scope.start, h.scope.end)}" (${h.rule})`);
}

const rows: [string, string[]][] = [
  ['Engineers doubt that the dam will hold.', ['hedge epistemic "doubt" scope="Engineers doubt that the dam will hold" (hedges/verb)']],
  ['The ceasefire may collapse within days.', ['hedge epistemic "may" scope="The ceasefire may collapse within days" (hedges/modal)']],
  ['Officials said the talks will likely resume in March.', ['hedge epistemic "likely" scope="Officials said the talks will likely resume in March" (hedges/adverb)']],
  ['The minister reportedly resigned on Friday.', ['hedge epistemic "reportedly" scope="The minister reportedly resigned on Friday" (hedges/adverb)']],
  ['The agency estimates 3,000 deaths, including 400 children, in the region.', ['hedge epistemic "estimates" scope="The agency estimates 3,000 deaths, including 400 children, in the region" (hedges/estimate)']],
  ['The bridge, which engineers say could fail, was closed.', ['hedge epistemic "could" scope="which engineers say could fail" (hedges/modal)']],
  ['The pact could reshape security, especially as the army tests missiles.', ['hedge epistemic "could" scope="The pact could reshape security" (hedges/modal)']],
  ['Prices may rise, as the central bank warned last week.', ['hedge epistemic "may" scope="Prices may rise" (hedges/modal)']],
  ['The storm may have killed dozens, as many as 300 people.', ['hedge epistemic "may" scope="The storm may have killed dozens, as many as 300 people" (hedges/modal)']],
  ['Troops may stay for months, as well as the advisers.', ['hedge epistemic "may" scope="Troops may stay for months, as well as the advisers" (hedges/modal)']],
  ['Some say the mayor lied.', ['hedge weasel "Some say" scope="Some say the mayor lied" (hedges/weasel-phrase)']],
  ['Critics argue that the law is unfair.', ['hedge weasel "Critics" scope="Critics argue that the law is unfair" (hedges/weasel-group)']],
  ['Many believe the vote was rigged.', ['hedge weasel "Many believe" scope="Many believe the vote was rigged" (hedges/weasel-phrase)']],
  ['It is thought that the fire began in the kitchen.', ['hedge weasel "It is thought" scope="It is thought that the fire began in the kitchen" (hedges/passive-attribution)']],
  ['Reports indicate the dam was damaged.', [
    'hedge attribution "Reports indicate" scope="Reports indicate the dam was damaged" (hedges/vague-source)',
    'hedge epistemic "indicate" scope="Reports indicate the dam was damaged" (hedges/verb)',
  ]],
  ['Sources say the deal is done, but the company denies it.', ['hedge attribution "Sources say" scope="Sources say the deal is done" (hedges/vague-source)']],
  ['The suspect apparently fled; police found his car.', ['hedge epistemic "apparently" scope="The suspect apparently fled" (hedges/adverb)']],
  ['The painter is best known for his portraits.', ['hedge weasel "best known" scope="The painter is best known for his portraits" (hedges/consensus)']],
  ['It is one of the most celebrated bridges in Europe.', ['hedge weasel "one of the most celebrated" scope="It is one of the most celebrated bridges in Europe" (hedges/consensus)']],
  ['The square is often referred to as the heart of the city.', ['hedge weasel "is often referred to" scope="The square is often referred to as the heart of the city" (hedges/consensus)']],
  ['Many residents left the town.', ['hedge weasel "Many" scope="Many residents left the town" (hedges/weasel-quantifier)']],
  ['The drug may have caused the deaths.', ['hedge epistemic "may" scope="The drug may have caused the deaths" (hedges/modal)']],
  // a superlative ranking with no ranker (MOS:PEACOCK)
  ['The museum is one of the most important in Europe.', ['hedge weasel "one of the most" scope="The museum is one of the most important in Europe" (hedges/consensus)']],
  ['The bridge is among the finest in the region.', ['hedge weasel "among the finest" scope="The bridge is among the finest in the region" (hedges/consensus)']],
  // a participle between quantifier and noun, a preposition before it, a negative frequency
  ['Several recurring characters appear in the show.', ['hedge weasel "Several" scope="Several recurring characters appear in the show" (hedges/weasel-quantifier)']],
  ['The vote was held at many polling stations.', ['hedge weasel "many" scope="The vote was held at many polling stations" (hedges/weasel-quantifier)']],
  ['Villagers rarely see a doctor.', ['hedge epistemic "rarely" scope="Villagers rarely see a doctor" (hedges/approximator)']],
  // "indicate" with a clause; a progressive after a modal is no root passive
  ['The tests indicate that the water is safe.', ['hedge epistemic "indicate" scope="The tests indicate that the water is safe" (hedges/verb)']],
  ['The records may be lacking.', ['hedge epistemic "may" scope="The records may be lacking" (hedges/modal)']],
  // a modal coordinated with a perfect, or in a complement clause, is a conjecture
  ['Russia has sent troops and may send more.', ['hedge epistemic "may" scope="Russia has sent troops and may send more" (hedges/modal)']],
  ['Officials fear the dam may fail, and the river is rising.', ['hedge epistemic "may" scope="Officials fear the dam may fail" (hedges/modal)']],
  // "claim" with a clause and an unnamed claimant (MOS:CLAIM)
  ['The story also claimed that the principal refused.', ['hedge weasel "claimed" scope="The story also claimed that the principal refused" (hedges/weasel-claim)']],
  ['They also claim the mayor lied.', ['hedge weasel "claim" scope="They also claim the mayor lied" (hedges/weasel-claim)']],
  // a predicate after "appear"; a group with a verb of saying, also in a relative clause
  ['The minister appeared visibly shaken.', ['hedge epistemic "appeared" scope="The minister appeared visibly shaken" (hedges/verb)']],
  ['Experts have long warned that the dam is weak.', ['hedge weasel "Experts" scope="Experts have long warned that the dam is weak" (hedges/weasel-group)']],
  ['There are historians who believe the king was poisoned.', ['hedge weasel "historians who believe" scope="There are historians who believe the king was poisoned" (hedges/weasel-group)']],
  ['Scientists say the glacier is melting.', ['hedge weasel "Scientists say" scope="Scientists say the glacier is melting" (hedges/weasel-group)']],
  // hearsay "reported to", a negative quantifier, beliefs held by people at large
  ['The general is reported to have fled.', ['hedge weasel "is reported to" scope="The general is reported to have fled" (hedges/passive-attribution)']],
  ['Few voters trust the council.', ['hedge weasel "Few" scope="Few voters trust the council" (hedges/weasel-quantifier)']],
  ['The common belief that tea cures colds is wrong.', ['hedge weasel "common belief" scope="The common belief that tea cures colds is wrong" (hedges/consensus)']],
  ['The bridge has sometimes been called a folly.', ['hedge weasel "has sometimes been called" scope="The bridge has sometimes been called a folly" (hedges/consensus)']],
  ['The drug is known to cause rashes.', ['hedge weasel "is known to" scope="The drug is known to cause rashes" (hedges/consensus)']],
  // a first-person belief about a fact; a conjecture "could"
  ['The data suggest that the virus must have jumped from bats.', ['hedge epistemic "suggest" scope="The data suggest that the virus must have jumped from bats" (hedges/verb)']],
  ['I believe the talks will fail.', ['hedge epistemic "I believe" scope="I believe the talks will fail" (hedges/belief)']],
  ['The troops could reach the city by Friday.', ['hedge epistemic "could" scope="The troops could reach the city by Friday" (hedges/modal)']],
];

// Must not match: months, ability, approximate figures, the root-possibility passive, frequency.
const negatives: string[] = [
  // "no doubt" and "beyond reasonable doubt" assert (boosters, Hyland 2005)
  'There is no doubt that the dam failed.',
  'The jury found him guilty beyond reasonable doubt.',
  'The election was held in May.',
  // a named claimant is an attribution; a plain object or the noun is no claim of fact
  'Smith claims that the vote was rigged.',
  'He claimed the title in 2019, and the storm claimed 40 lives.',
  'Her claim that she was a nurse was wrong.',
  'The rescuers could not reach the village.',
  'Some 12,000 troops crossed the border.',
  'About 300 people attended the rally.',
  'The parts may be ordered online.',
  'The committee usually meets on Tuesdays.',
  'She appeared on the show in 2019.',
  'He was the tallest player in the league.',
  'The president confirmed that 40 soldiers died.',
  'As many as 500 people were evacuated.',
  'Severe cases may require surgery.',
  'The trail is known as the Devil’s Staircase.',
  // "indicate" with a plain object means "show, signal"
  'A lamp on the panel is there to indicate power.',
  'The signal indicates the direction of travel.',
  // existential "may": shared subject of a generic present, generic antecedent, gerund subject
  'Ferries run daily and may carry cars.',
  'Other treatments that may help include rest.',
  'Treating the symptoms may make patients comfortable.',
  // "may" of purpose
  'Pray for us, that we may find peace.',
  'They saved money so that they may travel.',
  // comparative propensity, "in general" after a noun, classifier "sort of"
  'A species is more likely to nest on cliffs.',
  'The band shaped rock music in general.',
  'He painted a sort of gallery of saints.',
  // a name after a verb of naming
  'These boats are often called Dragon boats.',
  'The plant is commonly known as "devil\'s ivy".',
  // diversity, not a vague number of people
  'The museum holds various paintings.',
  // deontic "should": what ought to happen, not doubt about what did
  'The senator should release his tax returns.',
  // "appear" = show up; "suggest" = propose; creeds and convictions; ability and counterfactuals
  'The actor can appear anywhere on the set.',
  'The logo appears again in the final scene.',
  'The logo appears last in the credits.',
  'She appeared only to the guards.',
  'The mayor suggested holding a referendum.',
  'The union suggested that workers should strike.',
  'We believe in free elections.',
  'We believe that every citizen has the right to vote.',
  'They were as big as the land could feed.',
  'They left early so that they could vote.',
  'The rescuers could find no survivors.',
  'He wishes he could have stopped the attack.',
  // variation "may"; an active "often cite" with its subject; a named knower; a specific "certain"
  'Fees may vary between schools.',
  'Supporters often cite the constitution.',
  'The poet is known to us only from one letter.',
  'The villagers prayed to a certain god.',
  // a group acting, not holding a view; events recorded, not hearsay; superlatives, "the few"
  'Health experts have responded with quarantines.',
  'No deaths have been reported.',
  'Cases were reported from a clinic near the lake.',
  'In that most difficult period, his family helped.',
  'The few willing to travel were welcomed.',
];

describe('hedges', () => {
  it.each(rows)('%s', (text, expected) => {
    const a = run(text);
    expect(invariantViolations(a)).toEqual([]);
    const got = render(a);
    for (const line of expected) expect(got).toContain(line);
  });

  it.each(negatives)('no hedge in: %s', (text) => {
    expect(render(run(text))).toEqual([]);
  });

  it('ids run h1.. in order of start', () => {
    const a = run('Critics say the plan may fail. It is believed that it could.');
    expect(a.hedges.map((h) => h.id)).toEqual(a.hedges.map((_, i) => `h${i + 1}`));
  });

  it('takes user cues from --lexicon `hedges` and reports bad entries', () => {
    const a = run('Word on the street is that the mayor quits.', { lexicon: { hedges: ['word on the street', { cue: 'x', kind: 'nope' }, 42] } });
    expect(render(a)).toContain('hedge epistemic "Word on the street" scope="Word on the street is that the mayor quits" (hedges/user)');
    expect(a.diagnostics.filter((d) => d.code === 'W_LEXICON_ENTRY')).toHaveLength(2);
  });

  it('no weasel in an apposition "many" with a participle', () => {
    expect(render(run('Thousands of soldiers, many conscripted from villages, died.'))).toEqual([]);
  });

  // A modal coordinated with a generic present ("..., and may cause ...") reads as "sometimes"
  // (see `genericConjunct`), but wink tags "spreads" here as a noun, so the present is missed.
  it.fails('no hedge in a coordinated existential "may"', () => {
    expect(render(run('The virus spreads through water and may cause fever.'))).toEqual([]);
  });
});
