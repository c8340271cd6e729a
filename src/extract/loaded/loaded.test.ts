import { describe, expect, it } from 'vitest';
import { run, invariantViolations } from '../../../test/helpers.js';
import type { Analysis, Quote } from '../../types.js';
import { quotationMarks, voiceOf } from './voice.js';

/** One line per loaded term: `loaded name-calling "thugs" voice=narrator (loaded/label)`. */
function render(a: Analysis): string[] {
  return a.loaded.map((l) => `loaded ${l.category} "${l.text}" voice=${l.voice} (${l.rule})`);
}

const rows: [string, string[]][] = [
  ['The two states formed an unholy alliance last year.', ['loaded loaded-language "unholy alliance" voice=narrator (loaded/emotive)']],
  ['The cost of the war is staggering.', ['loaded exaggeration "staggering" voice=narrator (loaded/hyperbole)']],
  ['It is one of the world’s most repressive governments.', ['loaded exaggeration "one of the world’s most repressive governments" voice=narrator (loaded/superlative)']],
  ['Villagers paid for the tyrant’s ambitions.', ['loaded name-calling "tyrant’s ambitions" voice=narrator (loaded/label)']],
  ['The plan was a desperate gamble.', ['loaded loaded-language "desperate gamble" voice=narrator (loaded/emotive)']],
  // a label takes its modifiers, as PTC spans do ("government thugs", "white supremacist")
  ['Protesters were beaten by government thugs.', ['loaded name-calling "government thugs" voice=narrator (loaded/label)']],
  ['He is a white supremacist.', ['loaded name-calling "white supremacist" voice=narrator (loaded/label)']],
  ['The proposal is utterly absurd.', ['loaded loaded-language "utterly absurd" voice=narrator (loaded/amplified)']],
  // before other nouns "sick" judges
  ['It was a sick joke.', ['loaded loaded-language "sick joke" voice=narrator (loaded/emotive)']],
  ['The so-called experts were wrong.', ['loaded name-calling "so-called experts" voice=narrator (loaded/so-called)']],
  ['The region faces an axis of tyranny.', ['loaded name-calling "axis of tyranny" voice=narrator (loaded/axis-of)']],
  // only word-list labels take modifiers; "axis of" keeps its own span
  ['They warned of a growing axis of tyranny.', ['loaded name-calling "axis of tyranny" voice=reported (loaded/axis-of)']],
  ['The council shamefully ignored the report.', ['loaded loaded-language "shamefully ignored" voice=narrator (loaded/emotive-adverb)']],
  ['There is NO evidence for the claim.', ['loaded loaded-language "NO" voice=narrator (loaded/shouting)']],
  ['The excuse was so ridiculous that nobody laughed.', ['loaded loaded-language "so ridiculous" voice=narrator (loaded/amplified)']],
  ['The senator vilified the judges.', ['loaded loaded-language "vilified" voice=narrator (loaded/emotive)']],
  ['The minister publicly mocked the plan.', ['loaded loaded-language "mocked" voice=narrator (loaded/emotive-verb)']],
  ['The minister openly mocked the plan.', ['loaded loaded-language "openly mocked" voice=narrator (loaded/emotive-verb)']],
  ['Critics called the rollout a disaster.', ['loaded loaded-language "disaster" voice=reported (loaded/catastrophe)']],
  ['The rollout was a disaster.', ['loaded loaded-language "disaster" voice=narrator (loaded/catastrophe)']],
  ['The fanatics stormed the hall.', ['loaded name-calling "fanatics" voice=narrator (loaded/label)']],
  ['The plan was a hopeless mess.', ['loaded loaded-language "hopeless mess" voice=narrator (loaded/catastrophe)']],
  ['The claim is ridiculous and illogical.', ['loaded loaded-language "ridiculous and illogical" voice=narrator (loaded/emotive)']],
  ['Aid reached the hurricane-ravaged island.', ['loaded loaded-language "hurricane-ravaged" voice=narrator (loaded/emotive)']],
  ['It was a momentous victory for the party.', ['loaded exaggeration "momentous victory" voice=narrator (loaded/magnitude)']],
  ['The corrupt officials fled the country.', ['loaded loaded-language "corrupt officials" voice=narrator (loaded/judgement)']],
  ['What the hell is going on?', ['loaded loaded-language "hell" voice=narrator (loaded/profanity)']],
  // an emotive adjective takes the rest of its noun phrase, modifiers before the head only
  ['The firm ran a reckless Senate campaign.', ['loaded loaded-language "reckless Senate campaign" voice=narrator (loaded/emotive)']],
  ['They signed a ruthless trade pact last year.', ['loaded loaded-language "ruthless trade pact" voice=narrator (loaded/emotive)']],
  // a loaded noun takes its of-phrase
  ['The verdict was a travesty of justice.', ['loaded loaded-language "travesty of justice" voice=narrator (loaded/emotive)']],
  // the same adjective outside a term of art judges
  ['It was a fraudulent election.', ['loaded loaded-language "fraudulent election" voice=narrator (loaded/emotive)']],
  // a question that accuses is no poll: it keeps its label
  ['You are a liar, are you not?', ['loaded name-calling "liar" voice=narrator (loaded/label)']],
  // a repeated intensifier is emphasis
  ['The talks were very, very difficult.', ['loaded exaggeration "very, very difficult" voice=narrator (loaded/reduplication)']],
  ['He will never, ever resign.', ['loaded exaggeration "never, ever" voice=narrator (loaded/reduplication)']],
  // servility epithets (Wikipedia, "Sycophancy")
  ['The board was full of lapdogs.', ['loaded name-calling "lapdogs" voice=narrator (loaded/label)']],
  // hyphenated entries match as the tokenizer splits them ("witch - hunt")
  ['The inquiry was a witch-hunt from the start.', ['loaded loaded-language "witch-hunt" voice=narrator (loaded/emotive)']],
  // nouns of quality made from emotive and judgement adjectives
  ['Voters were struck by the ruthlessness of the plan.', ['loaded loaded-language "ruthlessness of the plan" voice=narrator (loaded/emotive-noun)']],
  ['The futility of the rule was plain.', ['loaded loaded-language "futility of the rule" voice=narrator (loaded/emotive-noun)']],
  // in a title-case headline the tagger reads adjectives as names
  ['Mayor Attacks Disgraceful Verdict', ['loaded loaded-language "Disgraceful" voice=narrator (loaded/emotive)']],
  // in a title-case headline a capitalised label is still a label
  ['Mayor Calls Rival Party A Bunch Of Thugs', ['loaded name-calling "Thugs" voice=narrator (loaded/label)']],
  // adjectives of intense emotion (Appraisal affect)
  ['It was a heart-wrenching scene at the port.', ['loaded loaded-language "heart-wrenching scene" voice=narrator (loaded/affect)']],
  ['Residents were horrified by the plan.', ['loaded loaded-language "horrified" voice=narrator (loaded/affect)']],
  // "most" as an intensifier before an emotive adjective
  ['It was a most shameful episode.', ['loaded loaded-language "most shameful episode" voice=narrator (loaded/amplified)']],
  // a sentence repeated word for word (a site's poll or promo) is reported once
  ['Readers chose the most shameful excuse of the week. Readers chose the most shameful excuse of the week.', ['loaded loaded-language "most shameful excuse of the week" voice=narrator (loaded/amplified)']],
  ['The mayor said: “These thugs will pay.”', ['loaded name-calling "thugs" voice=quoted (loaded/label)']],
  // an intensifying prefix on a political position is a label, with the noun it modifies
  ['The arch-conservative cardinal resigned.', ['loaded name-calling "arch-conservative cardinal" voice=narrator (loaded/prefix-label)']],
  // stock metaphors and idioms (Orwell's dying metaphors, idiom dictionaries), inflected forms included
  ['The deal was a Trojan horse for the lobby.', ['loaded loaded-language "Trojan horse" voice=narrator (loaded/idiom)']],
  ['The senator was dragging his feet on the bill.', ['loaded loaded-language "dragging his feet" voice=narrator (loaded/idiom)']],
  ["Debt is the Achilles' heel of the plan.", ['loaded loaded-language "Achilles\' heel of the plan" voice=narrator (loaded/idiom)']],
  // an amplifier made from an emotive adjective reads as manner before a verb
  ['Police violently dispersed the crowd.', ['loaded loaded-language "violently dispersed" voice=narrator (loaded/emotive-adverb)']],
  // character judgements (temper, weakness, servility) coordinate like other adjectives
  ['They were testy and rude.', ['loaded loaded-language "testy and rude" voice=narrator (loaded/judgement)']],
  ['The minister gave an obsequious speech.', ['loaded loaded-language "obsequious speech" voice=narrator (loaded/judgement)']],
  // coordinated loaded nouns go together
  ['The report was full of slander and calumny.', ['loaded loaded-language "slander and calumny" voice=narrator (loaded/emotive)']],
  // metaphors of violent motion
  ['Prices skyrocketed after the vote.', ['loaded loaded-language "skyrocketed" voice=narrator (loaded/emotive)']],
  ['The reporter was hounded by rivals.', ['loaded loaded-language "hounded" voice=narrator (loaded/emotive-verb)']],
  // the experiencer of an emphatic participle of surprise
  ['Voters were stunned by the result.', ['loaded loaded-language "stunned" voice=narrator (loaded/affect)']],
  // nouns of trickery take their adjectives
  ['The plan was pure legerdemain.', ['loaded loaded-language "pure legerdemain" voice=narrator (loaded/emotive)']],
  ['He is a vassal of Moscow.', ['loaded name-calling "vassal" voice=narrator (loaded/label)']],
];

