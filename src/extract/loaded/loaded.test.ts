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
  ['The so-called experts were wrong.', ['loaded name-calling "so-called experts" voice=narrator (loaded/so-called)']],
  ['The region faces an axis of tyranny.', ['loaded name-calling "axis of tyranny" voice=narrator (loaded/axis-of)']],
  // only word-list labels take modifiers; "axis of" keeps its own span
  ['They warned of a growing axis of tyranny.', ['loaded name-calling "axis of tyranny" voice=reported (loaded/axis-of)']],
  ['The council shamefully ignored the report.', ['loaded loaded-language "shamefully ignored" voice=narrator (loaded/emotive-adverb)']],
  ['There is NO evidence for the claim.', ['loaded loaded-language "NO" voice=narrator (loaded/shouting)']],
  ['The excuse was so ridiculous that nobody laughed.', ['loaded loaded-language "so ridiculous" voice=narrator (loaded/amplified)']],
  ['The senator condemned the decision.', ['loaded loaded-language "condemned" voice=narrator (loaded/emotive-verb)']],
  ['The minister harshly denounced the plan.', ['loaded loaded-language "harshly denounced" voice=narrator (loaded/emotive-verb)']],
  ['Critics called the rollout a disaster.', ['loaded loaded-language "disaster" voice=reported (loaded/catastrophe)']],
  ['The rollout was a disaster.', ['loaded loaded-language "disaster" voice=narrator (loaded/catastrophe)']],
  ['The radicals stormed the hall.', ['loaded name-calling "radicals" voice=narrator (loaded/label)']],
  ['The plan was a hopeless mess.', ['loaded loaded-language "hopeless mess" voice=narrator (loaded/catastrophe)']],
  ['The claim is ridiculous and illogical.', ['loaded loaded-language "ridiculous and illogical" voice=narrator (loaded/emotive)']],
  ['Aid reached the hurricane-ravaged island.', ['loaded loaded-language "hurricane-ravaged" voice=narrator (loaded/emotive)']],
  ['It was a historic victory for the party.', ['loaded exaggeration "historic victory" voice=narrator (loaded/magnitude)']],
  ['The corrupt officials fled the country.', ['loaded loaded-language "corrupt officials" voice=narrator (loaded/judgement)']],
  ['What the hell is going on?', ['loaded loaded-language "hell" voice=narrator (loaded/profanity)']],
  // "radical" is kept as a judgement word: in political news its loaded sense dominates, so a
  // tech story's "radical new design" is flagged too (accepted trade-off)
  ['They unveiled a radical new design.', ['loaded loaded-language "radical" voice=narrator (loaded/judgement)']],
  ['The mayor said: “These thugs will pay.”', ['loaded name-calling "thugs" voice=quoted (loaded/label)']],
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

  it('quotation marks make a span quoted when no quote covers it', () => {
    const text = 'He said “these thugs” again.';
    const marks = quotationMarks(text, [{ start: 0, end: text.length }]);
    expect(voiceOf({ start: 15, end: 20 }, [], marks)).toEqual({ voice: 'quoted', quote: null });
  });
});