// Must not match: neutral uses of words that are loaded elsewhere.
const negatives: string[] = [
  'The new tax regime starts in April.',
  'The sanctions regime was tightened.',
  'The army sent 2,000 troops to the border.',
  'She completed the course and passed the exam.',
  'The committee approved the budget on Monday.',
  'It was the most expensive film of the year.',
  'The IT department moved to a very large building.',
  'NATO and the EU met in Brussels.',
  'The report was published on time.',
  // "the X regime" is ordinary news usage; PTC annotators never marked it
  'Aid workers fled the Assad regime.',
  // literal, legal and measuring senses of words that are loaded elsewhere
  'The crisis management team met on Monday.',
  'Police opened a criminal investigation into the fire.',
  'Total sales rose by 5 percent.',
  'The epidemic spread to three provinces.',
  'Prosecutors said the fraud cost investors millions.',
  'Officials praised the volunteers.',
  // reporting verbs of stance and praise: the speaker's stance, not the narrator's loaded words
  'The senator condemned the attack on Monday.',
  'The council denounced the decision.',
  'The minister hailed the agreement.',
  // literal senses and plain names of events
  'The fire destroyed two houses.',
  'Farmers warn of ruined harvests after the floods.',
  'The abuse scandal widened on Friday.',
  'The crash was a tragedy for the town.',
  'A huge crowd gathered in the square.',
  'Police defused an explosive device.',
  'The historic building reopened.',
  'They unveiled a radical new design.',
  'The notorious prison closed in 1990.',
  // names of real parties and movements, and a capitalised label used as a name
  'North Korean communists met in Pyongyang.',
  'She joined the Zionist Federation in 1990.',
  'Fans of Liar queued in Leeds on Friday.',
  // "so-called" before a name introduces the name
  'He led the so-called Geneva Group.',
  // core, low-intensity emotion words describe a state plainly
  'She was sad to leave the city.',
  'Residents were worried about the plan.',
  // the plain medical sense of "sick" and "virulent"; a party and state designation in capitals
  'The nurse cared for a sick child at home.',
  'Doctors found a virulent strain of the virus.',
  'Rep. Jane Smith (D-CA) told reporters she would vote no.',
  // terms of art of law and finance: the adjective classifies
  'Police froze three fraudulent bank accounts.',
  'He was charged with reckless driving.',
  'The firm made corrupt payments to officials.',
  // a poll question asks for the reader's judgement and makes none
  'Whom do you consider the most corrupt mayor?',
  'Do you think the plan is a disaster?',
  // three or more words in capitals are a heading, not shouting; "OK" is the standard spelling
  'WATCH THE FULL SPEECH: the mayor speaks on Friday.',
  'The mayor said it was OK to leave early.',
  // a repeated word that is no intensifier, and an intensifier used once
  'The very first train left at six.',
  'They voted yes, yes and no.',
  // an emotive adverb set off by a comma comments on the clause (a disjunct)
  'Shockingly, the vote passed.',
  // a catastrophe noun as a compound's modifier classifies
  'Disaster relief funds arrived on Monday.',
  // an intensifying prefix on anything but a political position is ordinary
  'The ultra-high frequency band was sold.',
  // literal senses: the verbs of violent motion that news uses plainly
  'The bomb exploded near the market.',
  'Officials scrambled to respond.',
  'Christians are persecuted in the region.',
  // capitals before a capitalised word or a colon are a promo or a rubric
  'MUST WATCH Mayor speaks about the fire.',
  'RELATED: Mayor speaks about the fire.',
  // an adjective-list word misread after a modal is the verb
  'He would utter the words again.',
  // diplomatic formulae and core, low-force evaluation
  'Officials were deeply concerned about the plan.',
  'It was a bad decision.',
  'The city was badly damaged by the storm.',
  'It is the remarkable story of a nurse.',
  'The two leaders traded insults.',
  // idioms with a common literal reading are left out
  'Her big brother came home.',
  'Farmers bought fodder for the winter.',
];

describe('loaded', () => {
  it.each(rows)('%s', (text, expected) => {
    const a = run(text);
    expect(invariantViolations(a)).toEqual([]);
    expect(render(a)).toEqual(expected);
  });

  it.each(negatives)('nothing loaded in: %s', (text) => {
    expect(render(run(text))).toEqual([]);
  });

  it('takes user terms from --lexicon `loaded` and reports bad entries', () => {
    const a = run('The bill is a nothingburger.', { lexicon: { loaded: [{ term: 'nothingburger', category: 'loaded-language' }, { term: 'x', category: 'bad' }] } });
    expect(render(a)).toEqual(['loaded loaded-language "nothingburger" voice=narrator (loaded/user)']);
    expect(a.diagnostics.filter((d) => d.code === 'W_LEXICON_ENTRY')).toHaveLength(1);
  });

  // Loaded event nouns ("massacre") are left out for precision; a context rule could bring them back.
  it.fails('finds a loaded event noun used as a metaphor', () => {
    expect(render(run('The budget vote was a massacre for the party.'))).not.toEqual([]);
  });
});

describe('voice', () => {
  const q = (id: string, kind: Quote['kind'], start: number, end: number, parts: { start: number; end: number }[] = []): Quote => ({
    id, kind, start, end, parts, text: '', speaker: null, via: null, cue: null, section: 'body', rule: 'test',
  });
  const quotes = [q('q1', 'indirect', 10, 60), q('q2', 'partial', 30, 50, [{ start: 31, end: 49 }])];
  it.each([
    [{ start: 0, end: 5 }, 'narrator', null],
    [{ start: 12, end: 20 }, 'reported', 'q1'],
    [{ start: 32, end: 40 }, 'quoted', 'q2'],
    [{ start: 55, end: 58 }, 'reported', 'q1'],
  ] as const)('%o is %s', (span, voice, quote) => {
    expect(voiceOf(span, quotes, [])).toEqual({ voice, quote });
  });

  it.each([
    ['He was investigated by Congress for fraudulently promoting diet pills.', 'reported'],
    ['The minister was accused of brutal repression of protesters.', 'reported'],
    // must not: a charge verb whose preposition does not introduce the charge, or no charge verb at all
    ['The regime carried out brutal repression of protesters.', 'narrator'],
    ['She was fired for a shameful remark.', 'narrator'],
  ] as const)('the charge an accusation or legal action brings is reported, not the narrator\'s: %s', (text, voice) => {
    expect(run(text).loaded.map((l) => l.voice)).toEqual([voice]);
  });

  it('quotation marks make a span quoted when no quote covers it', () => {
    const text = 'He said “these thugs” again.';
    const marks = quotationMarks(text, [{ start: 0, end: text.length }]);
    expect(voiceOf({ start: 15, end: 20 }, [], marks)).toEqual({ voice: 'quoted', quote: null });
  });
});
